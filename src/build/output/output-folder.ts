// Write stage, before anything is written: decides whether a folder may receive
// the site. The build replaces its output folder whole and the dev server writes
// into its folder in place, so a mistyped --output could destroy articles, the
// project or a person's own files. Every rule compares real locations (symbolic
// links resolved), so a link cannot make a forbidden folder look like another.

import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import { contentError } from "../../diagnostics";

export interface OutputFolderOptions {
  /** The folder the site would be written to, as the user gave it. */
  readonly outputDir: string;
  /** The folder of articles, which must stay apart from the output. */
  readonly contentDir: string;
  /** The site configuration file, which must not sit inside the output. */
  readonly configFile?: string;
  /** The build cache, which must not sit inside the output. */
  readonly cacheDir?: string;
  /**
   * The folder is written into in place (the dev server) instead of being replaced whole (the
   * build), so a symbolic link inside it would carry writes out of it. @default false
   */
  readonly inPlace?: boolean;
  /** Relative paths are resolved from here. @default process.cwd() */
  readonly cwd?: string;
}

/** How a folder lies relative to another: the same, inside it, or containing it. */
export type Relation = "same" | "inside" | "contains";

/** How the absolute path `folder` lies relative to the absolute path `other`, if they overlap. */
export function relationOf(folder: string, other: string): Relation | undefined {
  const isWithin = (from: string, to: string) => {
    const rel = path.relative(from, to);
    return rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  };
  if (path.relative(other, folder) === "") return "same";
  if (isWithin(other, folder)) return "inside";
  if (isWithin(folder, other)) return "contains";
  return undefined;
}

/**
 * Where `location` really is: absolute, with the symbolic links of its longest part that resolves
 * followed, and the rest (not created yet, or a broken link) appended as written.
 */
export function realLocation(location: string, cwd = process.cwd()): string {
  const missing: string[] = [];
  for (let existing = path.resolve(cwd, location); ; existing = path.dirname(existing)) {
    try {
      return path.join(realpathSync.native(existing), ...missing);
    } catch (error) {
      if (existing === path.dirname(existing)) throw error;
      missing.unshift(path.basename(existing));
    }
  }
}

/** Whether anything, even a broken symbolic link, is at `location`. */
function exists(location: string): boolean {
  try {
    lstatSync(location);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws a ContentError naming `outputDir` when the site must not be written there: a file, the
 * working directory or a parent of it, the content folder, a folder inside it or containing it, a
 * folder holding the configuration file or the cache, a non-empty folder that is not a built site
 * (no index.html), and, for in-place writes, a folder holding a symbolic link.
 */
export function assertSafeOutputDir(options: OutputFolderOptions): void {
  const { outputDir, contentDir, cwd = process.cwd() } = options;
  const fail = (expected: string, got: string, advice = "choose another --output, e.g. _site"): never => {
    throw contentError(outputDir, `output folder: expected ${expected}, got ${got}; ${advice}`);
  };
  const output = resolveOutput(outputDir, cwd);
  const via = (given: string, real: string) => (real === path.resolve(cwd, given) ? "" : ` (${given} is ${real})`);
  const outputVia = via(outputDir, output);

  const workingDir = realLocation(cwd, cwd);
  const aroundCwd = relationOf(output, workingDir);
  if (aroundCwd === "same" || aroundCwd === "contains") {
    const what = aroundCwd === "same" ? "the working directory" : "a parent of the working directory";
    fail("a folder of its own", `${what}${outputVia}, where writing the site would destroy your project`);
  }

  const content = realLocation(contentDir, cwd);
  const aroundContent = relationOf(output, content);
  if (aroundContent !== undefined) {
    const what = { same: "the content folder itself", inside: "a folder inside it", contains: "a folder that contains it" }[aroundContent];
    fail(
      `a folder apart from the content folder \`${contentDir}\``,
      `${what}${outputVia}${via(contentDir, content)}, where writing the site would destroy articles`,
      `choose an --output outside \`${contentDir}\`, e.g. _site`,
    );
  }

  if (options.configFile !== undefined && relationOf(realLocation(options.configFile, cwd), output) === "inside") {
    fail(
      `a folder that does not hold the site configuration \`${options.configFile}\``,
      `a folder that contains it${outputVia}, where writing the site would delete it`,
      "choose another --output, or keep the configuration file elsewhere",
    );
  }

  const aroundCache = options.cacheDir === undefined ? undefined : relationOf(output, realLocation(options.cacheDir, cwd));
  if (aroundCache === "same" || aroundCache === "contains") {
    const what = aroundCache === "same" ? "the cache folder itself" : "a folder that contains it";
    fail(`a folder apart from the build cache \`${options.cacheDir}\``, `${what}${outputVia}, where writing the site would delete the cache`);
  }

  const entries = exists(output) ? readdirSync(output) : [];
  if (entries.length > 0 && !entries.includes("index.html")) {
    fail(
      "an empty or new folder, or a site built before (with an index.html at the top)",
      `a folder of ${entries.length} ${entries.length === 1 ? "entry" : "entries"} without index.html${outputVia}, which writing the site could destroy`,
      "choose another --output, or move those files away first",
    );
  }

  const link = options.inPlace && entries.length > 0 ? firstLinkInside(output) : undefined;
  if (link !== undefined) {
    const shownLink = path.join(outputDir, path.relative(output, link));
    fail(
      "a folder without symbolic links",
      `\`${shownLink}\` → \`${readlinkSync(link)}\`; the site is written into this folder in place, and writes would follow the link out of it`,
      "remove the link, or choose another --output",
    );
  }
}

/** The output's real location; refuses a file, or a path that runs through a file or a broken link. */
function resolveOutput(outputDir: string, cwd: string): string {
  const output = realLocation(outputDir, cwd);
  let existing = output;
  while (!exists(existing)) existing = path.dirname(existing);
  const stats = lstatSync(existing);
  if (stats.isSymbolicLink()) {
    throw contentError(outputDir, `output folder: expected a folder, got a path through the broken symbolic link \`${existing}\`; remove the link, or choose another --output`);
  }
  if (!stats.isDirectory()) {
    const what = existing === output ? "a file" : `a path through the file \`${existing}\``;
    throw contentError(outputDir, `output folder: expected a folder, got ${what}; choose another --output, e.g. _site`);
  }
  return output;
}

/** The first symbolic link anywhere under `folder`, in name order. */
function firstLinkInside(folder: string): string | undefined {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()[0];
}
