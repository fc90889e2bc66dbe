// Write stage, page reuse: before Eleventy runs, decides which pages the
// previous output already holds exactly as this build would render them; after
// Eleventy has written the rest into staging, links those pages in; after the
// swap, records what the new output was made from for the next build.
//
// A page is reused only when all of these hold: the generator's code is
// unchanged, the page's fingerprint is unchanged, and the previous output's
// file is still the one the last build wrote (same size, mtime and inode).

import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ArchiveModel } from "../model/types";
import { linkOrCopy } from "./carry-mtimes";
import { isUntouched, outputRecordFile, readOutputRecord, recordOf, writeOutputRecord, type FileRecord, type OutputRecord } from "./output-record";
import { codeFingerprint, pageFingerprints } from "./page-fingerprint";

const MANIFEST_FORMAT = 3;

/** What the last build wrote at one output path: fingerprint, then the file. */
type PageRecord = readonly [fingerprint: string, ...file: FileRecord];

interface Manifest extends OutputRecord {
  readonly code: string;
  readonly pages: { readonly [outputPath: string]: PageRecord };
}

export interface ReusePlan {
  /** Output paths ("/2023/08/06/slug/index.html") to take from the previous output. */
  readonly reused: ReadonlySet<string>;
  /** Every page of this build, by output path. */
  readonly fingerprints: ReadonlyMap<string, string>;
  readonly code: string;
}

/** `<cacheDir>/pages/<hash of the output folder's absolute path>.json` */
export function manifestFile(cacheDir: string, outputDir: string): string {
  return outputRecordFile(cacheDir, "pages", outputDir);
}

/**
 * The plan for `model`. Pages are rendered with the site and the feeds as context, as the Eleventy
 * plugin does. Without a cache folder there is no record of the last output, so nothing is reused.
 */
export function planPageReuse(model: ArchiveModel, outputDir: string, cacheDir: string | undefined): ReusePlan {
  if (cacheDir === undefined) return { reused: new Set(), fingerprints: new Map(), code: "" };
  const fingerprints = pageFingerprints(model, { site: model.site, feeds: model.feeds, navigation: model.navigation });
  return planReuse(fingerprints, codeFingerprint(), outputDir, cacheDir);
}

export function planReuse(
  fingerprints: ReadonlyMap<string, string>,
  code: string,
  outputDir: string,
  cacheDir: string,
): ReusePlan {
  const reused = new Set<string>();
  const manifest = readOutputRecord<Manifest>(manifestFile(cacheDir, outputDir), MANIFEST_FORMAT, "pages");
  if (manifest === undefined || manifest.code !== code || manifest.outputDir !== path.resolve(outputDir)) {
    return { reused, fingerprints, code };
  }
  for (const [outputPath, fingerprint] of fingerprints) {
    const record = manifest.pages[outputPath];
    if (record === undefined) continue;
    const [recorded, ...file] = record;
    if (recorded === fingerprint && isUntouched(path.join(outputDir, outputPath), file)) reused.add(outputPath);
  }
  return { reused, fingerprints, code };
}

/**
 * Links the reused pages from `previousDir` into `stagingDir`, after Eleventy has written the
 * others. A page Eleventy did write anyway is left as Eleventy wrote it. Returns how many were linked.
 */
export function linkReusedPages(plan: ReusePlan, previousDir: string, stagingDir: string, onLinked?: (count: number) => void): number {
  const made = new Set<string>();
  let linked = 0;
  for (const outputPath of plan.reused) {
    const target = path.join(stagingDir, outputPath);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (linkOrCopy(path.join(previousDir, outputPath), target)) linked++;
    if (linked % 500 === 0) onLinked?.(linked);
  }
  onLinked?.(linked);
  return linked;
}

/**
 * Records what the output now holds, for the next build's plan; pages whose file is missing are
 * left out. Never throws: without a record the next build renders every page, nothing worse.
 * Records of output folders that no longer exist are removed on the way.
 */
export function recordPages(plan: ReusePlan, outputDir: string, cacheDir: string): void {
  const pages: { [outputPath: string]: PageRecord } = {};
  for (const [outputPath, fingerprint] of plan.fingerprints) {
    try {
      pages[outputPath] = [fingerprint, ...recordOf(path.join(outputDir, outputPath))];
    } catch {
      // Not in the output: nothing to reuse next time.
    }
  }
  const manifest: Manifest = { format: MANIFEST_FORMAT, outputDir: path.resolve(outputDir), code: plan.code, pages };
  writeOutputRecord(manifestFile(cacheDir, outputDir), manifest, "pages");
}
