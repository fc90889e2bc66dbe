// Render stage: the schema.org description of a page as JSON-LD — a
// NewsArticle for article pages, a CollectionPage with an ItemList for index
// and directory pages. Pure data; layouts/JsonLd.tsx writes it out.

import type { SiteConfig } from "../../config/site-config";
import type { Article, DirectoryPage, IndexPage, Page, Source } from "../../model/types";
import { dayOfYearLabel } from "../calendar-text";
import { isoDateTime, yearLabel } from "../format-date";
import { absoluteUrl, externalHref } from "../links";
import { metaDescription, pageTitle } from "../page-text";
import type { JsonLdObject } from "./json-ld";
import { lastModified } from "./last-modified";

export type SeoSite = Pick<SiteConfig, "title" | "description" | "url" | "pathPrefix" | "timezone" | "language">;

const CONTEXT = "https://schema.org";

/** The archive itself, as the publisher of every page. */
function siteOrganization(site: SeoSite): JsonLdObject {
  return { "@type": "Organization", name: site.title, url: absoluteUrl(site, "/") };
}

/** The outlet that first published the article; its homepage only when it is a safe http(s) URL. */
function sourceOrganization(source: Source): JsonLdObject {
  return { "@type": "Organization", name: source.name, url: externalHref(source.url) };
}

export function newsArticleData(article: Article, site: SeoSite): JsonLdObject {
  const url = absoluteUrl(site, article.path);
  const author =
    article.author !== undefined && article.author.trim() !== ""
      ? { "@type": "Person", name: article.author }
      : sourceOrganization(article.source);
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary !== "" ? article.summary : undefined,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: site.language,
    datePublished: isoDateTime(article.date, site),
    // Search engines want dateModified on every article; unchanged articles were last modified when published.
    dateModified: isoDateTime(lastModified(article), site),
    author,
    publisher: siteOrganization(site),
    sourceOrganization: sourceOrganization(article.source),
    keywords: article.topics.length > 0 ? article.topics.map((topic) => topic.name) : undefined,
    isBasedOn: externalHref(article.originalUrl),
  };
}

interface ListEntry {
  readonly path: string;
  readonly name: string;
}

function listEntries(page: IndexPage | DirectoryPage, site: SeoSite): readonly ListEntry[] {
  switch (page.kind) {
    case "index":
      return page.articles.map((article) => ({ path: article.path, name: article.title }));
    case "topics":
    case "sources":
      return page.terms.map((term) => ({ path: term.path, name: term.name }));
    case "archive":
      return page.years.map((year) => ({ path: year.path, name: yearLabel(year.year, site) }));
    case "on-this-day":
      return page.days.map((day) => ({ path: day.path, name: dayOfYearLabel(day.month, day.day, site) }));
  }
}

/** Positions count from 1 on each page: the ItemList describes what this page lists, not the whole series. */
export function collectionPageData(page: IndexPage | DirectoryPage, site: SeoSite): JsonLdObject {
  const entries = listEntries(page, site);
  const description = metaDescription(page, site);
  return {
    "@context": CONTEXT,
    "@type": "CollectionPage",
    name: pageTitle(page, site),
    description: description !== "" ? description : undefined,
    url: absoluteUrl(site, page.path),
    inLanguage: site.language,
    isPartOf: { "@type": "WebSite", name: site.title, url: absoluteUrl(site, "/") },
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: entries.length,
      itemListElement: entries.map((entry, i) => ({
        "@type": "ListItem",
        position: i + 1,
        url: absoluteUrl(site, entry.path),
        name: entry.name,
      })),
    },
  };
}

/** The JSON-LD for a page, or undefined for pages that describe nothing worth indexing (404, search, an empty period). */
export function structuredData(page: Page, site: SeoSite): JsonLdObject | undefined {
  switch (page.kind) {
    case "article":
      return newsArticleData(page.article, site);
    case "index":
      return page.listing.kind === "empty-period" ? undefined : collectionPageData(page, site);
    case "topics":
    case "sources":
    case "archive":
    case "on-this-day":
      return collectionPageData(page, site);
    case "not-found":
    case "search":
      return undefined;
  }
}
