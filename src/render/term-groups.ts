// Render stage: groups the A–Z topic and source directories the way each
// script is indexed. Alphabets go by first letter (Latin letters lose their
// accents, É under E; Arabic alifs with hamza go under ا), Korean by initial
// consonant (북한 under ㅂ), Japanese kana by row (さくら under さ), Chinese
// characters together under the script's name, and digits or symbols share
// the "#" group. The terms arrive sorted by the language's collation.

import type { Term } from "../model/types";

export const OTHER_INITIAL = "#";

export interface TermGroup {
  /** The heading: "A", "ㅂ", "さ", "Han", or "#". */
  readonly initial: string;
  /** A fragment id safe in any URL, e.g. "letter-a", "letter-u3142", "script-hani", "letter-other". */
  readonly id: string;
  readonly terms: readonly Term[];
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

const HANGUL_SYLLABLES = { first: 0xac00, last: 0xd7a3, perInitial: 21 * 28 } as const;
/** The nineteen initial consonants in syllable order, each doubled one filed with its single (ㄲ under ㄱ). */
const HANGUL_INITIALS = "ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ";
/** Compatibility jamo written alone (ㄲ, ㅆ) go where their syllables go. */
const DOUBLED_JAMO: Readonly<Record<string, string>> = { ㄲ: "ㄱ", ㄸ: "ㄷ", ㅃ: "ㅂ", ㅆ: "ㅅ", ㅉ: "ㅈ" };

/** The first code point of each kana row (hiragana), with the row's heading. */
const KANA_ROWS: readonly (readonly [number, string])[] = [
  [0x3041, "あ"],
  [0x304b, "か"],
  [0x3055, "さ"],
  [0x305f, "た"],
  [0x306a, "な"],
  [0x306f, "は"],
  [0x307e, "ま"],
  [0x3083, "や"],
  [0x3089, "ら"],
  [0x308e, "わ"],
];
const HIRAGANA = { first: 0x3041, last: 0x3096 } as const;
const KATAKANA = { first: 0x30a1, last: 0x30fa, toHiragana: 0x60 } as const;
/** ゔ (vu) reads under う; the small ゕ ゖ under か; ヷ–ヺ (va, vi, ve, vo) under わ. */
const KANA_EXCEPTIONS: Readonly<Record<number, string>> = { 0x3094: "あ", 0x3095: "か", 0x3096: "か" };

/** Alif with hamza or madda is filed under the bare alif, as Arabic collation orders them together. */
const ARABIC_ALIFS: Readonly<Record<string, string>> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا" };

const scriptNames = new Map<string, string>();

/** "Han" in English, "한자" in Korean: the heading of a script filed as one group. */
function scriptName(script: string, language: string): string {
  const key = `${script}\u0000${language}`;
  let name = scriptNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(language, { type: "script" }).of(script) ?? script;
    } catch {
      name = new Intl.DisplayNames("en", { type: "script" }).of(script) ?? script;
    }
    scriptNames.set(key, name);
  }
  return name;
}

export interface Filing {
  readonly initial: string;
  readonly id: string;
}

/** The group a name is filed under, with its fragment id. */
export function filingOf(name: string, language: string): Filing {
  const first = [...name.trim()][0];
  if (first === undefined || !LETTER.test(first)) return { initial: OTHER_INITIAL, id: groupId(OTHER_INITIAL) };
  if (HAN.test(first)) return { initial: scriptName("Hani", language), id: "script-hani" };
  const initial = letterInitial(first, language);
  return { initial, id: groupId(initial) };
}

/** The heading a name is filed under. */
export function initialOf(name: string, language: string): string {
  return filingOf(name, language).initial;
}

function letterInitial(first: string, language: string): string {
  const code = first.codePointAt(0)!;
  if (code >= HANGUL_SYLLABLES.first && code <= HANGUL_SYLLABLES.last) {
    return HANGUL_INITIALS[Math.floor((code - HANGUL_SYLLABLES.first) / HANGUL_SYLLABLES.perInitial)]!;
  }
  const kana = kanaRow(code);
  if (kana !== undefined) return kana;
  const single = DOUBLED_JAMO[first] ?? ARABIC_ALIFS[first];
  if (single !== undefined) return single;
  const upper = first.toLocaleUpperCase(language);
  if (!LATIN.test(first)) return upper;
  // Upper-casing can yield two letters (ß → SS); the group is the first.
  return [...upper.normalize("NFD").replace(/\p{M}+/gu, "")][0] ?? upper;
}

function kanaRow(code: number): string | undefined {
  const hiragana = code >= KATAKANA.first && code <= KATAKANA.last ? code - KATAKANA.toHiragana : code;
  if (code >= 0x30f7 && code <= 0x30fa) return "わ";
  if (hiragana < HIRAGANA.first || hiragana > HIRAGANA.last) return undefined;
  const exception = KANA_EXCEPTIONS[hiragana];
  if (exception !== undefined) return exception;
  let row = KANA_ROWS[0]![1];
  for (const [start, heading] of KANA_ROWS) if (hiragana >= start) row = heading;
  return row;
}

export function groupId(initial: string): string {
  if (initial === OTHER_INITIAL) return "letter-other";
  if (/^[A-Z]$/.test(initial)) return `letter-${initial.toLowerCase()}`;
  return `letter-u${[...initial].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}

/**
 * Terms grouped by initial, groups in order of first appearance, which for a list sorted by the
 * language's collation is the language's own order. Terms keep their order within a group.
 */
export function groupTermsByInitial(terms: readonly Term[], language: string): readonly TermGroup[] {
  const groups = new Map<string, { readonly filing: Filing; readonly terms: Term[] }>();
  for (const term of terms) {
    const filing = filingOf(term.name, language);
    const group = groups.get(filing.id);
    if (group) group.terms.push(term);
    else groups.set(filing.id, { filing, terms: [term] });
  }
  return [...groups.values()].map(({ filing, terms: members }) => ({ initial: filing.initial, id: filing.id, terms: members }));
}
