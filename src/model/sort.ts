// Model stage: the one article order the whole site uses (newest first) and the
// locale-free string order that makes every tie-break deterministic.

import type { DateTime } from "luxon";

/** Orders strings by Unicode code point, unlike `<` which compares UTF-16 code units. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

interface Dated {
  readonly date: DateTime;
  readonly relativePath: string;
}

/** Newest first; articles published at the same instant fall back to file path order. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return b.date.toMillis() - a.date.toMillis() || compareCodePoints(a.relativePath, b.relativePath);
}

/** A sorted copy; the input is left untouched. */
export function sortNewestFirst<T extends Dated>(articles: readonly T[]): T[] {
  return [...articles].sort(compareNewestFirst);
}
