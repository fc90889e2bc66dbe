// Model stage: what a local URL in an article body leads to. A relative URL
// is first a file of the content folder, read from the article's own file
// (`photo.jpg`, `../2019/other.md`); then, as a browser would read it, a path
// from the article's new address or, for an archive that moved here, from its
// old one (its first alias). A URL from the site's root is a path of the site
// (an article, an alias, a static file, a page). What is not known before the
// archive's listings exist is checked once they do (see reference-problems.ts).

import type { DiscoveredFile } from "../content/discover";

/** Where a URL leads. Paths are the model's: decoded, from the site's root, without the path prefix. */
export type Target =
  /** A page or file of the site: an article (by its file or an alias), a static file, a page, a published file. */
  | { readonly kind: "page"; readonly path: string }
  /** A file of the content folder, to be published with the article that refers to it. */
  | { readonly kind: "file"; readonly relativePath: string }
  /** A path of the site known only once the model exists (a listing, a feed), or nowhere. */
  | { readonly kind: "unknown"; readonly path: string }
  /** Nothing: a Markdown file that is no article, a file missing from the content folder. */
  | { readonly kind: "missing"; readonly relativePath?: string };

export interface Resolution {
  readonly target: Target;
  /** What followed the path in the URL: "?query#fragment", kept on the rewritten URL. */
  readonly suffix: string;
}

/** What the site holds before the model exists. */
export interface TargetIndex {
  /** Article files by content-relative path → the article's page path. */
  readonly articleFiles: ReadonlyMap<string, string>;
  /** Aliases by pathKey → the article's page path. */
  readonly aliases: ReadonlyMap<string, string>;
  /** pathKey of every page and file known now: articles, static files, pages, every bundle's files. */
  readonly known: ReadonlySet<string>;
  /** Files of the content folder that are no article, by content-relative path. */
  readonly contentFiles: ReadonlyMap<string, DiscoveredFile>;
  /** "/news" or "". */
  readonly pathPrefix: string;
}

/** The article a URL is written in. */
export interface Referrer {
  /** Content-relative path of its file. */
  readonly relativePath: string;
  /** Its page path, "/2019/05/01/slug/". */
  readonly path: string;
  /** Its old addresses, first first. */
  readonly aliases: readonly string[];
}

/** A URL that leaves the site or stays on the page (`https:`, `mailto:`, `#part`, `?q`): undefined. */
export function resolveReference(url: string, from: Referrer, index: TargetIndex, media: boolean): Resolution | undefined {
  if (url === "" || /^[#?]/.test(url) || /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[/\\]{2}/.test(url)) return undefined;
  const split = url.search(/[?#]/);
  const rawPath = split === -1 ? url : url.slice(0, split);
  const suffix = split === -1 ? "" : url.slice(split);
  const written = safeDecode(rawPath);
  return { target: written.startsWith("/") ? fromRoot(written, index) : fromHere(written, from, index, media), suffix };
}

/**
 * A path from the site's root, written without the path prefix or, as it appears in the browser,
 * with it: the path as written is tried first (an old address may well start like the prefix).
 */
function fromRoot(written: string, index: TargetIndex): Target {
  const prefix = index.pathPrefix;
  const withoutPrefix = prefix !== "" && (written === prefix || written.startsWith(`${prefix}/`)) ? written.slice(prefix.length) || "/" : undefined;
  for (const path of withoutPrefix === undefined ? [written] : [written, withoutPrefix]) {
    const article = /\.md$/i.test(path) ? index.articleFiles.get(path.slice(1)) : undefined;
    const found = article !== undefined ? ({ kind: "page", path: article } as const) : onSite(path, index);
    if (found !== undefined) return found;
  }
  return { kind: "unknown", path: withoutPrefix ?? written };
}

function fromHere(written: string, from: Referrer, index: TargetIndex, media: boolean): Target {
  const inContent = joinPath(folderOf(from.relativePath), written);
  if (inContent !== undefined) {
    const article = index.articleFiles.get(inContent);
    if (article !== undefined) return { kind: "page", path: article };
    if (index.contentFiles.has(inContent)) return { kind: "file", relativePath: inContent };
    if (/\.md$/i.test(inContent)) return { kind: "missing", relativePath: inContent };
  }
  for (const base of [from.path, ...from.aliases.map(folderOf)]) {
    const path = joinPath(base, written, "/");
    const found = path === undefined ? undefined : onSite(path, index);
    if (found !== undefined) return found;
  }
  if (media || looksLikeFile(written)) return { kind: "missing", relativePath: inContent };
  const path = joinPath(from.path, written, "/");
  return path === undefined ? { kind: "missing" } : { kind: "unknown", path };
}

/** The page or file at `path` when known now, an alias leading to its article. */
function onSite(path: string, index: TargetIndex): Target | undefined {
  const key = pathKey(path);
  const article = index.aliases.get(key);
  if (article !== undefined) return { kind: "page", path: article };
  return index.known.has(key) ? { kind: "page", path } : undefined;
}

/** One name for the ways a static host serves one page: "/a/", "/a" and "/a/index.html" are all "/a"; "/" is "". */
export function pathKey(path: string): string {
  const withoutIndex = path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
  return withoutIndex.endsWith("/") ? withoutIndex.slice(0, -1) : withoutIndex;
}

/**
 * `relative` read from the folder `base` ("2019/" or "/2019/05/"), `.` and `..` applied; undefined
 * when it climbs above the top. `root` is what the result starts with: "" for content paths.
 */
export function joinPath(base: string, relative: string, root = ""): string | undefined {
  const segments = `${base}${relative}`.split("/");
  const result: string[] = [];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === "..") {
      if (result.length === 0 || (result.length === 1 && result[0] === "")) return undefined;
      result.pop();
      if (last) result.push("");
    } else if (segment === ".") {
      if (last) result.push("");
    } else if (segment !== "" || last) result.push(segment);
  }
  const joined = result.join("/");
  return root === "/" ? `/${joined}` : joined;
}

/** "2019/flood/index.md" → "2019/flood/"; "/old/page.html" → "/old/"; "/old/" stays. */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/** A name with an extension other than a page's: a link to it is a link to a file. */
function looksLikeFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /\.(?=[A-Za-z0-9]{1,5}$)[0-9]*[A-Za-z]/.test(name) && !/\.html?$/i.test(name);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
