// Write stage, the records the build keeps in its cache folder about an output
// folder (what its pages and its search shards were made from), one JSON file
// per output folder and kind: `<cacheDir>/<kind>/<hash of the output path>.json`.
// Records are written whole or not at all, read leniently (a damaged, older or
// foreign record is no record, never an error), and the records of output
// folders that no longer exist are removed as new ones are written.

import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What every record holds besides its own content. */
export interface OutputRecord {
  /** Bumped when the record's shape changes, so that an older record is not misread. */
  readonly format: number;
  /** The output folder described, as an absolute path. */
  readonly outputDir: string;
}

/** A file as the last build left it: size, mtime (ms), inode. */
export type FileRecord = readonly [size: number, mtimeMs: number, ino: number];

/** A short name for an output folder, for the cache files that describe it. */
export function outputOwner(outputDir: string): string {
  return createHash("sha256").update(path.resolve(outputDir)).digest("hex").slice(0, 16);
}

/** `<cacheDir>/<kind>/<hash of the output folder's absolute path>.json` */
export function outputRecordFile(cacheDir: string, kind: string, outputDir: string): string {
  return path.join(cacheDir, kind, `${outputOwner(outputDir)}.json`);
}

/**
 * The record in `file` when it has this `format` and describes an output folder, and its `body`
 * key holds an object; undefined otherwise (missing, damaged, older or foreign).
 */
export function readOutputRecord<T extends OutputRecord>(file: string, format: number, body: Exclude<keyof T, keyof OutputRecord>): T | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> | null;
    const content = parsed?.[body as string];
    const valid = parsed?.format === format && typeof parsed.outputDir === "string" && typeof content === "object" && content !== null;
    return valid ? (parsed as unknown as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `record` to `file` through a temporary file, so a reader never sees half a record, and
 * removes the other records of the same kind whose output folder is gone or that cannot be read.
 * Never throws: without a record the next build only does more work.
 */
export function writeOutputRecord<T extends OutputRecord>(file: string, record: T, body: Exclude<keyof T, keyof OutputRecord>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, file);
    const folder = path.dirname(file);
    for (const name of readdirSync(folder)) {
      const other = path.join(folder, name);
      if (other === file || !name.endsWith(".json")) continue;
      const outputDir = readOutputRecord<T>(other, record.format, body)?.outputDir;
      if (outputDir === undefined || !existsSync(outputDir)) rmSync(other, { force: true });
    }
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Its folder could not be made: there is no temporary file.
    }
  }
}

export function recordOf(file: string): FileRecord {
  const stats = lstatSync(file);
  return [stats.size, stats.mtimeMs, stats.ino];
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
