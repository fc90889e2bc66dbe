// Write stage, search index reuse: Pagefind reads every HTML page of the site
// and is the slowest step of a build. When the staged HTML is the previous
// output's, path for path and byte for byte, and the code is the code that
// indexed it, Pagefind would write the very same bundle again; the previous
// bundle is linked in instead.

import { lstatSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PAGEFIND_DIR } from "../search/search-names";
import { linkOrCopy } from "./carry-mtimes";
import { isUntouched, listFiles, type ReusePlan } from "./page-reuse";

/** Links the previous search bundle into `stagingDir` and returns true, or returns false and touches nothing. */
export function reuseSearchIndex(plan: ReusePlan, previousDir: string, stagingDir: string): boolean {
  const recorded = plan.previousSearch;
  if (recorded === undefined) return false;
  const bundle = listFiles(path.join(previousDir, PAGEFIND_DIR)).map((name) => `${PAGEFIND_DIR}/${name}`);
  const bundleIntact =
    bundle.length > 0 &&
    bundle.length === Object.keys(recorded).length &&
    bundle.every((file) => recorded[file] !== undefined && isUntouched(path.join(previousDir, file), recorded[file]));
  if (!bundleIntact || !sameHtml(previousDir, stagingDir)) return false;

  for (const file of bundle) {
    const target = path.join(stagingDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    linkOrCopy(path.join(previousDir, file), target);
  }
  return true;
}

/** Whether both folders hold the same HTML files (outside the search bundle) with the same bytes. */
function sameHtml(previousDir: string, stagingDir: string): boolean {
  const html = (dir: string) => listFiles(dir).filter((file) => file.endsWith(".html") && !file.startsWith(`${PAGEFIND_DIR}/`));
  const before = html(previousDir);
  const after = html(stagingDir);
  return before.length === after.length && after.every((file, index) => file === before[index] && sameFile(path.join(previousDir, file), path.join(stagingDir, file)));
}

function sameFile(a: string, b: string): boolean {
  const [first, second] = [lstatSync(a), lstatSync(b)];
  if (first.ino === second.ino && first.dev === second.dev) return true;
  return first.size === second.size && readFileSync(a).equals(readFileSync(b));
}
