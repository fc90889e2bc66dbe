// Content stage: the front-matter keys an article may use, and the "did you
// mean …?" hint for any other key (typos by edit distance, plus aliases other
// site generators use, which are still reported rather than silently accepted).

export const KNOWN_KEYS = [
  "title",
  "date",
  "source",
  "tags",
  "summary",
  "author",
  "slug",
  "updated",
  "original_url",
  "draft",
  "aliases",
  "redirect_from",
  "review",
] as const;

export type KnownKey = (typeof KNOWN_KEYS)[number];

const ALIASES: Readonly<Record<string, KnownKey>> = {
  topics: "tags",
  categories: "tags",
  keywords: "tags",
  url: "original_url",
  link: "original_url",
  source_url: "original_url",
  description: "summary",
  excerpt: "summary",
  abstract: "summary",
  published: "date",
  pubdate: "date",
  modified: "updated",
  lastmod: "updated",
  publisher: "source",
  outlet: "source",
  byline: "author",
  alias: "aliases",
  redirects: "aliases",
};

export function isKnownKey(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

/** The known key the author most likely meant, or undefined when nothing is close. */
export function suggestKey(key: string): KnownKey | undefined {
  const normalized = normalizeKey(key);
  if (isKnownKey(normalized)) return normalized;
  if (Object.hasOwn(ALIASES, normalized)) return ALIASES[normalized];

  // A longer key tolerates more typos; two edits is the most that still reads as a typo.
  const allowed = Math.min(2, Math.max(1, Math.floor(normalized.length / 3)));
  let best: { key: KnownKey; distance: number } | undefined;
  const candidates: [string, KnownKey][] = [...KNOWN_KEYS.map((k): [string, KnownKey] => [k, k]), ...Object.entries(ALIASES)];
  for (const [candidate, target] of candidates) {
    const distance = editDistance(normalized, candidate);
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { key: target, distance };
  }
  return best?.key;
}

/** `originalURL`, `Original-Url` and `original url` all become `original_url`. */
function normalizeKey(key: string): string {
  return key
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[-\s]+/g, "_");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps each cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
