// Write stage, page reuse: fingerprints of what each page's HTML is made of,
// its entry in the archive model and the render context, so a page whose
// fingerprint is unchanged since the last build need not be rendered again.
// The generator's own code is covered separately by codeFingerprint().

import { createHash, hash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { PROJECT_ROOT } from "../../eleventy/project";
import { outputPathFor } from "../../render/site-files";
import type { Article, ArchiveModel, Page, Term } from "../../model/types";
import { alternateFeedLinks } from "../../render/feeds/feed-links";
import { filesAt } from "../output/list-files";
import type { RenderContext } from "../../render/context";

const ROOT = PROJECT_ROOT;
/** Everything whose change can change a page: the code, the layouts, the pinned dependencies. */
const CODE_INPUTS = ["src", "layouts", ".eleventy.ts", "tsconfig.json", "package-lock.json", "package.json"];

/**
 * A digest of the generator itself: every file under src/ and layouts/, the Eleventy and
 * TypeScript settings, the locked dependency versions, and the Node, ICU and time-zone data
 * versions (dates are formatted with Intl); with `layouts`, every file of the site's layouts
 * folder (its overrides, label table and helpers). Any change re-renders every page once.
 */
export function codeFingerprint(root: string = ROOT, layouts?: string): string {
  const hash = createHash("sha256");
  const { node, icu, unicode, tz } = process.versions;
  hash.update(JSON.stringify({ node, icu, unicode, tz }));
  for (const input of CODE_INPUTS) {
    for (const file of filesAt(root, input)) hash.update(`\0${file}\0`).update(readFileSync(path.join(root, file)));
  }
  if (layouts !== undefined) {
    hash.update(`\0layouts\0${layouts}`);
    for (const file of filesAt(layouts, ".")) hash.update(`\0${file}\0`).update(readFileSync(path.join(layouts, file)));
  }
  return hash.digest("base64url");
}

/**
 * Fingerprint of every page and feed of `model`, by output path ("/2023/08/06/slug/index.html",
 * "/feed.xml"). Pages are rendered from themselves and `context`, feeds from themselves and the site.
 */
export function pageFingerprints(model: ArchiveModel, context: RenderContext): Map<string, string> {
  const hasher = new StructureHasher(articleView(model.articles));
  // Pages show feeds only as the `<link rel="alternate">` tags alternateFeedLinks chooses for them
  // (path, type, title): those count per page. The whole feed list, and which articles each feed
  // holds, do not; otherwise a new article would re-render every page, and a new topic's feed too.
  const { feeds = [], ...rest } = context;
  const contextToken = hasher.token(rest);
  const siteToken = hasher.token(model.site);
  const fingerprints = new Map<string, string>();
  for (const page of allPages(model)) {
    const feedLinks = JSON.stringify(alternateFeedLinks(page, page.path, feeds, context.site));
    fingerprints.set(outputPathFor(page.path), sha256(`page|${contextToken}|${feedLinks}|${hasher.token(page)}`));
  }
  for (const feed of model.feeds) fingerprints.set(outputPathFor(feed.path), sha256(`feed|${siteToken}|${hasher.token(feed)}`));
  for (const redirect of model.redirects) {
    if (redirect.outputPath !== undefined) fingerprints.set(redirect.outputPath, sha256(`redirect|${siteToken}|${hasher.token(redirect)}`));
  }
  return fingerprints;
}

/** Output path of every page, feed and redirect page of `model`, as pageFingerprints() keys them. */
export function outputPaths(model: ArchiveModel): string[] {
  const redirects = model.redirects.flatMap((redirect) => (redirect.outputPath === undefined ? [] : [redirect.outputPath]));
  return [...[...allPages(model), ...model.feeds].map((page) => outputPathFor(page.path)), ...redirects];
}

function allPages(model: ArchiveModel): readonly Page[] {
  const { articles, indexes, directories, notFound, search } = model.pages;
  return [...articles, ...indexes, ...directories, notFound, search];
}

/**
 * An article's topics and source are shown by name and link, never with their article counts, so
 * the counts are left out; otherwise a new article in a big topic would re-render every page that
 * shows any article of that topic. The counts still count where they are shown: directory pages
 * and listings hold their terms directly, not through an article.
 */
export function articleView(articles: readonly Article[]): (value: object) => object | undefined {
  const known = new WeakSet<object>(articles);
  const withoutCount = ({ count: _shown, ...term }: Term) => term;
  return (value) => {
    if (!known.has(value)) return undefined;
    const article = value as Article;
    return { ...article, topics: article.topics.map(withoutCount), source: withoutCount(article.source) };
  };
}

/** Encodings up to this long are inlined into their parent's instead of hashed on their own. */
const INLINE_LIMIT = 160;

/**
 * Digests of immutable model data. Each object is encoded once per build however many pages
 * share it (an article appears on its own page, in listings, as a neighbour and as related);
 * small objects are inlined into their parent's encoding, large ones stand in by their hash.
 */
export class StructureHasher {
  private readonly tokens = new WeakMap<object, string>();

  /** `view` may replace an object by what of it should count (see articleView). */
  constructor(private readonly view: (value: object) => object | undefined = () => undefined) {}

  /**
   * A string that is equal for two objects exactly when their contents are: the object's encoding
   * when short, its hash otherwise. The model is acyclic (immutable data built bottom-up).
   */
  token(value: object): string {
    const known = this.tokens.get(value);
    if (known !== undefined) return known;
    const encoding = this.encodeObject(this.view(value) ?? value);
    const token = encoding.length <= INLINE_LIMIT ? `(${encoding})` : `#${sha256(encoding)}`;
    this.tokens.set(value, token);
    return token;
  }

  private encodeObject(value: object): string {
    if (Array.isArray(value)) return `[${value.map((item) => this.encode(item)).join(",")}]`;
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new Error(`Page fingerprint: cannot fingerprint a ${String(prototype?.constructor?.name)} in the archive model`);
    }
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${this.encode(key)}=${this.encode((value as Record<string, unknown>)[key])}`).join(",")}}`;
  }

  private encode(value: unknown): string {
    switch (typeof value) {
      case "string":
        // Length-prefixed rather than quoted: unambiguous, and no escaping pass. Long strings
        // (article bodies) stand in by their hash, which saves copying them into the encoding.
        return value.length <= INLINE_LIMIT ? `${value.length}:${value}` : `H${sha256(value)}`;
      case "number":
        return `n${value}`;
      case "boolean":
        return value ? "T" : "F";
      case "undefined":
        return "U";
      case "object":
        if (value === null) return "N";
        if (DateTime.isDateTime(value)) {
          return `D${value.toMillis()}@${value.zoneName ?? ""}/${value.locale ?? ""}/${value.outputCalendar ?? ""}/${value.numberingSystem ?? ""}`;
        }
        return this.token(value);
      default:
        throw new Error(`Page fingerprint: cannot fingerprint a ${typeof value} in the archive model`);
    }
  }
}

/** One-shot hashing: about twice as fast as createHash() for the short encodings hashed here. */
function sha256(text: string): string {
  return hash("sha256", text, "base64url");
}
