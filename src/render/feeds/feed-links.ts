// Render stage: which feeds a page announces with <link rel="alternate">.
// The site-wide Atom feed goes on every page; a page also announces the
// feeds that follow its own listing (both site feeds on home, a topic's feed
// on every page of that topic).

import type { SiteConfig } from "../../config/site-config";
import type { Feed, Page } from "../../model/types";
import { FEED_MEDIA_TYPES, feedTitle } from "./feed-text";

export interface AlternateFeedLink {
  /** Model path of the feed, without the prefix. */
  readonly path: string;
  readonly type: string;
  readonly title: string;
}

/** The first page of the listing a page belongs to; feeds name that page as theirs. */
function listingRoot(page: Page | undefined, path: string): string {
  return page?.kind === "index" ? (page.pagination.pagePaths[0] ?? page.path) : path;
}

/** Most specific first: readers that pick one feed take the first. */
export function alternateFeedLinks(
  page: Page | undefined,
  path: string,
  feeds: readonly Feed[],
  site: Pick<SiteConfig, "title">,
): readonly AlternateFeedLink[] {
  const root = listingRoot(page, path);
  const own = feeds.filter((feed) => feed.pagePath === root);
  const siteAtom = feeds.find((feed) => feed.pagePath === "/" && feed.format === "atom");
  const chosen = siteAtom === undefined || own.includes(siteAtom) ? own : [...own, siteAtom];
  return chosen.map((feed) => ({ path: feed.path, type: FEED_MEDIA_TYPES[feed.format], title: feedTitle(feed, site) }));
}
