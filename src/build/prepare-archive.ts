// Pipeline driver for the stages before Eleventy: load and validate content,
// render Markdown, build the archive model. Writes nothing.

import type { SiteConfig } from "../config/site-config";
import { loadContent } from "../content/load-content";
import { ContentError, hasErrors, type Diagnostic } from "../diagnostics";
import { renderArticles } from "../markdown/render-articles";
import { buildArchive } from "../model/build-archive";
import type { ArchiveModel } from "../model/types";

export interface PrepareOptions {
  /** Folder of Markdown articles (nested folders allowed). */
  readonly contentDir: string;
  readonly site: SiteConfig;
  /** Include articles with `draft: true`. @default false */
  readonly includeDrafts?: boolean;
  /** Treat warnings as errors. @default false */
  readonly strict?: boolean;
  /** Paths in messages are shown relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
}

export interface AnalyzedArchive {
  /** Built from the articles that have no errors. */
  readonly model: ArchiveModel;
  /** Every problem found, errors and warnings, in file order. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Runs every stage up to the model and collects every problem; never throws for bad content. */
export async function analyzeArchive(options: PrepareOptions): Promise<AnalyzedArchive> {
  const loaded = await loadContent({
    contentDir: options.contentDir,
    zone: options.site.timezone,
    includeDrafts: options.includeDrafts ?? false,
    displayBase: options.displayBase,
  });
  const rendered = renderArticles(loaded.articles, { allowedIframeHosts: options.site.allowedIframeHosts });
  const { model, diagnostics } = buildArchive(rendered, options.site);
  const all = [...loaded.diagnostics, ...diagnostics];
  return { model, diagnostics: options.strict ? all.map(asError) : all };
}

export interface PreparedArchive {
  readonly model: ArchiveModel;
  /** Warnings only: any error throws. */
  readonly warnings: readonly Diagnostic[];
}

/** Like analyzeArchive, but throws a ContentError carrying every problem when any is an error. */
export async function prepareArchive(options: PrepareOptions): Promise<PreparedArchive> {
  const { model, diagnostics } = await analyzeArchive(options);
  if (hasErrors(diagnostics)) throw new ContentError(diagnostics);
  return { model, warnings: diagnostics };
}

function asError(diagnostic: Diagnostic): Diagnostic {
  return diagnostic.severity === "error" ? diagnostic : { ...diagnostic, severity: "error" };
}
