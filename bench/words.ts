// Benchmark, synthetic archive: invented words built from syllables, and the
// topic, source and byline names made of them. Only letters and spaces, so
// every name is safe unquoted in YAML and gives a distinct slug.

import type { Random } from "./prng";

const ONSETS = ["b", "br", "d", "dr", "f", "g", "gl", "k", "kr", "l", "m", "n", "p", "pl", "r", "s", "st", "t", "tr", "v", "z", "sh", "ch", "h"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"];
const CODAS = ["", "", "", "n", "r", "l", "s", "t", "nd", "rk", "m", "sk"];

/** Short real connecting words, so generated prose has a familiar rhythm. */
export const GLUE_WORDS = [
  "the", "a", "of", "and", "to", "in", "on", "for", "with", "by", "at", "from", "after", "over",
  "under", "new", "said", "will", "has", "was", "is", "its", "their", "more", "than", "two", "three",
  "officials", "city", "week", "year", "report", "plan", "talks", "council", "minister", "people",
] as const;

const OUTLET_KINDS = ["Courier", "Ledger", "Herald", "Wire", "Gazette", "Dispatch", "Tribune", "Observer", "Chronicle", "Post"];

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One invented word of one to three syllables, e.g. "brounesk". */
export function inventWord(random: Random): string {
  let word = "";
  const syllables = random.int(1, 3);
  for (let i = 0; i < syllables; i++) {
    word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : "");
  }
  return word;
}

/** `count` distinct invented words; each new one is retried until it differs from every earlier one. */
export function inventVocabulary(random: Random, count: number, minLength = 3): readonly string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const word = inventWord(random);
    if (word.length >= minLength) words.add(word);
  }
  return Object.freeze([...words]);
}

/**
 * `count` distinct topic names of one or two capitalised words ("Dravik", "Lousta Trade").
 * Names differ case-insensitively, so the build never merges two of them or reports a slug collision.
 */
export function inventTopics(random: Random, count: number): readonly string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  while (topics.length < count) {
    const first = capitalize(inventWord(random));
    const name = random.chance(0.4) ? `${first} ${capitalize(inventWord(random))}` : first;
    const key = name.toLowerCase();
    if (name.length < 4 || seen.has(key)) continue;
    seen.add(key);
    topics.push(name);
  }
  return Object.freeze(topics);
}

export interface InventedSource {
  readonly name: string;
  /** Homepage, for the outlets written as `source: {name, url}`. */
  readonly url?: string;
}

/** `count` distinct outlets ("The Glaiven Herald"); every third has a homepage. */
export function inventSources(random: Random, count: number): readonly InventedSource[] {
  const seen = new Set<string>();
  const sources: InventedSource[] = [];
  while (sources.length < count) {
    const word = inventWord(random);
    const name = `The ${capitalize(word)} ${random.pick(OUTLET_KINDS)}`;
    if (word.length < 4 || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const withUrl = sources.length % 3 === 0;
    sources.push(Object.freeze(withUrl ? { name, url: `https://www.${word}.example` } : { name }));
  }
  return Object.freeze(sources);
}

/** A byline: an invented first and last name, or a desk ("Harbour desk"). */
export function inventAuthor(random: Random): string {
  if (random.chance(0.25)) return `${capitalize(inventWord(random))} desk`;
  return `${capitalize(inventWord(random))} ${capitalize(inventWord(random))}`;
}
