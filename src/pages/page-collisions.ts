// Pages stage: refuses a page of the site's own whose file would overwrite a
// file of the archive (an article, a listing, a feed, the search index…) or
// another page's, since both are written into one output folder.

import path from "node:path";
import type { Diagnostic } from "../diagnostics";
import type { ArchiveModel } from "../model/types";
import { siteFiles } from "../render/site-files";
import { PAGEFIND_DIR } from "../search/search-names";
import { listFiles } from "../build/output/list-files";
import { ASSETS_DIR, ASSETS_OUTPUT } from "../eleventy/project";
import { outputFileOf } from "./page-url";
import type { SitePage } from "./types";

/** The folder of the output the search index is written to, after every page. */
const RESERVED_FOLDERS = [`/${PAGEFIND_DIR}/`];

/** A file one page of the site's own writes, and where its URL comes from. */
export interface PageOutput {
  readonly displayPath: string;
  /** From the output folder: "/about/index.html". */
  readonly outputFile: string;
  /** The line of its `permalink`, or undefined when the file's name makes the URL. */
  readonly permalinkLine?: number;
  /** A file copied as it is (the static folder, a passthrough copy) rather than a page. */
  readonly copied?: boolean;
}

/** The archive's own files, from the output folder: its pages, feeds and other files, the files published with articles, and the stylesheet. */
export function archiveOutputs(model: ArchiveModel): ReadonlySet<string> {
  const assets = listFiles(ASSETS_DIR).map((file) => `${ASSETS_OUTPUT}/${file}`);
  return new Set([...siteFiles(model).map((file) => file.outputPath), ...model.files.map((file) => file.outputPath), ...assets]);
}

/** Collisions of the model's pages, whose URLs were worked out before Eleventy ran. */
export function pageCollisions(model: ArchiveModel): Diagnostic[] {
  const pages = model.sitePages.flatMap((page) =>
    page.url === undefined
      ? []
      : [{ displayPath: page.displayPath, outputFile: outputFileOf(page.url), permalinkLine: page.lines.url > 1 ? page.lines.url : undefined }],
  );
  return pages.length === 0 ? [] : outputCollisions(pages, archiveOutputs(model));
}

export function outputCollisions(pages: readonly PageOutput[], archive: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const taken = new Map<string, string>();
  for (const page of pages) {
    const file = page.outputFile;
    const clash = archive.has(file)
      ? `the archive's own ${file}`
      : RESERVED_FOLDERS.some((folder) => file.startsWith(folder))
        ? `the folder ${file.slice(0, file.indexOf("/", 1) + 1)}, which the build writes`
        : taken.has(file)
          ? `${file} of ${taken.get(file)}`
          : undefined;
    taken.set(file, page.displayPath);
    if (clash === undefined) continue;
    if (page.copied === true) {
      const message = `copied file: it would be written to ${file}, which would overwrite ${clash}; rename or move the file`;
      diagnostics.push({ severity: "error", file: page.displayPath, message });
      continue;
    }
    const fix = page.permalinkLine === undefined ? "rename the file or give it a `permalink`" : "choose another `permalink`";
    diagnostics.push({
      severity: "error",
      file: page.displayPath,
      line: page.permalinkLine ?? 1,
      column: 1,
      message: `${page.permalinkLine === undefined ? "URL" : "permalink"}: this page would be written to ${file}, which would overwrite ${clash}; ${fix}`,
    });
  }
  return diagnostics;
}

/**
 * Pages that were checked and put in the navigation and sitemap but that Eleventy did not render
 * (`renderedInputs`: the templates it did, absolute paths), e.g. because .gitignore or
 * .eleventyignore names them: an error, or the navigation would link to a missing page.
 */
export function unrenderedPages(pages: readonly SitePage[], pagesDir: string, renderedInputs: ReadonlySet<string>): Diagnostic[] {
  return pages
    .filter((page) => page.url !== undefined && !renderedInputs.has(path.resolve(pagesDir, page.relativePath)))
    .map((page) => ({
      severity: "error" as const,
      file: page.displayPath,
      line: 1,
      column: 1,
      message:
        "Eleventy did not render this page, though it is in the pages folder: it is ignored (by .gitignore, .eleventyignore or an `ignores` entry in the Eleventy configuration); remove it from the ignores, or move the file out of the pages folder",
    }));
}
