// Write stage, output plan: a fingerprint of everything the site's own
// Eleventy run is made from (see eleventy-writer.ts), so that a rebuild can
// take its files from the previous output instead of running it again: the
// generator's code, the Eleventy configuration file and the local modules it
// imports, the pages folder with its layouts and data, the files its
// passthrough copies read, the files of the site's identity it copies (logo,
// favicons, extra stylesheet), and the settings, navigation and feeds the
// site's layout shows. Files are known by path, size and modification time, as
// `make` knows them, so nothing is read but the configuration's imports.

import { createHash } from "node:crypto";
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { localImports } from "../../eleventy/config-imports";
import { PROJECT_ROOT } from "../../eleventy/project";
import type { SiteChrome } from "../../eleventy/run-context";
import { assetCopies } from "../../render/site-assets";
import { StructureHasher } from "./page-fingerprint";

export interface SiteRunInputs {
  /** The generator's own code (see codeFingerprint). */
  readonly code: string;
  readonly configFile: string;
  /** The pages folder and the includes and data folders, wherever they are. */
  readonly folders: readonly string[];
  /** What the run's passthrough copies read, as the last run reported them (paths or globs, from the working directory). */
  readonly copySources: readonly string[];
  readonly chrome: SiteChrome;
}

/** The generator's own folders: their files are in the code fingerprint already. */
const CODE_FOLDERS = ["src", "layouts"].map((folder) => path.join(PROJECT_ROOT, folder));

export function siteRunFingerprint(inputs: SiteRunInputs): string {
  const hash = createHash("sha256").update(inputs.code);
  const configFile = path.resolve(inputs.configFile);
  const stamp = (file: string) => hash.update(`\0${file}\0${statStamp(file)}`);
  stamp(configFile);
  for (const module of localImports(configFile, CODE_FOLDERS)) stamp(module);
  // Named in the site's settings, so known before the run reports its copies.
  for (const copy of assetCopies(inputs.chrome.site)) stamp(copy.source);
  for (const root of [...inputs.folders, ...inputs.copySources.map(staticBase)]) {
    hash.update(`\0tree\0${root}`);
    for (const file of treeFiles(path.resolve(root))) stamp(file);
  }
  const { feeds, ...rest } = inputs.chrome;
  const chromeToken = new StructureHasher().token({ ...rest, feeds: feeds.map(({ path: feedPath, format, title, pagePath }) => ({ feedPath, format, title, pagePath })) });
  return hash.update(`\0chrome\0${chromeToken}`).digest("base64url");
}

/** "static/**\/*.png" → "static": the folder a glob's matches are all in. */
function staticBase(source: string): string {
  const parts = source.split(/[\\/]/);
  const glob = parts.findIndex((part) => /[*?[\]{}!]/.test(part));
  return glob === -1 ? source : parts.slice(0, glob).join("/") || ".";
}

function statStamp(file: string): string {
  try {
    const stats = lstatSync(file);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** Every file under `root` (or `root` itself when it is a file), outside node_modules; none when it does not exist. */
function treeFiles(root: string): string[] {
  let stats;
  try {
    stats = lstatSync(root);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) return [root];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && !`${entry.parentPath}${path.sep}`.includes(`${path.sep}node_modules${path.sep}`))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
