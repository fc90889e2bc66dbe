// Render stage: /sitemap.xml (sitemaps.org 0.9) — every HTML page a search
// engine should index, with when it last changed. The 404 page is left out:
// it is served at addresses that do not exist. The protocol allows 50,000
// URLs per file, so a larger archive gets /sitemap.xml as a sitemap index
// over /sitemap-1.xml, /sitemap-2.xml, … (robots.txt names /sitemap.xml either way).

import type { DateTime } from "luxon";
import type { ArchiveModel, IndexPage } from "../model/types";
import { isHtmlOutput } from "../pages/page-url";
import { serializeXml } from "./feeds/xml-document";
import { isoDateTime } from "./format-date";
import { absoluteUrl } from "./links";
import { isIndexable } from "./seo/indexable";
import { lastModified, latestModification } from "./seo/last-modified";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export const SITEMAP_PATH = "/sitemap.xml";

/** Most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_URL_LIMIT = 50_000;

/** Where part `n` (from 1) of a sitemap split by a sitemap index is written. */
export function sitemapPartPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

export interface SitemapFile {
  /** From the output folder: "/sitemap.xml", "/sitemap-1.xml". */
  readonly path: string;
  render(): string;
}

export interface SitemapEntry {
  /** Model path, without the prefix. */
  readonly path: string;
  /** Absent when the page lists nothing (an empty archive), since no date would be true. */
  readonly lastModified?: DateTime;
}

type SitemapModel = Pick<ArchiveModel, "site" | "articles" | "pages"> & Partial<Pick<ArchiveModel, "sitePages">>;

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

/** The listings a search engine should know; the pages of dates without articles are left out. */
function indexableListings(model: SitemapModel): readonly IndexPage[] {
  return model.pages.indexes.filter(isIndexable);
}

/** Listings first (home leads), then directories and search, the site's own pages, then every article. */
export function sitemapEntries(model: SitemapModel): readonly SitemapEntry[] {
  const { pages } = model;
  const newest = latestModification(model.articles);
  const listings = indexableListings(model);
  const series = seriesModification(listings);
  return [
    ...listings.map((page) => ({
      path: page.path,
      lastModified: series.get(page.pagination.pagePaths[0] ?? page.path),
    })),
    ...pages.directories.map((page) => ({ path: page.path, lastModified: newest })),
    { path: pages.search.path, lastModified: newest },
    // A page of the site's own has no date the archive could trust, so it has no lastmod.
    ...(model.sitePages ?? []).flatMap((page) => (page.url !== undefined && isHtmlOutput(page.url) ? [{ path: page.url }] : [])),
    ...pages.articles.map((page) => ({ path: page.path, lastModified: lastModified(page.article) })),
  ];
}

/**
 * The sitemap's files: /sitemap.xml alone when the site has at most `limit` pages; otherwise
 * /sitemap.xml as the index of parts of at most `limit` URLs each, in the order of sitemapEntries.
 */
export function sitemapFiles(model: SitemapModel, limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  let entries: readonly SitemapEntry[] | undefined;
  const all = () => (entries ??= sitemapEntries(model));
  // As many as sitemapEntries gives (listings, directories, search, articles), known without making them.
  const count = indexableListings(model).length + model.pages.directories.length + 1 + model.pages.articles.length;
  if (count <= limit) return [{ path: SITEMAP_PATH, render: () => renderUrlSet(model, all()) }];

  const parts = Math.ceil(count / limit);
  const part = (n: number) => all().slice((n - 1) * limit, n * limit);
  return [
    { path: SITEMAP_PATH, render: () => renderSitemapIndex(model, parts, part) },
    ...Array.from({ length: parts }, (_, index) => ({ path: sitemapPartPath(index + 1), render: () => renderUrlSet(model, part(index + 1)) })),
  ];
}

/** The sitemap of a site small enough for one file. */
export function renderSitemap(model: SitemapModel): string {
  return renderUrlSet(model, sitemapEntries(model));
}

function renderUrlSet(model: SitemapModel, entries: readonly SitemapEntry[]): string {
  return serializeXml({
    urlset: {
      "@xmlns": SITEMAP_NS,
      url: entries.map((entry) => ({ loc: absoluteUrl(model.site, entry.path), lastmod: lastmodText(entry.lastModified, model) })),
    },
  });
}

/** Each part is dated by the latest change among its pages. */
function renderSitemapIndex(model: SitemapModel, parts: number, part: (n: number) => readonly SitemapEntry[]): string {
  return serializeXml({
    sitemapindex: {
      "@xmlns": SITEMAP_NS,
      sitemap: Array.from({ length: parts }, (_, index) => ({
        loc: absoluteUrl(model.site, sitemapPartPath(index + 1)),
        lastmod: lastmodText(latest(part(index + 1)), model),
      })),
    },
  });
}

function latest(entries: readonly SitemapEntry[]): DateTime | undefined {
  let newest: DateTime | undefined;
  for (const { lastModified } of entries) {
    if (lastModified !== undefined && (newest === undefined || lastModified.toMillis() > newest.toMillis())) newest = lastModified;
  }
  return newest;
}

function lastmodText(date: DateTime | undefined, model: SitemapModel): string | undefined {
  return date !== undefined ? isoDateTime(date, model.site) : undefined;
}
