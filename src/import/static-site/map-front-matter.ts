// Import stage, Jekyll and Hugo: maps another generator's front matter onto
// this project's keys — categories and tags merged into `tags`, `permalink`,
// `url`, `aliases` and `redirect_from` kept as old addresses, `published:
// false` and `draft: true` as drafts — and names every key it leaves out.

import { describeValue } from "../../content/describe-value";
import { mergeKey } from "../../model/terms";
import type { SourceField } from "../types";

export interface MappedFrontMatter {
  readonly title?: string;
  /** As written; the importer checks it. */
  readonly date?: string;
  readonly updated?: string;
  readonly tags: readonly string[];
  /** The categories alone, for a permalink's `:categories`. */
  readonly categories: readonly string[];
  readonly summary?: string;
  readonly author?: string;
  readonly slug?: string;
  readonly source?: SourceField;
  /** Old addresses of the post, as written (site-relative paths or URLs). */
  readonly oldAddresses: readonly string[];
  readonly draft: boolean;
  /** What could not be used, in words. */
  readonly problems: readonly string[];
  /** Keys that mean nothing here (`layout`, `weight` …), for one note. */
  readonly leftOut: readonly string[];
}

const TITLE = ["title"];
const DATE = ["date", "publishDate", "pubDate", "published_at"];
const UPDATED = ["lastmod", "last_modified_at", "updated", "modified"];
const TAGS = ["categories", "category", "tags", "tag"];
const SUMMARY = ["summary", "description", "excerpt"];
const AUTHOR = ["author", "authors"];
const ADDRESSES = ["permalink", "url", "aliases", "redirect_from"];
const USED = new Set([...TITLE, ...DATE, ...UPDATED, ...TAGS, ...SUMMARY, ...AUTHOR, ...ADDRESSES, "slug", "source", "draft", "published"]);

/** `wordLists`: Jekyll reads `tags: one two` as two tags; Hugo reads it as one. */
export function mapFrontMatter(data: Readonly<Record<string, unknown>>, wordLists: boolean): MappedFrontMatter {
  const problems: string[] = [];
  const first = (keys: readonly string[]) => keys.find((key) => Object.hasOwn(data, key) && data[key] !== null && data[key] !== "");
  const text = (keys: readonly string[]): string | undefined => {
    const key = first(keys);
    if (key === undefined) return undefined;
    const value = data[key];
    if (typeof value === "string" || typeof value === "number") return String(value).trim() || undefined;
    problems.push(`${key}: expected text, got ${describeValue(value)}`);
    return undefined;
  };

  const tags: string[] = [];
  for (const key of TAGS.filter((name) => Object.hasOwn(data, name))) {
    for (const name of listOf(data[key], wordLists)) if (!tags.some((tag) => mergeKey(tag) === mergeKey(name))) tags.push(name);
  }
  const categories = ["categories", "category"].flatMap((key) => (Object.hasOwn(data, key) ? listOf(data[key], wordLists) : []));
  const authorKey = first(AUTHOR);
  const authors = authorKey === undefined ? [] : listOf(data[authorKey], false, "name");
  const oldAddresses = ADDRESSES.flatMap((key) => (Object.hasOwn(data, key) ? listOf(data[key], false) : []));
  const source = data.source;
  const sourceField: SourceField | undefined =
    typeof source === "string" && source.trim() !== ""
      ? source.trim()
      : isSource(source)
        ? { name: source.name.trim(), url: source.url.trim() }
        : undefined;
  if (source !== undefined && sourceField === undefined) problems.push(`source: expected the outlet's name, got ${describeValue(source)}`);
  const title = text(TITLE);
  const date = text(DATE);
  const updated = text(UPDATED);
  const summary = text(SUMMARY);
  const slug = text(["slug"]);
  return {
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
    ...(updated === undefined ? {} : { updated }),
    tags,
    categories,
    ...(summary === undefined ? {} : { summary }),
    ...(authors.length === 0 ? {} : { author: authors.join(", ") }),
    ...(slug === undefined ? {} : { slug }),
    ...(sourceField === undefined ? {} : { source: sourceField }),
    oldAddresses,
    draft: data.draft === true || data.published === false,
    problems,
    leftOut: Object.keys(data).filter((key) => !USED.has(key)),
  };
}

/** A list, one text (split into words for Jekyll's lists), or a mapping's `field` in each item. */
function listOf(value: unknown, words: boolean, field?: string): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .flatMap((item): string[] => {
      if (typeof item === "string") return words && !Array.isArray(value) ? item.split(/\s+/) : [item];
      if (typeof item === "number") return [String(item)];
      if (field !== undefined && item !== null && typeof item === "object" && typeof (item as Record<string, unknown>)[field] === "string") {
        return [(item as Record<string, string>)[field]!];
      }
      return [];
    })
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function isSource(value: unknown): value is { name: string; url: string } {
  return value !== null && typeof value === "object" && typeof (value as Record<string, unknown>).name === "string" && typeof (value as Record<string, unknown>).url === "string";
}
