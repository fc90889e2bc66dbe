// Import stage driver: reads what the content folder already holds, runs the
// importer for the kind of input, writes its articles (or only decides, on a
// dry run) and returns the report. Bad input never throws: each item that
// cannot be imported is in the report with why.

import path from "node:path";
import type { SiteConfig } from "../config/site-config";
import { toDisplayPath } from "../content/load-content";
import { readExistingArchive } from "./existing-archive";
import type { ImportReport } from "./import-report";
import type { ImportContext, ImporterResult } from "./types";
import { hugo } from "./hugo/hugo-site";
import { jekyll } from "./jekyll/jekyll-site";
import { importStaticSite, type StaticSiteOptions } from "./static-site/import-static-site";
import { importWire, type WireOptions } from "./wire/import-wire";
import { importWordPress, type WordPressOptions } from "./wordpress/import-wordpress";
import { writeArticles, type WriteOutcome } from "./write-articles";

export const IMPORT_KINDS = ["wire", "wordpress", "jekyll", "hugo"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportOptions {
  readonly kind: ImportKind;
  /** Files or folders, as given on the command line. */
  readonly inputs: readonly string[];
  readonly contentDir: string;
  readonly site: SiteConfig;
  /** Decide and report everything, write nothing. @default false */
  readonly dryRun?: boolean;
  /** Paths in the report are shown relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
  /** For `wire`. */
  readonly wire?: WireOptions;
  /** For `wordpress`. */
  readonly wordpress?: WordPressOptions;
  /** For `jekyll` and `hugo`. */
  readonly staticSite?: StaticSiteOptions;
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const base = options.displayBase ?? process.cwd();
  const existing = await readExistingArchive(options.contentDir, options.site.timezone, base);
  const context: ImportContext = {
    zone: options.site.timezone,
    existing,
    shown: (file) => toDisplayPath(base, path.resolve(file)),
    allowedIframeHosts: options.site.allowedIframeHosts,
  };
  const result = runImporter(options, context);
  const skipped: WriteOutcome[] = result.skipped.map((item) => ({ kind: "skipped", from: item.from, reason: item.reason }));
  const written = writeArticles(result.articles, {
    contentDir: options.contentDir,
    zone: options.site.timezone,
    existing,
    dryRun: options.dryRun,
    displayBase: base,
  });
  return { outcomes: [...skipped, ...written], notes: result.notes, dryRun: options.dryRun ?? false };
}

function runImporter(options: ImportOptions, context: ImportContext): ImporterResult {
  switch (options.kind) {
    case "wire":
      return importWire(options.inputs, context, options.wire ?? {});
    case "wordpress":
      return importWordPress(options.inputs, context, options.wordpress ?? {});
    case "jekyll":
      return importStaticSite(jekyll, options.inputs, context, options.staticSite ?? {});
    case "hugo":
      return importStaticSite(hugo, options.inputs, context, options.staticSite ?? {});
  }
}
