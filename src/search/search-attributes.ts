// Search stage, page side: the Pagefind attribute values an article page
// carries so the index gets its filters (topic, source, year), its date sort
// and the date and source shown beside each result, each written in the form
// Pagefind's Default UI shows as the same text. Pure, so the layouts stay simple.

import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { Article, Topic } from "../model/types";
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
 * Pagefind's inline form `key:value`, for values the Default UI shows as
 * text (result meta) or not at all (sort keys). The value runs to the end of
 * the attribute, so commas and colons inside it are safe; line breaks are not.
 * The value stays plain: Pagefind decodes a meta attribute once, as any HTML
 * parser does, and the UI sets it as a text node, so `<img …>` and `AT&T`
 * read exactly so under each result.
 */
export function inlineValue(key: string, value: string): string {
  return `${key}:${value.replace(/\s+/g, " ").trim()}`;
}

/** `&`, `<` and `>` as character references: text that reads the same when parsed as HTML. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The inline form for `data-pagefind-filter`, whose value takes another road
 * (Pagefind 1.6; tests/e2e/search-xss.test.ts checks it in a browser):
 * Pagefind decodes character references in a filter value twice (the HTML
 * parse, then its own clean-up), and the Default UI inserts each filter value
 * into its filter panel as HTML. So the value is escaped twice here (preact's
 * attribute escaping adds the outer layer): the index then holds it escaped
 * once, and the panel's HTML turns that back into the original characters, as
 * text. Written plain, `<img src=x onerror=…>` ran in the panel, and even
 * `&#60;img …&#62;` reached the index as `<img …>`.
 */
export function inlineFilter(key: string, value: string): string {
  return inlineValue(key, escapeHtmlText(escapeHtmlText(value)));
}

/**
 * `data-pagefind-filter` of a topic's link on an article page. Inline rather
 * than taken from the link text: the link shows the name as written, the
 * filter needs it escaped for the panel.
 */
export function topicFilter(topic: Pick<Topic, "name">): string {
  return inlineFilter(SEARCH_FILTERS.topic, topic.name);
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
    yearFilter: inlineFilter(SEARCH_FILTERS.year, String(year)),
    sourceFilter: inlineFilter(SEARCH_FILTERS.source, article.source.name),
    dateMeta: inlineValue("date", humanDate(article.date, site)),
    sourceMeta: inlineValue("source", article.source.name),
  };
}
