// Render stage: the words that describe a page — its heading, its <title> and
// its meta description — kept apart from the markup so they can be tested as
// plain strings and reused by the head and the body alike.

import type { SiteConfig } from "../config/site-config";
import type { Listing, Page, Pagination } from "../model/types";
import { dayOfYearLabel, spanLabel } from "./calendar-text";
import { periodLabel, yearLabel } from "./format-date";
import { TIME_LABELS } from "./time-labels";

type TextSite = Pick<SiteConfig, "title" | "description" | "timezone" | "language">;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count in the site language's digits and grouping, e.g. "1,234". */
export function formatNumber(n: number, language: string): string {
  let format = numberFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(n);
}

/** "1 topic", "1,234 topics": a number with its noun in the right number. */
export function countOf(n: number, one: string, many: string, site: Pick<SiteConfig, "language">): string {
  return `${formatNumber(n, site.language)} ${n === 1 ? one : many}`;
}

/** "1 article", "1,234 articles". */
export function articleCount(n: number, site: Pick<SiteConfig, "language">): string {
  return countOf(n, "article", "articles", site);
}

/** The h1 of an index page. */
export function listingHeading(listing: Listing, site: TextSite): string {
  switch (listing.kind) {
    case "home":
      return "Latest articles";
    case "topic":
      return listing.topic.name;
    case "source":
      return listing.source.name;
    case "period":
    case "empty-period":
      return periodLabel(listing.period, site);
    case "topic-year":
      return TIME_LABELS.topicYearHeading(listing.topic.name, yearLabel(listing.year, site));
    case "on-this-day":
      return TIME_LABELS.onThisDayHeading(dayOfYearLabel(listing.day.month, listing.day.day, site));
  }
}

/** "page 2 of 7", or undefined on the first page (which needs no qualifier). */
export function pageOfPages(
  pagination: Pagination,
  site: Pick<SiteConfig, "language">,
  word = "page",
): string | undefined {
  if (pagination.pageNumber <= 1) return undefined;
  const n = (value: number) => formatNumber(value, site.language);
  return `${word} ${n(pagination.pageNumber)} of ${n(pagination.totalPages)}`;
}

/** "Page 2 of 7: 3–17 June 2006" on every page of a series of dated pages, or what pageOfPages says. */
export function pageOfPagesWithSpan(pagination: Pagination, site: Pick<SiteConfig, "language">): string | undefined {
  const span = pagination.spans?.[pagination.pageNumber - 1];
  if (span === undefined || pagination.totalPages <= 1) return pageOfPages(pagination, site, "Page");
  const n = (value: number) => formatNumber(value, site.language);
  return TIME_LABELS.pageOfPagesWithSpan(n(pagination.pageNumber), n(pagination.totalPages), spanLabel(span, site));
}

/** The page's own name, before the site title is appended. */
export function pageTitle(page: Page, site: TextSite): string {
  switch (page.kind) {
    case "article":
      return page.article.title;
    case "index": {
      const heading = listingHeading(page.listing, site);
      const which = pageOfPages(page.pagination, site);
      return which === undefined ? heading : `${heading}, ${which}`;
    }
    case "topics":
      return "Topics";
    case "sources":
      return "Sources";
    case "archive":
      return "Archive";
    case "on-this-day":
      return TIME_LABELS.onThisDayTitle;
    case "not-found":
      return "Page not found";
    case "search":
      return "Search";
  }
}

/** Contents of <title>: "Page – Site title". */
export function documentTitle(page: Page, site: TextSite): string {
  return `${pageTitle(page, site)} – ${site.title}`;
}

function listingDescription(listing: Listing, total: number, site: TextSite): string {
  const count = articleCount(total, site);
  switch (listing.kind) {
    case "home":
      return site.description !== "" ? site.description : `The latest articles in ${site.title}.`;
    case "topic":
      return `${count} about ${listing.topic.name} in ${site.title}.`;
    case "source":
      return `${count} from ${listing.source.name} in ${site.title}.`;
    case "period":
      return `${count} from ${periodLabel(listing.period, site)} in ${site.title}.`;
    case "empty-period":
      return TIME_LABELS.emptyPeriodDescription(periodLabel(listing.period, site), site.title);
    case "topic-year":
      return TIME_LABELS.topicYearDescription(count, listing.topic.name, yearLabel(listing.year, site), site.title);
    case "on-this-day":
      return TIME_LABELS.onThisDayDescription(count, dayOfYearLabel(listing.day.month, listing.day.day, site), site.title);
  }
}

/** Contents of <meta name="description">: the article summary, a sentence about a listing, or the site description. */
export function metaDescription(page: Page, site: TextSite): string {
  switch (page.kind) {
    case "article":
      return page.article.summary !== "" ? page.article.summary : site.description;
    case "index": {
      const text = listingDescription(page.listing, page.pagination.totalItems, site);
      const which = pageOfPages(page.pagination, site, "Page");
      return which === undefined ? text : `${text} ${which}.`;
    }
    case "topics":
      return `${countOf(page.terms.length, "topic", "topics", site)} in ${site.title}, A–Z.`;
    case "sources":
      return `${countOf(page.terms.length, "source", "sources", site)} in ${site.title}, A–Z.`;
    case "archive":
      return `Every year and month in ${site.title}, with the number of articles in each.`;
    case "on-this-day":
      return TIME_LABELS.onThisDayDirectoryDescription(site.title);
    case "not-found":
      return site.description;
    case "search":
      return `Search every article in ${site.title} by word, and narrow the results by topic, source or year.`;
  }
}
