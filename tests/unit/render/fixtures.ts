// Test helpers for the render stage: small hand-built model objects with
// luxon dates in an explicit zone, so no test depends on the machine's zone.

import { DateTime } from "luxon";
import { parse, type HTMLElement } from "node-html-parser";
import { defaultSiteConfig, type SiteConfig } from "../../../src/config/site-config";
import type {
  ArchiveDirectoryPage,
  ArchiveYear,
  Article,
  ArticlePage,
  IndexPage,
  Listing,
  Pagination,
  Source,
  TermDirectoryPage,
  Timeline,
  Topic,
} from "../../../src/model/types";
import type { Page } from "../../../src/model/types";
import type { RenderContext } from "../../../src/render/context";
import { renderPage } from "../../../src/render/render-page";

export const ZONE = "Europe/Berlin";

export function makeSite(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return { ...defaultSiteConfig, title: "Test Archive", timezone: ZONE, language: "en-GB", ...overrides };
}

export function makeContext(overrides: Partial<SiteConfig> = {}): RenderContext {
  return { site: makeSite(overrides) };
}

export function makeTopic(name: string, slug = name.toLowerCase().replace(/\s+/g, "-"), count = 1): Topic {
  return { name, slug, path: `/topics/${slug}/`, count };
}

export function makeSource(name: string, url?: string, count = 1): Source {
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  return { name, slug, path: `/sources/${slug}/`, count, ...(url !== undefined ? { url } : {}) };
}

export function at(iso: string, zone = ZONE): DateTime {
  const date = DateTime.fromISO(iso, { zone });
  if (!date.isValid) throw new Error(`bad test date ${iso}`);
  return date;
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const date = overrides.date ?? at("2023-08-06T14:30:00");
  const slug = overrides.slug ?? "factories-reopen";
  return {
    relativePath: `${slug}.md`,
    displayPath: `content/${slug}.md`,
    slug,
    path: `${date.setZone(ZONE).toFormat("/yyyy/MM/dd/")}${slug}/`,
    title: "Factories reopen after the storm",
    date,
    dateOnly: false,
    source: makeSource("Daily Ledger"),
    topics: [makeTopic("Economy"), makeTopic("Weather")],
    summary: "Production resumed on Monday.",
    bodyHtml: "<p>Production resumed on <em>Monday</em>.</p>",
    ...overrides,
  };
}

/** A series of `n` distinct articles, newest first, one day apart. */
export function makeArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) =>
    makeArticle({
      slug: `story-${i + 1}`,
      title: `Story number ${i + 1}`,
      date: at("2023-08-20T09:00:00").minus({ days: i }),
    }),
  );
}

/** An article with every optional field filled, for tests that need all of the page. */
export function makeArticleFixture(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    author: "Mira Okafor",
    originalUrl: "https://ledger.example/story/123",
    updated: at("2023-08-07T09:15:00"),
    source: makeSource("Daily Ledger", "https://ledger.example"),
    topics: [makeTopic("Economy"), makeTopic("북한", "북한")],
    ...overrides,
  });
}

export function makeArticlePage(overrides: Partial<ArticlePage> = {}): ArticlePage {
  const article = overrides.article ?? makeArticle();
  return { kind: "article", path: article.path, article, related: [], ...overrides };
}

/** Pagination for page `pageNumber` of `totalPages` of a series rooted at `base`. */
export function makePagination(pageNumber: number, totalPages: number, base = "/", totalItems = totalPages * 10): Pagination {
  const pagePaths = Array.from({ length: totalPages }, (_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));
  return {
    pageNumber,
    totalPages,
    totalItems,
    pagePaths,
    ...(pageNumber > 1 ? { previous: pagePaths[pageNumber - 2] } : {}),
    ...(pageNumber < totalPages ? { next: pagePaths[pageNumber] } : {}),
  };
}

export function makeIndexPage(listing: Listing, options: { pageNumber?: number; totalPages?: number; base?: string; articles?: readonly Article[] } = {}): IndexPage {
  const { pageNumber = 1, totalPages = 1, base = "/", articles = makeArticles(3) } = options;
  const pagination = makePagination(pageNumber, totalPages, base, totalPages === 1 ? articles.length : totalPages * 10);
  return { kind: "index", path: pagination.pagePaths[pageNumber - 1] ?? base, listing, articles, pagination };
}

/** Renders and parses a page; `html` is the raw document for string-level checks. */
export function renderParsed(page: Page, context: RenderContext): { readonly html: string; readonly root: HTMLElement } {
  const html = renderPage(page, context);
  return { html, root: parse(html) };
}

/** Every href on links and stylesheets, in document order. */
export function allHrefs(root: HTMLElement): string[] {
  return root.querySelectorAll("a[href], link[href]").map((el) => el.getAttribute("href") ?? "");
}

export function text(el: HTMLElement | null): string {
  return (el?.text ?? "").replace(/\s+/g, " ").trim();
}

/** A topic's listing with a one-year timeline, as the model gives every topic. */
export function topicListing(topic: Topic, overrides: Partial<Extract<Listing, { kind: "topic" }>> = {}): Listing {
  return { kind: "topic", topic, timeline: SAMPLE_TIMELINE, related: [], ...overrides };
}

export function sourceListing(source: Source): Listing {
  return { kind: "source", source, timeline: SAMPLE_TIMELINE };
}

export const SAMPLE_TIMELINE: Timeline = {
  first: { year: 2023, month: 8, day: 6 },
  last: { year: 2023, month: 8, day: 20 },
  volume: { unit: "month", buckets: Array.from({ length: 12 }, (_, i) => ({ year: 2023, month: i + 1, count: i === 7 ? 3 : 0 })) },
  years: [{ year: 2023, count: 3, path: "/topics/economy/" }],
};

/** The topics or sources directory, without a "most covered" section unless one is given. */
export function termDirectory(kind: "topics" | "sources", terms: readonly Topic[], mostCovered: readonly Topic[] = []): TermDirectoryPage {
  return { kind, path: `/${kind}/`, terms, mostCovered };
}

/** The archive directory, its volume counted from the years' months. */
export function archiveDirectory(years: readonly ArchiveYear[]): ArchiveDirectoryPage {
  const months = years.flatMap((year) => year.months).sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0));
  return { kind: "archive", path: "/archive/", years, volume: { unit: "month", buckets: months.map((m) => ({ year: m.year, month: m.month, count: m.count })) } };
}
