// Write stage, shortcut for a rebuild that would change nothing: decides from
// the output plan (output-plan.ts) whether the previous output already is,
// file for file, what this build would write. Then the build leaves it alone:
// nothing is staged, linked, swapped or removed, and no file is touched, as
// `make` does when its targets are newer than their sources.
//
// The output is current when every page and feed and every group (search
// shards, the site's own run) would be taken over, the files rendered on every
// build have the bytes they would be written with, and the output holds no
// other file. Otherwise the build stages as usual.

import { readFileSync } from "node:fs";
import path from "node:path";
import { PAGEFIND_DIR } from "../../search/search-names";
import { listFiles } from "../output/list-files";
import type { OutputPlan } from "./output-plan";

/** When the output is current, how many of its files are the site's (the search index aside); undefined when it is not. */
export function currentOutput(plan: OutputPlan): number | undefined {
  // Without a record of the last output (no cache folder, or a first build) nothing is taken over.
  if (plan.fingerprints.size === 0 || plan.reused.size !== plan.fingerprints.size) return undefined;
  const groupFiles = new Set<string>();
  for (const group of plan.groups.values()) {
    if (group.reusable === undefined) return undefined;
    for (const file of group.reusable) groupFiles.add(file);
  }
  for (const [outputPath, text] of plan.rendered) {
    if (!hasBytes(path.join(plan.outputDir, outputPath), text)) return undefined;
  }
  // A file left in the output by hand, or by an older build of another archive, makes it not current.
  const files = listFiles(plan.outputDir);
  const known = (file: string) => plan.fingerprints.has(file) || plan.rendered.has(file) || groupFiles.has(file);
  if (!files.every((file) => known(`/${file}`))) return undefined;
  return files.filter((file) => !file.startsWith(`${PAGEFIND_DIR}/`)).length;
}

function hasBytes(file: string, text: string): boolean {
  try {
    return readFileSync(file).equals(Buffer.from(text));
  } catch {
    return false;
  }
}
