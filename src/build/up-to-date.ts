// Write stage, shortcut for a rebuild that would change nothing: decides
// whether the previous output already is, file for file, what this build
// would write. Then the build leaves it alone: nothing is staged, linked,
// swapped or removed, and no file is touched, as `make` does when its targets
// are newer than their sources.
//
// The output is current when every page and feed would be reused and every
// search shard too (see page-reuse.ts and search-reuse.ts: fingerprints match
// and the files are still the ones the last build wrote), the few files that
// are rendered on every build (search script, sitemap, robots.txt) and the
// stylesheets and shard list have the bytes they would be written with, and
// the output holds no other file. Otherwise the build stages as usual.

import { readFileSync } from "node:fs";
import path from "node:path";
import { ASSETS_DIR, ASSETS_OUTPUT } from "../eleventy/project";
import type { ArchiveModel } from "../model/types";
import { SHARD_LIST_FILE, shardListJson } from "../search/pagefind-index";
import type { SearchShard } from "../search/search-shards";
import { siteFiles } from "../render/site-files";
import { listFiles } from "./list-files";
import type { ReusePlan } from "./page-reuse";
import type { SearchReusePlan } from "./search-reuse";

export interface CurrentOutputCheck {
  readonly model: ArchiveModel;
  readonly outputDir: string;
  readonly pages: ReusePlan;
  readonly search: SearchReusePlan;
  readonly shards: readonly SearchShard[];
}

export interface CurrentOutput {
  /** The site's files (pages, feeds, sitemap, …), as many as a build that writes them reports. */
  readonly siteFiles: number;
}

/** Whether `outputDir` holds exactly the files this build would write, with the same bytes; undefined when not. */
export function currentOutput({ model, outputDir, pages, search, shards }: CurrentOutputCheck): CurrentOutput | undefined {
  // Without a record of the last output (no cache folder, or a first build) nothing is reused.
  if (pages.fingerprints.size === 0 || pages.reused.size !== pages.fingerprints.size) return undefined;
  if (shards.some((shard) => !search.reusable.has(shard.id))) return undefined;

  const files = siteFiles(model);
  const expected = new Map<string, () => string | Buffer>();
  for (const file of files) {
    if (!pages.reused.has(file.outputPath)) expected.set(file.outputPath, file.render);
  }
  for (const asset of listFiles(ASSETS_DIR)) {
    expected.set(`${ASSETS_OUTPUT}/${asset}`, () => readFileSync(path.join(ASSETS_DIR, asset)));
  }
  expected.set(`/${SHARD_LIST_FILE}`, () => shardListJson(shards));
  for (const [outputPath, content] of expected) {
    if (!hasBytes(path.join(outputDir, outputPath), content())) return undefined;
  }

  // Every other file must be a reused page or in a reused shard's bundle: a file left in the
  // output by hand, or by an older build of another archive, makes the output not current.
  const bundles = new Set(shards.map((shard) => `/${shard.bundleDir}`));
  const known = (file: string) => expected.has(file) || pages.reused.has(file) || isUnder(file, bundles);
  return listFiles(outputDir).every((file) => known(`/${file}`)) ? { siteFiles: files.length } : undefined;
}

/** Whether `file` ("/a/b/c.html") is under one of `folders` ("/a/", "/a/b/"): one lookup per level. */
function isUnder(file: string, folders: ReadonlySet<string>): boolean {
  for (let slash = file.indexOf("/", 1); slash !== -1; slash = file.indexOf("/", slash + 1)) {
    if (folders.has(file.slice(0, slash + 1))) return true;
  }
  return false;
}

function hasBytes(file: string, content: string | Buffer): boolean {
  try {
    return readFileSync(file).equals(typeof content === "string" ? Buffer.from(content) : content);
  } catch {
    return false;
  }
}
