// Pipeline driver for the stages before Eleventy: load and validate content,
// render Markdown, resolve the bodies' links and files, build the archive
// model. Writes nothing (but the caches it is given).

import { configWarnings, type SiteConfig } from "../config/site-config";
import { loadContent, toDisplayPath } from "../content/load-content";
import { ContentError, hasErrors, type Diagnostic } from "../diagnostics";
import { prestartRenderThreads, renderArticlesCached, type CachedRenderOptions, type RenderStats } from "../markdown/cached-render";
import { stopRenderThreads, type RenderThreads } from "../markdown/render-pool";
import type { ImageCache } from "../images/image-cache";
import { buildArchive } from "../model/build-archive";
import type { ArchiveModel } from "../model/types";
import { loadPages } from "../pages/load-pages";
import { pageCollisions } from "../pages/page-collisions";
import { linkBodies, referenceChecks } from "./link-stage";
import { loadTheme } from "../theme/load-theme";
import type { ProgressListener } from "./progress";

export interface PrepareOptions {
  /** Folder of Markdown articles (nested folders allowed). */
  readonly contentDir: string;
  readonly site: SiteConfig;
  /** Include articles with `draft: true`. @default false */
  readonly includeDrafts?: boolean;
  /** Treat warnings as errors. @default false */
  readonly strict?: boolean;
  /** The site's own pages: Eleventy's input folder (see src/pages). @default none */
  readonly pagesDir?: string;
  /** The template formats Eleventy renders in the pages folder. @default PAGE_FORMATS */
  readonly pageFormats?: readonly string[];
  /** Paths in messages are shown relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
  /** Keep rendered Markdown in `<cacheDir>/render/` for the next build. @default no cache */
  readonly cacheDir?: string;
  /** Threads for rendering Markdown, and the fewest uncached articles worth starting them for (see cached-render). */
  readonly renderThreads?: number;
  readonly renderThreadThreshold?: number;
  readonly progress?: ProgressListener;
  /** Gives the bodies' images resized copies (a build); without it they are published as they are. @default none */
  readonly images?: ImageCache;
  /** Show at most a few reference problems of one kind per file, and count the rest (a build; `check` shows all). @default false */
  readonly summarise?: boolean;
}

export interface AnalyzedArchive {
  /** Built from the articles that have no errors. */
  readonly model: ArchiveModel;
  /** Every problem found, errors and warnings, in file order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly renderStats: RenderStats;
}

/** Runs every stage up to the model and collects every problem; never throws for bad content. */
export async function analyzeArchive(options: PrepareOptions): Promise<AnalyzedArchive> {
  const progress = options.progress;
  progress?.({ phase: "load", done: 0 });
  const renderOptions: CachedRenderOptions = {
    allowedIframeHosts: options.site.allowedIframeHosts,
    contentDir: options.contentDir,
    cacheDir: options.cacheDir,
    threads: options.renderThreads,
    threadThreshold: options.renderThreadThreshold,
    onProgress: (done, total, reused) => progress?.({ phase: "render", done, total, reused }),
  };
  let started: RenderThreads | undefined;
  let loaded: Awaited<ReturnType<typeof loadContent>>;
  try {
    loaded = await loadContent({
      contentDir: options.contentDir,
      zone: options.site.timezone,
      includeDrafts: options.includeDrafts ?? false,
      displayBase: options.displayBase,
      onFiles: (count) => (started = prestartRenderThreads(renderOptions, count)),
    });
  } catch (error) {
    if (started !== undefined) await stopRenderThreads(started);
    throw error;
  }
  progress?.({ phase: "load", done: loaded.articles.length, finished: true });
  const rendered = await renderArticlesCached(loaded.articles, { ...renderOptions, started });
  progress?.({ phase: "render", done: loaded.articles.length, finished: true });
  // The site's own labels and components are needed from the model on (navigation, feed titles).
  const theme = await loadTheme(options.site, options.displayBase);
  const pages =
    options.pagesDir === undefined
      ? { pages: [], diagnostics: [] }
      : await loadPages({ pagesDir: options.pagesDir, formats: options.pageFormats, displayBase: options.displayBase });
  const contentDisplay = toDisplayPath(options.displayBase ?? process.cwd(), options.contentDir);
  const linkOptions = { site: options.site, files: loaded.files, withoutArticle: loaded.withoutArticle, contentDisplay, sitePages: pages.pages, images: options.images };
  const linked = linkBodies(rendered.articles, linkOptions);
  const { model, diagnostics } = buildArchive(linked.articles, options.site, pages.pages, linked.files);
  const references = referenceChecks(model, linked, { contentDisplay, summarise: options.summarise ?? false });
  const all = [...configWarnings(options.site), ...theme, ...loaded.diagnostics, ...rendered.diagnostics, ...pages.diagnostics, ...diagnostics, ...references, ...pageCollisions(model)];
  return { model, diagnostics: options.strict ? all.map(asError) : all, renderStats: rendered.stats };
}

export interface PreparedArchive {
  readonly model: ArchiveModel;
  /** Warnings only: any error throws. */
  readonly warnings: readonly Diagnostic[];
  readonly renderStats: RenderStats;
}

/** Like analyzeArchive, but throws a ContentError carrying every problem when any is an error. */
export async function prepareArchive(options: PrepareOptions): Promise<PreparedArchive> {
  const { model, diagnostics, renderStats } = await analyzeArchive(options);
  if (hasErrors(diagnostics)) throw new ContentError(diagnostics);
  return { model, warnings: diagnostics, renderStats };
}

function asError(diagnostic: Diagnostic): Diagnostic {
  return diagnostic.severity === "error" ? diagnostic : { ...diagnostic, severity: "error" };
}
