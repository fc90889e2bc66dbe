// Pipeline driver, the references between the model's parts: before the model
// is built, links and files of the article bodies are resolved (see
// src/model/link-articles.ts); once it is built, what only the whole site can
// tell — links to listings and feeds, old addresses that collide with a page
// or file — is checked, and every problem becomes a diagnostic.

import type { SiteConfig } from "../config/site-config";
import type { DiscoveredFile } from "../content/discover";
import type { RenderedArticle } from "../content/types";
import type { Diagnostic } from "../diagnostics";
import type { ImageCache } from "../images/image-cache";
import { listFiles } from "../build/output/list-files";
import { linkArticles, type LinkedArticles } from "../model/link-articles";
import { redirectCollisions } from "../model/redirects";
import { referenceDiagnostics, unpublishedFiles, unresolvedReferences } from "../model/reference-problems";
import type { ArchiveModel } from "../model/types";
import { archiveOutputs } from "../pages/page-collisions";
import { outputFileOf } from "../pages/page-url";
import type { SitePage } from "../pages/types";
import { outputPathFor } from "../render/site-files";
import { PAGEFIND_DIR } from "../search/search-names";

export interface LinkStageOptions {
  readonly site: SiteConfig;
  readonly files: ReadonlyMap<string, DiscoveredFile>;
  readonly withoutArticle: readonly string[];
  /** The content folder as shown in messages. */
  readonly contentDisplay: string;
  readonly sitePages: readonly SitePage[];
  readonly images?: ImageCache;
}

/** Resolves the references of every body; the static folder is listed here, once. */
export function linkBodies(articles: readonly RenderedArticle[], options: LinkStageOptions): LinkedArticles & { readonly staticFiles: readonly string[] } {
  const staticFiles = listFiles(options.site.static).map((file) => `/${file}`);
  return { ...linkArticles(articles, { ...options, staticFiles }), staticFiles };
}

/** The warnings about references and unpublished files, and the errors about colliding old addresses. */
export function referenceChecks(
  model: ArchiveModel,
  linked: LinkedArticles & { readonly staticFiles: readonly string[] },
  options: { readonly contentDisplay: string; readonly summarise: boolean },
): Diagnostic[] {
  // Listing every output of the site takes a while on a large archive; most need not.
  if (linked.pending.length === 0 && model.redirects.length === 0) {
    return [...referenceDiagnostics(linked.problems, options.summarise), ...unpublishedFiles(linked.unpublished, options.contentDisplay)];
  }
  const archive = archiveOutputs(model);
  const sitePages = model.sitePages.flatMap((page) => (page.url === undefined ? [] : [outputFileOf(page.url)]));
  const everything = [...archive, ...linked.staticFiles, ...sitePages, `/${PAGEFIND_DIR}/`];
  const unresolved = unresolvedReferences(linked.pending, everything, model.site.static);
  return [
    ...referenceDiagnostics([...linked.problems, ...unresolved], options.summarise),
    ...unpublishedFiles(linked.unpublished, options.contentDisplay),
    ...redirectCollisions(model.redirects, takenOutputs(model, archive)),
  ];
}

/** What each output path of the site is, in words, for an old address that would take its place. */
function takenOutputs(model: ArchiveModel, archive: ReadonlySet<string>): Map<string, string> {
  const taken = new Map<string, string>();
  const redirectPages = new Set(model.redirects.map((redirect) => redirect.outputPath));
  for (const output of archive) if (!redirectPages.has(output)) taken.set(output, `the archive's own ${output}`);
  for (const page of model.pages.articles) taken.set(outputPathFor(page.path), `the page of ${page.article.displayPath}`);
  for (const file of model.files) taken.set(file.outputPath, `a file published with ${file.owner}`);
  for (const page of model.sitePages) if (page.url !== undefined) taken.set(outputFileOf(page.url), `the page ${page.displayPath}`);
  return taken;
}
