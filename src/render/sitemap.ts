// Render stage: /sitemap.xml (sitemaps.org 0.9) — every HTML page a search
// engine should index, with when it last changed. The 404 page is left out:
// it is served at addresses that do not exist.

import type { DateTime } from "luxon";
import type { ArchiveModel, IndexPage } from "../model/types";
import { serializeXml } from "./feeds/xml-document";
import { isoDateTime } from "./format-date";
import { absoluteUrl } from "./links";
import { lastModified, latestModification } from "./seo/last-modified";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export const SITEMAP_PATH = "/sitemap.xml";

export interface SitemapEntry {
  /** Model path, without the prefix. */
  readonly path: string;
  /** Absent when the page lists nothing (an empty archive), since no date would be true. */
  readonly lastModified?: DateTime;
}

type SitemapModel = Pick<ArchiveModel, "site" | "articles" | "pages">;

/**
 * Every page of a listing changes when anything in the listing does: a new
 * article shifts all later pages by one. So each page of a series gets the
 * latest change across the whole series, keyed by the series' first page.
 */
function seriesModification(indexes: readonly IndexPage[]): ReadonlyMap<string, DateTime | undefined> {
  const bySeries = new Map<string, DateTime | undefined>();
  for (const page of indexes) {
    const key = page.pagination.pagePaths[0] ?? page.path;
    const pageLatest = latestModification(page.articles);
    const known = bySeries.get(key);
    if (known === undefined || (pageLatest !== undefined && pageLatest.toMillis() > known.toMillis())) {
      bySeries.set(key, pageLatest);
    }
  }
  return bySeries;
}

/** Listings first (home leads), then directories and search, then every article. */
export function sitemapEntries(model: SitemapModel): readonly SitemapEntry[] {
  const { pages } = model;
  const newest = latestModification(model.articles);
  const series = seriesModification(pages.indexes);
  return [
    ...pages.indexes.map((page) => ({
      path: page.path,
      lastModified: series.get(page.pagination.pagePaths[0] ?? page.path),
    })),
    ...pages.directories.map((page) => ({ path: page.path, lastModified: newest })),
    { path: pages.search.path, lastModified: newest },
    ...pages.articles.map((page) => ({ path: page.path, lastModified: lastModified(page.article) })),
  ];
}

export function renderSitemap(model: SitemapModel): string {
  return serializeXml({
    urlset: {
      "@xmlns": SITEMAP_NS,
      url: sitemapEntries(model).map((entry) => ({
        loc: absoluteUrl(model.site, entry.path),
        lastmod: entry.lastModified !== undefined ? isoDateTime(entry.lastModified, model.site) : undefined,
      })),
    },
  });
}
