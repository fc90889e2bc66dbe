// Content stage: reads the `tags` front-matter value (a list, or one
// comma-separated text) into clean topic names, in the order written.

import { describeValue } from "./describe-value";

export type TagsResult =
  | { readonly ok: true; readonly tags: readonly string[] }
  | { readonly ok: false; readonly messages: readonly string[] };

const EXPECTED = "expected a list of topics (e.g. `tags: [Economy, Trade]`) or one comma-separated text";

/**
 * Trims each name and collapses inner whitespace, drops empty names and drops later
 * duplicates compared case-insensitively (the first spelling wins).
 */
export function normalizeTags(value: unknown): TagsResult {
  if (typeof value === "string") return { ok: true, tags: cleanTags(value.split(",")) };
  if (!Array.isArray(value)) return { ok: false, messages: [`${EXPECTED}, got ${describeValue(value)}`] };

  const names: string[] = [];
  const messages: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === "string") names.push(item);
    // `- 2024` is a number to YAML but plainly meant as a topic name.
    else if (typeof item === "number" && Number.isFinite(item)) names.push(String(item));
    else messages.push(`item ${index + 1}: expected a topic name, got ${describeValue(item)}`);
  });
  return messages.length > 0 ? { ok: false, messages } : { ok: true, tags: cleanTags(names) };
}

function cleanTags(names: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const name of names) {
    const clean = name.replace(/\s+/g, " ").trim();
    const key = clean.normalize("NFC").toLowerCase();
    if (clean === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(clean);
  }
  return Object.freeze(tags);
}
