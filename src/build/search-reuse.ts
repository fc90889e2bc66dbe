// Write stage, search index reuse: Pagefind is the slowest step of a build and
// has no incremental mode, so the index is split into shards (see
// src/search/search-shards.ts) and a shard's bundle is taken from the previous
// output when everything Pagefind would read for it is unchanged: the same
// articles with the same searchable content, the same site settings and the
// same generator code, and the bundle files are still the ones the last build
// wrote. What each shard was made from is recorded in
// <cacheDir>/search/<output folder hash>.json after a successful build.

import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { outputPathFor } from "../render/site-files";
import type { ArchiveModel } from "../model/types";
import type { SearchShard } from "../search/search-shards";
import { linkOrCopy } from "./carry-mtimes";
import { articleView, StructureHasher } from "./page-fingerprint";
import { isUntouched, outputRecordFile, readOutputRecord, recordOf, writeOutputRecord, type FileRecord, type OutputRecord } from "./output-record";
import { listFiles } from "./list-files";

const RECORD_FORMAT = 1;

interface ShardRecord {
  /** Fingerprint of what the shard was indexed from. */
  readonly input: string;
  /** The bundle's files, relative to the shard's bundle folder. */
  readonly files: { readonly [relativePath: string]: FileRecord };
}

interface SearchRecord extends OutputRecord {
  readonly shards: { readonly [id: string]: ShardRecord };
}

export interface SearchReusePlan {
  readonly shards: readonly SearchShard[];
  /** Input fingerprint of every shard, by id. */
  readonly inputs: ReadonlyMap<string, string>;
  /** Ids of the shards whose previous bundle can be linked in. */
  readonly reusable: ReadonlySet<string>;
  /** Where the plan came from and goes back to; undefined when the build keeps no cache. */
  readonly recordFile?: string;
}

/** `<cacheDir>/search/<hash of the output folder's absolute path>.json` */
export function searchRecordFile(cacheDir: string, outputDir: string): string {
  return outputRecordFile(cacheDir, "search", outputDir);
}

/** Fingerprint of each shard's input: the code, the site settings, and each article's path and searchable content. */
export function shardInputs(model: ArchiveModel, shards: readonly SearchShard[], code: string): Map<string, string> {
  // What Pagefind reads of an article is its page's `data-pagefind-body` region: the article's
  // own fields, with its topics and source by name and link (never their counts, as in page
  // fingerprints). Neighbours and related articles are outside it, so they do not count.
  const hasher = new StructureHasher(articleView(model.articles));
  const siteToken = hasher.token(model.site);
  const inputs = new Map<string, string>();
  for (const shard of shards) {
    const hash = createHash("sha256").update(`${code}|${siteToken}|${shard.id}`);
    for (const article of shard.articles) hash.update(`|${outputPathFor(article.path)}|${hasher.token(article)}`);
    inputs.set(shard.id, hash.digest("base64url"));
  }
  return inputs;
}

/**
 * Which shards of `shards` the previous output in `outputDir` already holds as this build would
 * index them. Without a cache folder nothing is reused and nothing will be recorded.
 */
export function planSearchReuse(
  model: ArchiveModel,
  shards: readonly SearchShard[],
  outputDir: string,
  cacheDir: string | undefined,
  code: string,
): SearchReusePlan {
  if (cacheDir === undefined) return { shards, inputs: new Map(), reusable: new Set() };
  const recordFile = searchRecordFile(cacheDir, outputDir);
  const inputs = shardInputs(model, shards, code);
  const previous = readOutputRecord<SearchRecord>(recordFile, RECORD_FORMAT, "shards");
  const reusable = new Set<string>();
  if (previous !== undefined && previous.outputDir === path.resolve(outputDir)) {
    for (const shard of shards) {
      const record = previous.shards[shard.id];
      if (record === undefined || record.input !== inputs.get(shard.id)) continue;
      const files = Object.entries(record.files);
      const intact =
        files.length > 0 &&
        files.length === listFiles(path.join(outputDir, shard.bundleDir)).length &&
        files.every(([file, fileRecord]) => isUntouched(path.join(outputDir, shard.bundleDir, file), fileRecord));
      if (intact) reusable.add(shard.id);
    }
  }
  return { shards, inputs, reusable, recordFile };
}

/** Links the bundles of the reusable shards from `previousDir` into `stagingDir`. */
export function linkReusedShards(plan: SearchReusePlan, previousDir: string, stagingDir: string): void {
  for (const shard of plan.shards) {
    if (!plan.reusable.has(shard.id)) continue;
    for (const file of listFiles(path.join(previousDir, shard.bundleDir))) {
      const target = path.join(stagingDir, shard.bundleDir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      linkOrCopy(path.join(previousDir, shard.bundleDir, file), target);
    }
  }
}

/** Records each shard's input and files as the output now holds them. Never throws: without a record the next build indexes every shard. */
export function recordSearch(plan: SearchReusePlan, outputDir: string): void {
  if (plan.recordFile === undefined) return;
  const shards: { [id: string]: ShardRecord } = {};
  try {
    for (const shard of plan.shards) {
      const bundle = path.join(outputDir, shard.bundleDir);
      const files = Object.fromEntries(listFiles(bundle).map((file) => [file, recordOf(path.join(bundle, file))]));
      shards[shard.id] = { input: plan.inputs.get(shard.id) ?? "", files };
    }
  } catch {
    return;
  }
  writeOutputRecord<SearchRecord>(plan.recordFile, { format: RECORD_FORMAT, outputDir: path.resolve(outputDir), shards }, "shards");
}
