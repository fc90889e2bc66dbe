// Write stage, page reuse: before Eleventy runs, decides which pages the
// previous output already holds exactly as this build would render them; after
// Eleventy has written the rest into staging, links those pages in; after the
// swap, records what the new output was made from for the next build.
//
// A page is reused only when all of these hold: the generator's code is
// unchanged, the page's fingerprint is unchanged, and the previous output's
// file is still the one the last build wrote (same size, mtime and inode).

import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ArchiveModel } from "../model/types";
import { linkOrCopy } from "./carry-mtimes";
import { codeFingerprint, pageFingerprints } from "./page-fingerprint";

const MANIFEST_FORMAT = 3;

/** A file as the last build left it: size, mtime (ms), inode. */
export type FileRecord = readonly [size: number, mtimeMs: number, ino: number];
/** What the last build wrote at one output path: fingerprint, then the file. */
type PageRecord = readonly [fingerprint: string, ...file: FileRecord];

interface Manifest {
  readonly format: number;
  readonly outputDir: string;
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
  return path.join(cacheDir, "pages", `${outputOwner(outputDir)}.json`);
}

/**
 * The plan for `model`. Pages are rendered with the site and the feeds as context, as the Eleventy
 * plugin does. Without a cache folder there is no record of the last output, so nothing is reused.
 */
export function planPageReuse(model: ArchiveModel, outputDir: string, cacheDir: string | undefined): ReusePlan {
  if (cacheDir === undefined) return { reused: new Set(), fingerprints: new Map(), code: "" };
  const fingerprints = pageFingerprints(model, { site: model.site, feeds: model.feeds });
  return planReuse(fingerprints, codeFingerprint(), outputDir, cacheDir);
}

export function planReuse(
  fingerprints: ReadonlyMap<string, string>,
  code: string,
  outputDir: string,
  cacheDir: string,
): ReusePlan {
  const reused = new Set<string>();
  const manifest = readManifest(manifestFile(cacheDir, outputDir));
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

/** Whether `file` is still the file `record` describes. */
export function isUntouched(file: string, [size, mtimeMs, ino]: FileRecord): boolean {
  try {
    const stats = lstatSync(file);
    return stats.isFile() && stats.size === size && stats.mtimeMs === mtimeMs && stats.ino === ino;
  } catch {
    return false;
  }
}

/** A short name for an output folder, for the cache files that describe it. */
export function outputOwner(outputDir: string): string {
  return createHash("sha256").update(path.resolve(outputDir)).digest("hex").slice(0, 16);
}

export function recordOf(file: string): FileRecord {
  const stats = lstatSync(file);
  return [stats.size, stats.mtimeMs, stats.ino];
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
  const file = manifestFile(cacheDir, outputDir);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const manifest: Manifest = { format: MANIFEST_FORMAT, outputDir: path.resolve(outputDir), code: plan.code, pages };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(manifest));
    renameSync(temporary, file);
    removeOrphans(file, (other) => readManifest(other)?.outputDir);
  } catch {
    rmSync(temporary, { force: true });
  }
}

function readManifest(file: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Manifest> | null;
    const valid =
      parsed !== null &&
      parsed.format === MANIFEST_FORMAT &&
      typeof parsed.outputDir === "string" &&
      typeof parsed.code === "string" &&
      typeof parsed.pages === "object" &&
      parsed.pages !== null;
    return valid ? (parsed as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes the other records in `current`'s folder whose output folder no longer exists, or that
 * cannot be read (`outputDirOf` gives undefined).
 */
export function removeOrphans(current: string, outputDirOf: (file: string) => string | undefined): void {
  const folder = path.dirname(current);
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (file === current || !name.endsWith(".json")) continue;
    const outputDir = outputDirOf(file);
    if (outputDir === undefined || !existsSync(outputDir)) rmSync(file, { force: true });
  }
}

/** Files under `dir` (none when it does not exist), relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
