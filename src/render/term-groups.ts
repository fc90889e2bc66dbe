// Render stage: groups the A–Z topic and source directories under initial
// letters. Latin letters lose their accents (É goes under E), other scripts
// keep their own initial, and digits or symbols share the "#" group.

import type { Term } from "../model/types";

export const OTHER_INITIAL = "#";

export interface TermGroup {
  /** The heading: "A", "북", or "#". */
  readonly initial: string;
  /** A fragment id safe in any URL, e.g. "letter-a", "letter-ubd81", "letter-other". */
  readonly id: string;
  readonly terms: readonly Term[];
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** The group a name is filed under. */
export function initialOf(name: string, language: string): string {
  const first = [...name.trim()][0];
  if (first === undefined || !LETTER.test(first)) return OTHER_INITIAL;
  const upper = first.toLocaleUpperCase(language);
  if (!LATIN.test(first)) return upper;
  // Upper-casing can yield two letters (ß → SS); the group is the first.
  return [...upper.normalize("NFD").replace(/\p{M}+/gu, "")][0] ?? upper;
}

export function groupId(initial: string): string {
  if (initial === OTHER_INITIAL) return "letter-other";
  if (/^[A-Z]$/.test(initial)) return `letter-${initial.toLowerCase()}`;
  return `letter-u${[...initial].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}

/**
 * Terms grouped by initial, groups in order of first appearance, which for an
 * A–Z list is alphabetical. Terms keep their order within a group.
 */
export function groupTermsByInitial(terms: readonly Term[], language: string): readonly TermGroup[] {
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const initial = initialOf(term.name, language);
    const members = groups.get(initial);
    if (members) members.push(term);
    else groups.set(initial, [term]);
  }
  return [...groups].map(([initial, members]) => ({ initial, id: groupId(initial), terms: members }));
}
