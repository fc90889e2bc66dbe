// Model stage: merges the topic and source names articles give into Terms, each
// with a display name, a unique slug and a page path, and reports slug collisions
// and a source given different URLs by different articles.

import { createHash } from "node:crypto";
import type { Diagnostic } from "../diagnostics";
import type { LoadedArticle } from "../content/types";
import type { Source, Term, Topic } from "./types";
import { slugify } from "./slug";
import { compareCodePoints } from "./sort";

export type TermKind = "topic" | "source";

const BASE_PATH: Record<TermKind, string> = { topic: "/topics/", source: "/sources/" };

/** Case, width and spacing variants of one name share this key ("North  Korea" ≡ "north korea"). */
export function mergeKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** Readable and stable for names with nothing sluggable in them ("!!!", "…"). */
export function fallbackSlug(kind: TermKind, key: string): string {
  return `${kind}-${createHash("sha1").update(key).digest("hex").slice(0, 8)}`;
}

export interface SlugCollision {
  /** The term that had to take a suffixed slug. */
  readonly key: string;
  /** The term that kept the plain slug. */
  readonly ownerKey: string;
  readonly baseSlug: string;
  readonly slug: string;
}

/**
 * Makes slugs unique. Among terms wanting the same slug, the first by merge key (code
 * point order) keeps it and the others get "-2", "-3"…, skipping any slug already taken.
 */
export function assignUniqueSlugs(baseSlugs: ReadonlyMap<string, string>): {
  slugs: Map<string, string>;
  collisions: SlugCollision[];
} {
  const keys = [...baseSlugs.keys()].sort(compareCodePoints);
  const owners = new Map<string, string>();
  for (const key of keys) {
    const base = baseSlugs.get(key)!;
    if (!owners.has(base)) owners.set(base, key);
  }
  const taken = new Set(owners.keys());
  const slugs = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  for (const key of keys) {
    const base = baseSlugs.get(key)!;
    const ownerKey = owners.get(base)!;
    if (ownerKey === key) {
      slugs.set(key, base);
      continue;
    }
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    const slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(key, slug);
    collisions.push({ key, ownerKey, baseSlug: base, slug });
  }
  return { slugs, collisions };
}

/** One article's mentions of terms of one kind, in front-matter order. */
export interface TermUses {
  readonly displayPath: string;
  /** Where the file names these terms (its `tags` or `source` key). */
  readonly line?: number;
  readonly uses: readonly { readonly name: string; readonly url?: string }[];
}

export interface MergedTerms {
  /** In merge-key order; callers sort for display. */
  readonly terms: readonly Source[];
  /** Aligned with the input: each article's terms, merged, without duplicates, in its own order. */
  readonly perArticle: readonly (readonly Source[])[];
  readonly diagnostics: readonly Diagnostic[];
}

interface Tally {
  readonly spellings: Map<string, number>;
  count: number;
  readonly firstFile: string;
  readonly firstLine?: number;
  /** The URL the term's page links to, and the file it was taken from. */
  url?: { readonly url: string; readonly file: string };
  /** Each other URL given for the term (by its normalized form), with the first place that gives it. */
  readonly otherUrls: Map<string, { readonly url: string; readonly file: string; readonly line?: number }>;
}

/**
 * Merges the names used by `articles` (given newest first, which decides ties between
 * equally common spellings and which source URL wins). Topics come out without `url`.
 */
