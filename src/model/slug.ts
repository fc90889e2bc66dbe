// Model stage: turns titles, topic and source names into URL path segments.
// Path safety: a slug holds only letters, combining marks, digits and "-", so it can
// never contain "/", "\", ".." or consist of dots; it is always safe as one path segment.
// Length: a slug is cut to fit a file name on every common file system, so a page
// that `check` accepts can always be written.

/** The most a path segment may hold on ext4, XFS, Btrfs and APFS (NTFS counts UTF-16 units, never more). */
export const MAX_SEGMENT_BYTES = 255;
/**
 * Room kept for a collision suffix ("-2", "-3", …: up to 14 digits). What is left, 240 bytes,
 * is 80 characters of a three-byte script (Korean, Chinese, Hindi…): only a slug holding
 * four-byte letters (U+10000 and up) can be cut shorter than the character limit alone would.
 */
const SUFFIX_ROOM = 15;
export const MAX_SLUG_BYTES = MAX_SEGMENT_BYTES - SUFFIX_ROOM;
/** Most characters (code points) in a slug: long enough for a headline's gist. */
const MAX_SLUG_CHARACTERS = 80;
const LIMITS: SlugLimits = { characters: MAX_SLUG_CHARACTERS, bytes: MAX_SLUG_BYTES };
/** A word boundary this far in is still worth keeping; nearer the start a hard cut loses less. */
const MIN_WORD_CUT = MAX_SLUG_CHARACTERS / 2;

const MARKS_ON_LATIN = /(\p{Script=Latin})\p{M}+/gu;
/** Marks not attached to a letter (after a digit, a space, a keycap base…) carry no meaning in a URL. */
const STRAY_MARKS = /(^|[^\p{L}\p{M}])\p{M}+/gu;
/** Dotted abbreviations ("U.S.", "e.g.") read as one word, so they become "us", not "u-s". */
const ABBREVIATION = /(?<![\p{L}\p{M}\p{N}])(?:\p{L}\p{M}*\.){2,}/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

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
  return capLength(slug, LIMITS);
}

export interface SlugLimits {
  /** Most code points. */
  readonly characters: number;
  /** Most bytes in UTF-8. */
  readonly bytes: number;
}

/**
 * Cuts a slug to the limits: at a hyphen when one is reasonably far in, else at the last
 * whole character (grapheme cluster) that fits, so a letter never loses its marks, unless a
 * single cluster is longer than the limits.
 */
export function capLength(slug: string, limits: SlugLimits): string {
  const chars = Array.from(slug);
  const max = fittingPrefix(chars, limits);
  if (max === chars.length) return slug;
  const wordCut = chars.lastIndexOf("-", max);
  let cut = wordCut >= Math.min(MIN_WORD_CUT, max / 2) ? wordCut : max;
  if (cut === max) cut = lastGraphemeStart(chars, max) || max;
  return chars.slice(0, cut).join("").replace(EDGE_HYPHENS, "");
}

/** How many of `chars` fit in the limits. */
function fittingPrefix(chars: readonly string[], limits: SlugLimits): number {
  let bytes = 0;
  const most = Math.min(chars.length, limits.characters);
  for (let i = 0; i < most; i++) {
    bytes += Buffer.byteLength(chars[i]!, "utf8");
    if (bytes > limits.bytes) return i;
  }
  return most;
}

/** Where the grapheme cluster holding code point `index` starts (`index` itself at a boundary). */
function lastGraphemeStart(chars: readonly string[], index: number): number {
  let start = 0;
  let at = 0;
  // A boundary depends only on the characters around it, so the prefix up to `index` suffices.
  for (const { segment } of GRAPHEMES.segment(chars.slice(0, index + 1).join(""))) {
    start = at;
    at += Array.from(segment).length;
  }
  return start;
}
