// Model stage: turns titles, topic and source names into URL path segments.
// Path safety: a slug holds only letters, combining marks, digits and "-", so it can
// never contain "/", "\", ".." or consist of dots; it is always safe as one path segment.

const MAX_SLUG_LENGTH = 80;
/** A word boundary this far in is still worth keeping; nearer the start a hard cut loses less. */
const MIN_WORD_CUT = MAX_SLUG_LENGTH / 2;

const MARKS_ON_LATIN = /(\p{Script=Latin})\p{M}+/gu;
/** Marks not attached to a letter (after a digit, a space, a keycap base…) carry no meaning in a URL. */
const STRAY_MARKS = /(^|[^\p{L}\p{M}])\p{M}+/gu;
/** Dotted abbreviations ("U.S.", "e.g.") read as one word, so they become "us", not "u-s". */
const ABBREVIATION = /(?<![\p{L}\p{M}\p{N}])(?:\p{L}\p{M}*\.){2,}/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;
const MARK = /^\p{M}$/u;

/**
 * URL segment for `text`: lowercase, diacritics dropped from Latin letters only (other
 * scripts keep their marks), dotted abbreviations joined, every other run of
 * non-alphanumerics turned into one "-".
 * Returns "" when nothing usable is left, so callers must supply a fallback.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize("NFC")
    .toLowerCase()
    .normalize("NFD")
    .replace(MARKS_ON_LATIN, "$1")
    .normalize("NFC")
    .replace(STRAY_MARKS, "$1")
    .replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll(".", ""));
  const slug = folded.replace(SEPARATORS, "-").replace(EDGE_HYPHENS, "");
  return capLength(slug, MAX_SLUG_LENGTH);
}

/** Cuts a slug to `max` code points, at a hyphen when one is reasonably far in, never between a letter and its marks. */
export function capLength(slug: string, max: number): string {
  const chars = Array.from(slug);
  if (chars.length <= max) return slug;
  const wordCut = chars.lastIndexOf("-", max);
  let cut = wordCut >= Math.min(MIN_WORD_CUT, max / 2) ? wordCut : max;
  if (cut === max) {
    while (cut > 0 && MARK.test(chars[cut] ?? "")) cut--;
    if (cut === 0) cut = max;
  }
  return chars.slice(0, cut).join("").replace(EDGE_HYPHENS, "");
}
