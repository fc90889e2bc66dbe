// Import stage: where the posts of an old site now live. Maps each post's old
// addresses (its permalink, `/?p=42`, a Jekyll or Hugo URL) to its new article
// URL, so links between imported posts point at the new articles; and tells
// a link to the old site that is no imported post from a link elsewhere.

export type LinkTarget =
  /** An imported post: its new URL, with the link's `#fragment`. */
  | { readonly kind: "article"; readonly url: string }
  /** The old site, but no post of this import: a page, a category, a file. */
  | { readonly kind: "old-site"; readonly path: string; readonly rootRelative: boolean }
  /** Anywhere else, or a link within the page. */
  | { readonly kind: "elsewhere" };

/** Stands in for the old site's address when it is not known, to read site-relative links. */
const NO_SITE = "http://old.invalid";
/** Query parameters that name a post on their own (WordPress's plain links). */
const POST_QUERY = ["p", "page_id"];

export class LinkMap {
  private readonly paths = new Map<string, string>();
  private readonly base: string;
  private readonly host?: string;

  /** `siteUrl`: the old site's address, so absolute links to it are known (http or https, with or without `www.`). */
  constructor(siteUrl?: string) {
    const origin = originOf(siteUrl);
    this.base = origin ?? NO_SITE;
    this.host = origin === undefined ? undefined : siteHost(new URL(origin));
  }

  /** Registers an old address (absolute on the old site, or site-relative) of the post now at `newUrl`. */
  add(oldAddress: string, newUrl: string): void {
    const key = this.keyOf(oldAddress);
    if (key !== undefined && !this.paths.has(key)) this.paths.set(key, newUrl);
  }

  resolve(href: string): LinkTarget {
    const trimmed = href.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return { kind: "elsewhere" };
    const rootRelative = trimmed.startsWith("/") && !trimmed.startsWith("//");
    const parsed = this.parse(trimmed);
    if (parsed === undefined || (!rootRelative && (this.host === undefined || siteHost(parsed) !== this.host))) return { kind: "elsewhere" };
    const url = this.paths.get(keyOfUrl(parsed));
    if (url !== undefined) return { kind: "article", url: `${url}${parsed.hash}` };
    return { kind: "old-site", path: `${parsed.pathname}${parsed.search}`, rootRelative };
  }

  private keyOf(address: string): string | undefined {
    const parsed = this.parse(address.trim());
    return parsed === undefined ? undefined : keyOfUrl(parsed);
  }

  private parse(address: string): URL | undefined {
    try {
      return new URL(address, this.base);
    } catch {
      return undefined;
    }
  }
}

/** The decoded path without its trailing slash, plus a query parameter naming a post; case kept. */
function keyOfUrl(url: URL): string {
  const path = safeDecode(url.pathname).replace(/\/+$/, "") || "/";
  const query = POST_QUERY.find((name) => url.searchParams.has(name));
  return query === undefined ? path : `${path}?${query}=${url.searchParams.get(query)}`;
}

/** A site-relative form of an old address (`/2019/05/harbour/`, `/?p=42`), as `aliases` takes it: percent-escapes decoded, like the site's own paths. */
export function sitePath(address: string, siteUrl?: string): string | undefined {
  const origin = originOf(siteUrl);
  try {
    const parsed = new URL(address, origin ?? NO_SITE);
    if (origin !== undefined && siteHost(parsed) !== siteHost(new URL(origin))) return undefined;
    return `${safeDecode(parsed.pathname)}${parsed.search}`;
  } catch {
    return undefined;
  }
}

function originOf(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined || siteUrl.trim() === "") return undefined;
  try {
    return new URL(siteUrl).origin;
  } catch {
    return undefined;
  }
}

function siteHost(url: URL): string {
  return url.hostname.replace(/^www\./, "");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
