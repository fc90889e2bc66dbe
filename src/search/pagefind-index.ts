// Search stage, build side: after Eleventy has written every page, indexes the
// article pages with Pagefind's Node API and writes the browser bundle (index,
// Default UI script and stylesheet) to <site>/pagefind/.

import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { PAGEFIND_DIR } from "./search-names";

export interface SearchIndexOptions {
  /**
   * How many article pages the site has. Pagefind indexes every HTML page of a
   * site that has no `data-pagefind-body` anywhere, so an archive without
   * articles gets an empty index instead of an index of its navigation.
   */
  readonly articleCount: number;
}

export interface SearchIndexSummary {
  /** Pages in the index: the article pages (every other page lacks `data-pagefind-body`). */
  readonly pageCount: number;
  readonly bundleDir: string;
}

interface BundleEntry {
  readonly languages?: Record<string, { readonly page_count?: number }>;
}

/** Pages in the written index, from the bundle's entry file (addDirectory counts every page it read, indexed or not). */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as BundleEntry;
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: Pagefind failed to ${step}:\n${errors.join("\n")}`);
}

/** Indexes `siteDir` and writes `siteDir/pagefind/`. Rejects, leaving the caller to discard the site, on any Pagefind error. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const bundleDir = path.join(path.resolve(siteDir), PAGEFIND_DIR);
  try {
    const created = await pagefind.createIndex({});
    check("start", created.errors);
    const { index } = created;
    if (index === undefined) throw new Error("Search index: Pagefind started but returned no index");

    if (options.articleCount > 0) {
      const added = await index.addDirectory({ path: path.resolve(siteDir), glob: "**/*.html" });
      check(`index ${siteDir}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    check(`write ${bundleDir}`, written.errors);
    return { pageCount: await indexedPageCount(bundleDir), bundleDir };
  } finally {
    await pagefind.close();
  }
}
