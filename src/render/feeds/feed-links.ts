// Render stage: which feeds a page announces with <link rel="alternate">.
// The site-wide Atom feed goes on every page; a page also announces the
// feeds that follow its own listing (both site feeds on home, a topic's feed
// on every page of that topic). The feeds are grouped by page once per feed
// list, not searched again for each of the site's pages.

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

/** The feeds of a feed list by the page they follow, plus the site-wide Atom feed. */
export interface FeedsByPage {
  readonly byPage: ReadonlyMap<string, readonly Feed[]>;
  readonly siteAtom?: Feed;
}

/** Groups `feeds` by their page, keeping their order. */
export function groupFeedsByPage(feeds: readonly Feed[]): FeedsByPage {
  const byPage = new Map<string, Feed[]>();
  for (const feed of feeds) {
    const group = byPage.get(feed.pagePath);
    if (group === undefined) byPage.set(feed.pagePath, [feed]);
    else group.push(feed);
  }
  return { byPage, siteAtom: byPage.get("/")?.find((feed) => feed.format === "atom") };
}

// The model's feed list is the same array for every page of a build.
const grouped = new WeakMap<readonly Feed[], FeedsByPage>();

function feedsByPage(feeds: readonly Feed[]): FeedsByPage {
  let groups = grouped.get(feeds);
  if (groups === undefined) {
    groups = groupFeedsByPage(feeds);
    grouped.set(feeds, groups);
  }
  return groups;
}

/** Most specific first: readers that pick one feed take the first. */
export function alternateFeedLinks(
  page: Page | undefined,
  path: string,
  feeds: readonly Feed[],
  site: Pick<SiteConfig, "title">,
): readonly AlternateFeedLink[] {
  const { byPage, siteAtom } = feedsByPage(feeds);
  const own = byPage.get(listingRoot(page, path)) ?? [];
  const chosen = siteAtom === undefined || own.includes(siteAtom) ? own : [...own, siteAtom];
  return chosen.map((feed) => ({ path: feed.path, type: FEED_MEDIA_TYPES[feed.format], title: feedTitle(feed, site) }));
}
