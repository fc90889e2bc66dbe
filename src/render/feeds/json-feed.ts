// Render stage: the site's JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
// A plain object serialized with JSON.stringify: the `feed` package only
// writes version 1.0 (a single `author`, no `language` or `authors`).

import type { Article, Feed } from "../../model/types";
import { isoDateTime } from "../format-date";
import { absoluteUrl, externalHref } from "../links";
import { entryAuthor, feedTitle, type FeedSite } from "./feed-text";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedAuthor {
  readonly name: string;
  readonly url?: string;
}

export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly external_url?: string;
  readonly title: string;
  readonly content_html: string;
  readonly summary?: string;
  readonly date_published: string;
  readonly date_modified?: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly tags?: readonly string[];
}

export interface JsonFeed {
  readonly version: typeof JSON_FEED_VERSION;
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly description?: string;
  readonly language: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly items: readonly JsonFeedItem[];
}

function item(article: Article, site: FeedSite): JsonFeedItem {
  const url = absoluteUrl(site, article.path);
  return {
    id: url,
    url,
    external_url: externalHref(article.originalUrl),
    title: article.title,
    content_html: article.bodyHtml,
    summary: article.summary !== "" ? article.summary : undefined,
    date_published: isoDateTime(article.date, site),
    date_modified: article.updated !== undefined ? isoDateTime(article.updated, site) : undefined,
    authors: [{ name: entryAuthor(article) }],
    tags: article.topics.length > 0 ? article.topics.map((topic) => topic.name) : undefined,
  };
}

/** The feed as data; optional members are undefined when empty, so JSON.stringify leaves them out. */
export function jsonFeed(feed: Feed, site: FeedSite): JsonFeed {
  const home = absoluteUrl(site, "/");
  return {
    version: JSON_FEED_VERSION,
    title: feedTitle(feed, site),
    home_page_url: absoluteUrl(site, feed.pagePath),
    feed_url: absoluteUrl(site, feed.path),
    description: site.description !== "" ? site.description : undefined,
    language: site.language,
    authors: [{ name: site.title, url: home }],
    items: feed.articles.map((article) => item(article, site)),
  };
}

export function renderJsonFeed(feed: Feed, site: FeedSite): string {
  return `${JSON.stringify(jsonFeed(feed, site), null, 2)}\n`;
}
