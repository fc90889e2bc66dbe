// Render stage: the words that describe a page — its heading, its <title> and
// its meta description — kept apart from the markup so they can be tested as
// plain strings and reused by the head and the body alike. The words come from
// the site language's labels (src/i18n).

import type { SiteConfig } from "../config/site-config";
import { labelsOf } from "../i18n/labels-of";
import type { Listing, Page, Pagination } from "../model/types";
import { dayOfYearLabel, spanLabel } from "./calendar-text";
import { periodLabel, yearLabel } from "./format-date";

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

/** "1 article", "1,234 articles", "기사 3건". */
export function articleCount(n: number, site: Pick<SiteConfig, "language">): string {
  return labelsOf(site).articleCount(n, formatNumber(n, site.language));
}

/** "12 topics" or "30 sources": the size of a directory. */
export function termCount(kind: "topics" | "sources", n: number, site: Pick<SiteConfig, "language">): string {
  const labels = labelsOf(site);
  return (kind === "topics" ? labels.topicCount : labels.sourceCount)(n, formatNumber(n, site.language));
}

/** The h1 of an index page. */
export function listingHeading(listing: Listing, site: TextSite): string {
  const labels = labelsOf(site);
  switch (listing.kind) {
    case "home":
      return labels.latestArticles;
    case "topic":
      return listing.topic.name;
    case "source":
      return listing.source.name;
    case "period":
    case "empty-period":
      return periodLabel(listing.period, site);
    case "topic-year":
      return labels.topicYearHeading(listing.topic.name, yearLabel(listing.year, site));
    case "on-this-day":
      return labels.onThisDayHeading(dayOfYearLabel(listing.day.month, listing.day.day, site));
  }
}

/**
 * "page 2 of 7" (or "Page 2 of 7" to start a sentence), or undefined on the first page, which
 * needs no qualifier.
 */
export function pageOfPages(
  pagination: Pagination,
  site: Pick<SiteConfig, "language">,
  form: "inline" | "sentence" = "inline",
): string | undefined {
  if (pagination.pageNumber <= 1) return undefined;
  const labels = labelsOf(site);
  const n = (value: number) => formatNumber(value, site.language);
  return (form === "inline" ? labels.pageOfPages : labels.pageOfPagesSentence)(n(pagination.pageNumber), n(pagination.totalPages));
}

/** "Page 2 of 7: 3–17 June 2006" on every page of a series of dated pages, or what pageOfPages says. */
export function pageOfPagesWithSpan(pagination: Pagination, site: Pick<SiteConfig, "language">): string | undefined {
  const span = pagination.spans?.[pagination.pageNumber - 1];
  if (span === undefined || pagination.totalPages <= 1) return pageOfPages(pagination, site, "sentence");
  const n = (value: number) => formatNumber(value, site.language);
  return labelsOf(site).pageOfPagesWithSpan(n(pagination.pageNumber), n(pagination.totalPages), spanLabel(span, site));
}

/** The page's own name, before the site title is appended. */
export function pageTitle(page: Page, site: TextSite): string {
  const labels = labelsOf(site);
  switch (page.kind) {
    case "article":
      return page.article.title;
    case "index": {
      const heading = listingHeading(page.listing, site);
      const which = pageOfPages(page.pagination, site);
      return which === undefined ? heading : labels.titleWithPage(heading, which);
    }
    case "topics":
      return labels.topics;
    case "sources":
      return labels.sources;
    case "archive":
      return labels.archive;
    case "on-this-day":
      return labels.onThisDayTitle;
    case "not-found":
      return labels.pageNotFound;
    case "search":
      return labels.search;
  }
}

/** Contents of <title>: "Page – Site title". */
export function documentTitle(page: Page, site: TextSite): string {
  return `${pageTitle(page, site)} – ${site.title}`;
}

function listingDescription(listing: Listing, total: number, site: TextSite): string {
  const labels = labelsOf(site);
  const count = articleCount(total, site);
  switch (listing.kind) {
    case "home":
      return site.description !== "" ? site.description : labels.homeDescription(site.title);
    case "topic":
      return labels.topicDescription(count, listing.topic.name, site.title);
    case "source":
      return labels.sourceDescription(count, listing.source.name, site.title);
    case "period":
      return labels.periodDescription(count, periodLabel(listing.period, site), site.title);
    case "empty-period":
      return labels.emptyPeriodDescription(periodLabel(listing.period, site), site.title);
    case "topic-year":
      return labels.topicYearDescription(count, listing.topic.name, yearLabel(listing.year, site), site.title);
    case "on-this-day":
      return labels.onThisDayDescription(count, dayOfYearLabel(listing.day.month, listing.day.day, site), site.title);
  }
}

/** Contents of <meta name="description">: the article summary, a sentence about a listing, or the site description. */
export function metaDescription(page: Page, site: TextSite): string {
  const labels = labelsOf(site);
  switch (page.kind) {
    case "article":
      return page.article.summary !== "" ? page.article.summary : site.description;
    case "index": {
      const text = listingDescription(page.listing, page.pagination.totalItems, site);
      const which = pageOfPages(page.pagination, site, "sentence");
      return which === undefined ? text : labels.descriptionWithPage(text, which);
    }
    case "topics":
      return labels.topicsDescription(termCount("topics", page.terms.length, site), site.title);
    case "sources":
      return labels.sourcesDescription(termCount("sources", page.terms.length, site), site.title);
    case "archive":
      return labels.archiveDescription(site.title);
    case "on-this-day":
      return labels.onThisDayDirectoryDescription(site.title);
    case "not-found":
      return site.description;
    case "search":
      return labels.searchDescription(site.title);
  }
}
