// Check stage driver: runs every stage up to the archive model without
// writing anything, adds the checks only `npm run check` makes (dates in the
// future) and returns the full report. Bad content never throws.

import { readFileSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { analyzeArchive } from "../pipeline/prepare-archive";
import type { SiteConfig } from "../config/site-config";
import { parseFrontMatter, type Position } from "../content/front-matter";
import { decodeUtf8 } from "../content/utf8";
import type { Diagnostic } from "../diagnostics";
import { applyStrict, checkedArticleCount, sortDiagnostics } from "./check-report";
import { futureDateDiagnostics } from "./future-dates";

export interface CheckOptions {
  readonly contentDir: string;
  readonly site: SiteConfig;
  /** Check articles marked `draft: true` too. @default false */
  readonly includeDrafts?: boolean;
  /** Treat warnings as errors. @default false */
  readonly strict?: boolean;
  /** The moment after which an article's date is "in the future". */
  readonly now: DateTime;
  /** Paths in messages are shown relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
  /** The site's own pages (Eleventy's input folder) and their template formats; none when absent. */
  readonly pagesDir?: string;
  readonly pageFormats?: readonly string[];
}

export interface CheckReport {
  /** Article files checked (drafts only with includeDrafts). */
  readonly articleCount: number;
  /** Every problem, sorted by file, line and column. */
  readonly diagnostics: readonly Diagnostic[];
}

export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const { model, diagnostics } = await analyzeArchive({
    contentDir: options.contentDir,
    site: options.site,
    includeDrafts: options.includeDrafts ?? false,
    displayBase: options.displayBase,
    pagesDir: options.pagesDir,
    pageFormats: options.pageFormats,
  });
  const future = futureDateDiagnostics(model.articles, options.now, (article) =>
    dateKeyPosition(path.join(options.contentDir, article.relativePath)),
  );
  const all = applyStrict([...diagnostics, ...future], options.strict ?? false);
  return {
    articleCount: checkedArticleCount(
      model.articles.map((article) => article.displayPath),
      all,
    ),
    diagnostics: sortDiagnostics(all),
  };
}

/**
 * Reads the file again for the position of its `date` key: positions do not travel
 * with articles, and only the rare future-dated article needs one.
 */
export function dateKeyPosition(file: string): Position | undefined {
  const decoded = decodeUtf8(readFileSync(file));
  if (!decoded.ok) return undefined;
  const parsed = parseFrontMatter(decoded.text);
  return parsed.ok ? parsed.frontMatter.keyPositions.get("date") : undefined;
}
