// Search stage, page side: the Pagefind attribute values an article page
// carries so the index gets its filters (topic, source, year), its date sort
// and the date shown beside each result. Pure, so the layouts stay simple.

import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { Article } from "../model/types";
import { humanDate } from "../render/format-date";
import { DATE_SORT_KEY, SEARCH_FILTERS } from "./search-names";

type SearchSite = Pick<SiteConfig, "timezone" | "language">;

/** Values for `data-pagefind-*` attributes on one article page. */
export interface ArticleSearchAttributes {
  /** `data-pagefind-sort`: the publication instant, in a form that sorts as text. */
  readonly sort: string;
  /** `data-pagefind-filter` for the year (in the site timezone, as in the article's URL). */
  readonly yearFilter: string;
  /** `data-pagefind-filter` for the source. */
  readonly sourceFilter: string;
  /** `data-pagefind-meta`: the date shown under a search result. */
  readonly dateMeta: string;
  /** `data-pagefind-meta`: the source shown under a search result. */
  readonly sourceMeta: string;
}

/**
 * Pagefind's inline form `key:value`. The value runs to the end of the
 * attribute, so commas and colons inside it are safe; line breaks are not.
 */
export function inlineValue(key: string, value: string): string {
  return `${key}:${value.replace(/\s+/g, " ").trim()}`;
}

/**
 * "2023-08-06T21:30:00Z": UTC with a fixed width, so sorting the strings
 * sorts the instants, and two articles of the same day keep their order.
 */
export function sortableInstant(date: DateTime): string {
  return date.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

export function articleSearchAttributes(article: Article, site: SearchSite): ArticleSearchAttributes {
  const year = article.date.setZone(site.timezone).year;
  return {
    sort: inlineValue(DATE_SORT_KEY, sortableInstant(article.date)),
    yearFilter: inlineValue(SEARCH_FILTERS.year, String(year)),
    sourceFilter: inlineValue(SEARCH_FILTERS.source, article.source.name),
    dateMeta: inlineValue("date", humanDate(article.date, site)),
    sourceMeta: inlineValue("source", article.source.name),
  };
}
