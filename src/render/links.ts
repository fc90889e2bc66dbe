// Render stage: turns model paths (which never carry the path prefix) into
// hrefs and absolute URLs, percent-encoding each segment so non-ASCII slugs
// produce links that work on every server and client.

import type { SiteConfig } from "../config/site-config";

type LinkSite = Pick<SiteConfig, "pathPrefix">;

// Most paths are plain ASCII slugs; skipping the split/encode for them keeps
// link building cheap across tens of thousands of pages.
const ALREADY_SAFE = /^[A-Za-z0-9\-._~/]*$/;

/** Percent-encodes every segment of a path, leaving the "/" separators alone. */
export function encodePath(path: string): string {
  if (ALREADY_SAFE.test(path)) return path;
  return path.split("/").map(encodeURIComponent).join("/");
}

/** The href for an internal page: the site's path prefix followed by the encoded path. */
export function href(site: LinkSite, path: string): string {
  return encodePath(site.pathPrefix + path);
}

/**
 * The href for an address the site's owner configured: a URL of its own (https:, mailto:) as it is,
 * a path of the site like any internal page.
 */
export function addressHref(site: LinkSite, address: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : href(site, address);
}

/** The full URL of an internal page, e.g. for `<link rel="canonical">`. */
export function absoluteUrl(site: Pick<SiteConfig, "url" | "pathPrefix">, path: string): string {
  return site.url + href(site, path);
}

/**
 * An outside URL from front matter, or undefined when it is not http(s).
 * Anything else (javascript:, data:) must never become a clickable link.
 */
export function externalHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : undefined;
}
