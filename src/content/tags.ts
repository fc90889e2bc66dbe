// Content stage: reads the `tags` front-matter value (a list, or one
// comma-separated text) into clean topic names, in the order written.

import { controlCharacterMessage, findControlCharacter } from "../control-characters";
import { describeValue } from "./describe-value";

export type TagsResult =
  | { readonly ok: true; readonly tags: readonly string[] }
  | { readonly ok: false; readonly messages: readonly string[] };

const EXPECTED = "expected a list of topics (e.g. `tags: [Economy, Trade]`) or one comma-separated text";

/**
 * Trims each name and collapses inner whitespace, drops empty names and drops later
 * duplicates compared case-insensitively (the first spelling wins). A name holding any other
 * control character is an error, as in every front-matter text.
 */
export function normalizeTags(value: unknown): TagsResult {
  if (typeof value !== "string" && !Array.isArray(value)) return { ok: false, messages: [`${EXPECTED}, got ${describeValue(value)}`] };
  const items: readonly unknown[] = typeof value === "string" ? value.split(",") : value;

  const names: string[] = [];
  const messages: string[] = [];
  items.forEach((item: unknown, index) => {
    const problem = (message: string) => messages.push(`item ${index + 1}: ${message}`);
    if (typeof item === "string") {
      // Tabs and line breaks are whitespace here, collapsed like any other run of spaces.
      const found = findControlCharacter(item.trim(), true);
      if (found === undefined) names.push(item);
      else problem(controlCharacterMessage("a topic name", found));
    }
    // `- 2024` is a number to YAML but plainly meant as a topic name.
    else if (typeof item === "number" && Number.isFinite(item)) names.push(String(item));
    else problem(`expected a topic name, got ${describeValue(item)}`);
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
