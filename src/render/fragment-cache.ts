// Render stage: the HTML of layout fragments that many pages repeat (an
// article's entry in a listing appears on its topic, source, date and home
// pages), rendered once per site and subject instead of once per page.

import type { SiteConfig } from "../config/site-config";

/** Fragments of one kind, by the site they were rendered for and the model object they show. */
export type FragmentCache = WeakMap<SiteConfig, WeakMap<object, string>>;

export function createFragmentCache(): FragmentCache {
  return new WeakMap();
}

/**
 * The HTML `render()` gives for `subject` on `site`, rendered on the first call only. Model
 * objects and the site config are immutable, so the same pair always renders the same HTML.
 */
export function renderFragmentOnce(cache: FragmentCache, site: SiteConfig, subject: object, render: () => string): string {
  let bySubject = cache.get(site);
  if (bySubject === undefined) {
    bySubject = new WeakMap();
    cache.set(site, bySubject);
  }
  let html = bySubject.get(subject);
  if (html === undefined) {
    html = flatten(render());
    bySubject.set(subject, html);
  }
  return html;
}

/**
 * Rendered HTML is a string built of hundreds of small pieces, which V8 keeps as a tree until
 * something reads it whole; every page that included the tree would then walk it again when the
 * page is written. A copy made from its bytes is one flat piece (the same text: rendered HTML is
 * well-formed UTF-16, and would be written as these bytes anyway).
 */
export function flatten(html: string): string {
  return Buffer.from(html, "utf8").toString("utf8");
}