export function mergeTermUses(kind: TermKind, articles: readonly TermUses[]): MergedTerms {
  const tallies = new Map<string, Tally>();
  const keysPerArticle = articles.map((article) => {
    const keys = new Set<string>();
    for (const { name, url } of article.uses) {
      const key = mergeKey(name);
      let tally = tallies.get(key);
      if (tally === undefined) {
        tally = { spellings: new Map(), count: 0, firstFile: article.displayPath, firstLine: article.line, otherUrls: new Map() };
        tallies.set(key, tally);
      }
      tally.spellings.set(name, (tally.spellings.get(name) ?? 0) + 1);
      if (!keys.has(key)) tally.count++;
      if (url !== undefined && url.trim() !== "") noteUrl(tally, url, article);
      keys.add(key);
    }
    return [...keys];
  });

  const names = new Map<string, string>();
  const baseSlugs = new Map<string, string>();
  for (const [key, tally] of tallies) {
    const name = mostUsedSpelling(tally.spellings);
    names.set(key, name);
    baseSlugs.set(key, slugify(name) || fallbackSlug(kind, key));
  }
  const { slugs, collisions } = assignUniqueSlugs(baseSlugs);

  const byKey = new Map<string, Source>();
  for (const key of [...tallies.keys()].sort(compareCodePoints)) {
    const tally = tallies.get(key)!;
    const slug = slugs.get(key)!;
    const term: Term = { name: names.get(key)!, slug, path: `${BASE_PATH[kind]}${slug}/`, count: tally.count };
    byKey.set(key, Object.freeze(tally.url === undefined ? term : { ...term, url: tally.url.url }));
  }

  const diagnostics = collisions.map((collision): Diagnostic => {
    const term = byKey.get(collision.key)!;
    const owner = byKey.get(collision.ownerKey)!;
    const { firstFile, firstLine } = tallies.get(collision.key)!;
    return {
      severity: "warning",
      file: firstFile,
      ...(firstLine === undefined ? {} : { line: firstLine, column: 1 }),
      message:
        `${kind} "${term.name}" and ${kind} "${owner.name}" both make the URL slug "${collision.baseSlug}": ` +
        `"${owner.name}" keeps ${owner.path} and "${term.name}" is published at ${term.path} ` +
        "(if they mean the same thing, spell them the same way; otherwise rename one)",
    };
  });

  for (const [key, tally] of tallies) {
    const used = tally.url;
    if (used === undefined) continue;
    for (const other of tally.otherUrls.values()) {
      diagnostics.push({
        severity: "warning",
        file: other.file,
        ...(other.line === undefined ? {} : { line: other.line, column: 1 }),
        message:
          `${kind} "${byKey.get(key)!.name}": url ${other.url} differs from ${used.url} in ${used.file}; ` +
          `the ${kind} page links to ${used.url} (give every article the same url for this ${kind})`,
      });
    }
  }

  return Object.freeze({
    terms: Object.freeze([...byKey.values()]),
    perArticle: Object.freeze(keysPerArticle.map((keys) => Object.freeze(keys.map((key) => byKey.get(key)!)))),
    diagnostics: Object.freeze(diagnostics),
  });
}

/**
 * The first URL given for a term (newest article first) is the one its page links to; a later,
 * different one is kept for a warning. URLs that differ only in spelling (`HTTPS://Example.org`
 * and `https://example.org/`) are the same URL.
 */
function noteUrl(tally: Tally, url: string, article: TermUses): void {
  if (tally.url === undefined) {
    tally.url = { url, file: article.displayPath };
    return;
  }
  const other = sameUrlKey(url);
  if (other === sameUrlKey(tally.url.url) || tally.otherUrls.has(other)) return;
  tally.otherUrls.set(other, { url, file: article.displayPath, line: article.line });
}

function sameUrlKey(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The spelling used most often; `Map` iteration order makes the first-seen spelling win ties. */
function mostUsedSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

export interface ArticleTerms {
  /** In merge-key order. */
  readonly topics: readonly Topic[];
  readonly sources: readonly Source[];
  /** Aligned with the input articles. */
  readonly articleTopics: readonly (readonly Topic[])[];
  readonly articleSources: readonly Source[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Merges topics (from `tags`) and sources of `articles`, which must be given newest first. */
export function mergeArticleTerms(articles: readonly LoadedArticle[]): ArticleTerms {
  const topics = mergeTermUses(
    "topic",
    articles.map((a) => ({ displayPath: a.displayPath, line: a.keyLines?.tags, uses: a.tags.map((name) => ({ name })) })),
  );
  const sources = mergeTermUses(
    "source",
    articles.map((a) => ({ displayPath: a.displayPath, line: a.keyLines?.source, uses: [a.source] })),
  );
  return Object.freeze({
    topics: topics.terms,
    sources: sources.terms,
    articleTopics: topics.perArticle,
    articleSources: Object.freeze(sources.perArticle.map((terms) => terms[0]!)),
    diagnostics: Object.freeze([...topics.diagnostics, ...sources.diagnostics]),
  });
}

/** A–Z by display name in the site language; slugs (unique) settle names that compare equal. */
export function sortTermsByName<T extends Term>(terms: readonly T[], language: string): T[] {
  const collator = collatorFor(language);
  return [...terms].sort((a, b) => collator.compare(a.name, b.name) || compareCodePoints(a.slug, b.slug));
}

/** Most articles first; terms with as many articles stay A–Z. */
export function sortTermsByCount<T extends Term>(terms: readonly T[], language: string): T[] {
  const byName = sortTermsByName(terms, language);
  const position = new Map(byName.map((term, i) => [term, i]));
  return byName.sort((a, b) => b.count - a.count || position.get(a)! - position.get(b)!);
}

function collatorFor(language: string): Intl.Collator {
  try {
    return new Intl.Collator(language, { sensitivity: "base" });
  } catch {
    // The config only checks that `language` is a string; a malformed tag must not stop the build.
    return new Intl.Collator(undefined, { sensitivity: "base" });
  }
}
