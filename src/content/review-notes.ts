// Content stage: the `review` key — what still needs a person's eye in an
// article, as `npm run import` leaves it (a headline it derived, a caption it
// found cut short). Reads the notes; validate-article turns them into one
// warning per article, from `check` and `build` alike, until the key is gone.

import { controlCharacterMessage, findControlCharacter } from "../control-characters";
import { describeValue } from "./describe-value";

export type ReviewResult =
  | { readonly ok: true; readonly notes: readonly string[] }
  | { readonly ok: false; readonly messages: readonly string[] };

const EXPECTED = "expected a list of notes (e.g. `review: [headline derived from the lead]`) or one note as text";

/** A list of notes or one note; empty notes are dropped, so `review: []` means nothing is left to check. */
export function readReviewNotes(value: unknown): ReviewResult {
  if (typeof value !== "string" && !Array.isArray(value)) return { ok: false, messages: [`${EXPECTED}, got ${describeValue(value)}`] };
  const items: readonly unknown[] = typeof value === "string" ? [value] : value;
  const notes: string[] = [];
  const messages: string[] = [];
  items.forEach((item: unknown, index) => {
    const problem = (message: string) => messages.push(typeof value === "string" ? message : `item ${index + 1}: ${message}`);
    if (typeof item !== "string") return problem(`expected a note as text, got ${describeValue(item)}`);
    const note = item.replace(/\s+/g, " ").trim();
    const found = findControlCharacter(note, false);
    if (found !== undefined) problem(controlCharacterMessage("a note", found));
    else if (note !== "") notes.push(note);
  });
  return messages.length > 0 ? { ok: false, messages } : { ok: true, notes };
}

/** The warning for an article that still has notes: each of them, and how to clear it. */
export function reviewWarning(notes: readonly string[]): string {
  const count = notes.length === 1 ? "1 point" : `${notes.length} points`;
  return `review: needs a person's eye (${count}): ${notes.join("; ")} (check each, then delete the \`review\` key)`;
}
