// Write stage helper: the files of a folder, named the way the build's records,
// fingerprints and checks name them: relative to the folder, with "/" between
// folders, in a stable order.

import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Files under `dir` (none when it does not exist), relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * What `entry` (a path inside `dir`) names, relative to `dir`: itself when it is a file, the files
 * under it when it is a folder, nothing when it does not exist.
 */
export function filesAt(dir: string, entry: string): string[] {
  const target = path.join(dir, entry);
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [entry];
  return listFiles(target).map((file) => path.posix.join(entry, file));
}
