// Archive model: the typed, immutable description of the whole site that the
// model stage builds and the render stage turns into pages. Paths here never
// carry the site's path prefix; links get it when rendered (see render/links).

import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { SitePage } from "../pages/types";
import type { Anniversary, AnniversaryDay, DaySpan, MonthCalendar, TermLink, Timeline, Volume, YearLink, YearOverview } from "./time-types";

export type * from "./time-types";

/** A merged topic or a source: a named group of articles with its own pages. */
export interface Term {
  /** Display name: the most used spelling (ties: the first seen in date order). */
  readonly name: string;
  /** URL segment; unique among terms of the same kind; may hold non-Latin letters. */
  readonly slug: string;
  /** Page path, e.g. "/topics/north-korea/". */
  readonly path: string;
  readonly count: number;
}

export interface Source extends Term {
  /** The outlet's homepage, when any article gave `source: {name, url}`. */
  readonly url?: string;
}

export type Topic = Term;

export interface Article {
  readonly relativePath: string;
  readonly displayPath: string;
  readonly slug: string;
  /** "/YYYY/MM/DD/slug/" from the date in the site timezone. */
  readonly path: string;
  readonly title: string;
  readonly date: DateTime;
  readonly dateOnly: boolean;
  readonly updated?: DateTime;
  /** True when `updated` gave only a calendar date (no time of day to show). */
  readonly updatedDateOnly?: boolean;
  readonly source: Source;
  readonly topics: readonly Topic[];
  readonly summary: string;
  readonly author?: string;
  readonly originalUrl?: string;
  readonly bodyHtml: string;
}

/** A link to another page, as shown in navigation. */
export interface PageLink {
  /** A path of the site; in the main navigation, a link site.config.json adds may be a URL of its own (see addressHref). */
  readonly path: string;
  readonly label: string;
}

/** Where a paginated page sits among its siblings. */
export interface Pagination {
  /** 1-based. */
  readonly pageNumber: number;
  readonly totalPages: number;
  readonly totalItems: number;
  /** Path of every page in the series, first to last. */
  readonly pagePaths: readonly string[];
  readonly previous?: string;
  readonly next?: string;
  /** Aligned with `pagePaths`: the days each page's articles cover. Absent when the series lists nothing. */
  readonly spans?: readonly DaySpan[];
}

export type PeriodKind = "year" | "month" | "day";

/** A calendar period with articles, in the site timezone. */
export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** "/2023/", "/2023/08/", "/2023/08/06/". */
  readonly path: string;
  readonly count: number;
}

/** Where a period sits: its parent, and the nearest earlier / later period of the same kind with articles. */
interface PeriodPlace {
  readonly period: Period;
  /** The enclosing period (month for a day, year for a month), absent for a year. */
  readonly parent?: Period;
  readonly previous?: Period;
  readonly next?: Period;
  /** On year pages: articles per month. */
  readonly overview?: YearOverview;
  /** On month pages: articles per day. */
  readonly calendar?: MonthCalendar;
}

/** What an index page lists. */
export type Listing =
  | {
      readonly kind: "home";
      /** The newest article's day of the year, when earlier years have articles on it too. */
      readonly onThisDay?: { readonly day: AnniversaryDay; readonly count: number };
    }
  | {
      readonly kind: "topic";
      readonly topic: Topic;
      readonly timeline: Timeline;
      /** The topics most often given together with this one, most often first. */
      readonly related: readonly TermLink[];
    }
  | { readonly kind: "source"; readonly source: Source; readonly timeline: Timeline }
  | {
      readonly kind: "topic-year";
      readonly topic: TermLink;
      readonly year: number;
      /** The topic's nearest earlier / later year with articles. */
      readonly previous?: YearLink;
      readonly next?: YearLink;
    }
  | (PeriodPlace & {
      readonly kind: "period";
      /** On day pages: the same day in other years, when they have articles. */
      readonly otherYears?: AnniversaryDay;
    })
  /** A year, month or day without articles inside the archive's range, which a reader may still ask for. */
  | (PeriodPlace & { readonly kind: "empty-period" })
  | {
      readonly kind: "on-this-day";
      readonly day: AnniversaryDay;
      /** The nearest days of the year with articles, round the turn of the year. */
      readonly previous?: AnniversaryDay;
      readonly next?: AnniversaryDay;
    };

export interface ArticlePage {
  readonly kind: "article";
  readonly path: string;
  readonly article: Article;
  /** The article just before / after this one in time (site-wide). */
  readonly previous?: Article;
  readonly next?: Article;
  /** Up to 5, best first. */
  readonly related: readonly Article[];
}

