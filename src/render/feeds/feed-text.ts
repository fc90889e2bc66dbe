// Render stage: the names and types shared by the Atom feed, the JSON feed
// and the pages that link to them, so a feed is called the same everywhere.

import type { SiteConfig } from "../../config/site-config";
import type { Article, Feed } from "../../model/types";

/** What the feed renderers need from the site config. */
export type FeedSite = Pick<SiteConfig, "title" | "description" | "url" | "pathPrefix" | "timezone" | "language">;

export const FEED_MEDIA_TYPES: Readonly<Record<Feed["format"], string>> = {
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** "Site title – Latest articles", "Site title – North Korea". */
export function feedTitle(feed: Feed, site: Pick<SiteConfig, "title">): string {
  return `${site.title} – ${feed.title}`;
}

/** Who wrote an entry: the byline when the article has one, else the outlet. */
export function entryAuthor(article: Article): string {
  return article.author !== undefined && article.author.trim() !== "" ? article.author : article.source.name;
}
