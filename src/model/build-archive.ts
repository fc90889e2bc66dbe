// Model stage entry point: turns the rendered articles and the site config into the
// immutable ArchiveModel (every page of the site) plus the diagnostics found on the way.

import type { Diagnostic } from "../diagnostics";
import type { SiteConfig } from "../config/site-config";
import type { RenderedArticle } from "../content/types";
import { labelsOf } from "../i18n/labels-of";
import type { SitePage } from "../pages/types";
import type { ArchiveModel, Article, ArticlePage, DirectoryPage, NotFoundPage, PublishedFile, SearchPage, Source, Topic } from "./types";
import { articlePath, articleSlug, duplicatePathDiagnostics } from "./article-paths";
import { calendarDay } from "./calendar";
import { buildFeeds } from "./feeds";
import { buildIndexPages, HEADLINE_PAGE_FACTOR } from "./index-pages";
import { mainNavigation } from "./navigation";
import { buildOnThisDay } from "./on-this-day";
import { groupByPeriod } from "./periods";
import { buildRedirects } from "./redirects";
import { relatedArticles } from "./related";
import { sortNewestFirst } from "./sort";
import { mergeArticleTerms, sortTermsByCount, sortTermsByName } from "./terms";
import { monthVolume, newTally, tallyDay } from "./volume";

/** How many terms a directory shows first as the most covered. */
export const MOST_COVERED = 24;

export interface ArchiveBuild {
  readonly model: ArchiveModel;
  /** Duplicate article paths (errors) and term slug collisions (warnings). */
  readonly diagnostics: Diagnostic[];
}

/**
 * Builds the whole model. Runs in about O(n log n) for n articles, so archives of a
 * hundred thousand articles build in seconds. Errors are reported, not thrown: the
 * caller decides whether to stop (see `hasErrors`).
 */
export function buildArchive(
  articles: readonly RenderedArticle[],
  site: SiteConfig,
  sitePages: readonly SitePage[] = [],
  files: readonly PublishedFile[] = [],
): ArchiveBuild {
  const sorted = sortNewestFirst(articles);
  const terms = mergeArticleTerms(sorted);
  const modelArticles = Object.freeze(
    sorted.map((input, i) => toArticle(input, terms.articleTopics[i]!, terms.articleSources[i]!, site.timezone)),
  );
  const topics = Object.freeze(sortTermsByName(terms.topics, site.language));
  const sources = Object.freeze(sortTermsByName(terms.sources, site.language));
  const periods = groupByPeriod(modelArticles, (article) => article.date, site.timezone);
  const onThisDay = buildOnThisDay(modelArticles, site.timezone, site.pageSize * HEADLINE_PAGE_FACTOR);
  const tally = newTally();
  for (const article of modelArticles) tallyDay(tally, calendarDay(article.date, site.timezone));
  const mostCovered = (terms: readonly Topic[]) => Object.freeze(sortTermsByCount(terms, site.language).slice(0, MOST_COVERED));

  const directories: readonly DirectoryPage[] = Object.freeze([
    Object.freeze({ kind: "topics", path: "/topics/", terms: topics, mostCovered: mostCovered(topics) } as const),
    Object.freeze({ kind: "sources", path: "/sources/", terms: sources, mostCovered: mostCovered(sources) } as const),
    Object.freeze({ kind: "archive", path: "/archive/", years: periods.archive, volume: monthVolume(tally) } as const),
    Object.freeze({ kind: "on-this-day", path: "/on-this-day/", days: onThisDay.days } as const),
  ]);
  const notFound: NotFoundPage = Object.freeze({ kind: "not-found", path: "/404.html" });
  const search: SearchPage = Object.freeze({ kind: "search", path: "/search/" });

  const model: ArchiveModel = Object.freeze({
    site,
    articles: modelArticles,
    topics,
    sources,
    years: periods.archive,
    pages: Object.freeze({
      articles: Object.freeze(articlePages(modelArticles)),
      indexes: Object.freeze(
        buildIndexPages({ articles: modelArticles, topics, sources, periods, onThisDay, pageSize: site.pageSize, zone: site.timezone }),
      ),
      directories,
      notFound,
      search,
    }),
    feeds: buildFeeds(modelArticles, topics, labelsOf(site).latestArticles),
    sitePages: Object.freeze([...sitePages]),
    navigation: mainNavigation(sitePages, site),
    files: Object.freeze([...files]),
    redirects: Object.freeze(
      sorted.some((input) => (input.aliases?.length ?? 0) > 0)
        ? buildRedirects(sorted.map((input, i) => ({ ...input, path: modelArticles[i]!.path, title: modelArticles[i]!.title })))
        : [],
    ),
  });
  const placed = modelArticles.map((article, i) => ({ ...article, line: sorted[i]!.keyLines?.slug ?? sorted[i]!.keyLines?.date }));
  return { model, diagnostics: [...duplicatePathDiagnostics(placed), ...terms.diagnostics] };
}

function toArticle(input: RenderedArticle, topics: readonly Topic[], source: Source, zone: string): Article {
  const slug = articleSlug(input);
  const date = input.date.setZone(zone);
  return Object.freeze({
    relativePath: input.relativePath,
    displayPath: input.displayPath,
    slug,
    path: articlePath(date, slug, zone),
    title: input.title,
    date,
    dateOnly: input.dateOnly,
    updated: input.updated?.setZone(zone),
    updatedDateOnly: input.updatedDateOnly,
    source,
    topics,
    summary: input.summaryText,
    author: input.author,
    originalUrl: input.originalUrl,
    bodyHtml: input.bodyHtml,
  });
}

/** `articles` newest first: the previous (older) article is the next one in the list. */
function articlePages(articles: readonly Article[]): ArticlePage[] {
  const related = relatedArticles(articles, (article) => article.topics, (article) => article.date.toMillis());
  return articles.map((article, i) =>
    Object.freeze({
      kind: "article",
      path: article.path,
      article,
      previous: articles[i + 1],
      next: articles[i - 1],
      related: related[i]!,
    }),
  );
}
