// Model stage entry point: turns the rendered articles and the site config into the
// immutable ArchiveModel (every page of the site) plus the diagnostics found on the way.

import type { Diagnostic } from "../diagnostics";
import type { SiteConfig } from "../config/site-config";
import type { RenderedArticle } from "../content/types";
import type { SitePage } from "../pages/types";
import type {
  ArchiveDirectoryPage,
  ArchiveModel,
  Article,
  ArticlePage,
  NotFoundPage,
  SearchPage,
  Source,
  TermDirectoryPage,
  Topic,
} from "./types";
import { articlePath, articleSlug, duplicatePathDiagnostics } from "./article-paths";
import { buildFeeds } from "./feeds";
import { buildIndexPages } from "./index-pages";
import { mainNavigation } from "./navigation";
import { groupByPeriod } from "./periods";
import { relatedArticles } from "./related";
import { sortNewestFirst } from "./sort";
import { mergeArticleTerms, sortTermsByName } from "./terms";

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
): ArchiveBuild {
  const sorted = sortNewestFirst(articles);
  const terms = mergeArticleTerms(sorted);
  const modelArticles = Object.freeze(
    sorted.map((input, i) => toArticle(input, terms.articleTopics[i]!, terms.articleSources[i]!, site.timezone)),
  );
  const topics = Object.freeze(sortTermsByName(terms.topics, site.language));
  const sources = Object.freeze(sortTermsByName(terms.sources, site.language));
  const periods = groupByPeriod(modelArticles, (article) => article.date, site.timezone);

  const directories: readonly (TermDirectoryPage | ArchiveDirectoryPage)[] = Object.freeze([
    Object.freeze({ kind: "topics", path: "/topics/", terms: topics } as const),
    Object.freeze({ kind: "sources", path: "/sources/", terms: sources } as const),
    Object.freeze({ kind: "archive", path: "/archive/", years: periods.archive } as const),
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
        buildIndexPages({ articles: modelArticles, topics, sources, periods, pageSize: site.pageSize }),
      ),
      directories,
      notFound,
      search,
    }),
    feeds: buildFeeds(modelArticles, topics),
    sitePages: Object.freeze([...sitePages]),
    navigation: mainNavigation(sitePages),
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