export interface IndexPage {
  readonly kind: "index";
  readonly path: string;
  readonly listing: Listing;
  readonly articles: readonly Article[];
  readonly pagination: Pagination;
}

export interface TermDirectoryPage {
  readonly kind: "topics" | "sources";
  readonly path: string;
  /** A–Z by display name (locale-aware). */
  readonly terms: readonly Term[];
  /** The terms with the most articles, most first. */
  readonly mostCovered: readonly Term[];
}

export interface ArchiveYear extends Period {
  readonly months: readonly Period[];
}

export interface ArchiveDirectoryPage {
  readonly kind: "archive";
  readonly path: "/archive/";
  /** Newest year first; months in calendar order within a year. */
  readonly years: readonly ArchiveYear[];
  /** Articles per month from the first month with articles to the last. */
  readonly volume: Volume;
}

/** /on-this-day/: every day of the year with articles, January to December. */
export interface OnThisDayDirectoryPage {
  readonly kind: "on-this-day";
  readonly path: "/on-this-day/";
  readonly days: readonly Anniversary[];
}

export type DirectoryPage = TermDirectoryPage | ArchiveDirectoryPage | OnThisDayDirectoryPage;

export interface NotFoundPage {
  readonly kind: "not-found";
  /** Written as /404.html, the name static hosts look for. */
  readonly path: "/404.html";
}

/** Full-text search over the article pages (Pagefind), with topic, source and year filters. */
export interface SearchPage {
  readonly kind: "search";
  readonly path: "/search/";
}

export type Page = ArticlePage | IndexPage | DirectoryPage | NotFoundPage | SearchPage;

/** A feed of the latest articles of the site or of one topic. */
export interface Feed {
  /** "/feed.xml" (Atom), "/feed.json" (JSON Feed 1.1), "/topics/<slug>/feed.xml" (Atom). */
  readonly path: string;
  readonly format: "atom" | "json";
  /** "Latest articles" or the topic name; renderers prefix the site title. */
  readonly title: string;
  /** The HTML page the feed follows, which links to it with `<link rel="alternate">`. */
  readonly pagePath: string;
  /** Newest first, at most FEED_SIZE. */
  readonly articles: readonly Article[];
}

/** A file of the content folder published with an article: as it is, or a resized copy of an image. */
export interface PublishedFile {
  /** Where it goes, from the output folder: "/2019/05/01/slug/map.png". */
  readonly outputPath: string;
  /** The real path of the content file it is made from. */
  readonly source: string;
  /** For a resized copy of an image: its width and the format sharp writes. */
  readonly variant?: { readonly width: number; readonly format: string };
  /** What decides whether the previous output already holds it (source, size, modification time, settings). */
  readonly fingerprint: string;
  /** The article it is published with, as shown in messages. */
  readonly owner: string;
}

/** An old address of an article (front matter `aliases`), which sends readers on to it. */
export interface Redirect {
  /** The old path, decoded, from the site's root without the prefix: "/2019/05/old-title/". */
  readonly from: string;
  /** The old address's query, when it had one ("p=123"): only a host's redirect rules can match it. */
  readonly query?: string;
  /** The redirect page written at the old path ("/2019/05/old-title/index.html"); absent when no file can answer it. */
  readonly outputPath?: string;
  /** The article's page path and title. */
  readonly to: string;
  readonly title: string;
  /** The article's file as shown in messages, and the line of the key that lists the alias. */
  readonly displayPath: string;
  readonly line: number;
}

export interface ArchiveModel {
  readonly site: SiteConfig;
  /** Newest first. */
  readonly articles: readonly Article[];
  /** A–Z. */
  readonly topics: readonly Topic[];
  readonly sources: readonly Source[];
  /** Newest first. */
  readonly years: readonly ArchiveYear[];
  /** Every page of the site, grouped by the template that renders it. */
  readonly pages: {
    readonly articles: readonly ArticlePage[];
    readonly indexes: readonly IndexPage[];
    readonly directories: readonly DirectoryPage[];
    readonly notFound: NotFoundPage;
    readonly search: SearchPage;
  };
  /** Site-wide Atom and JSON feeds, then one Atom feed per topic (A–Z). */
  readonly feeds: readonly Feed[];
  /** The site's own pages (Eleventy templates in the pages folder), which Eleventy renders. */
  readonly sitePages: readonly SitePage[];
  /** The main navigation: the archive's sections and the pages that asked for a place. */
  readonly navigation: readonly PageLink[];
  /** Files published with the articles (bundles, files they refer to, resized images), by output path. */
  readonly files: readonly PublishedFile[];
  /** The articles' old addresses. */
  readonly redirects: readonly Redirect[];
}
