// Write stage: puts files the output plan takes over from the previous output
// (see output-plan.ts) into the staging folder, as hard links, after Eleventy
// has written the rest.

import { mkdirSync } from "node:fs";
import path from "node:path";
import { linkOrCopy } from "../output/carry-mtimes";

/**
 * Links `outputPaths` ("/2023/08/06/slug/index.html") from `previousDir` into `stagingDir`. A file
 * already written there is left as it is. Returns how many were linked.
 */
export function linkReused(outputPaths: Iterable<string>, previousDir: string, stagingDir: string, onLinked?: (count: number) => void): number {
  const made = new Set<string>();
  let linked = 0;
  for (const outputPath of outputPaths) {
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
