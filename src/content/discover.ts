// Content stage, file-system edge: finds the files of the content folder:
// every `*.md` file, in nested folders too, and every other file (images and
// documents that articles may use, see bundles.ts), except files and folders
// whose name starts with "." or "_" (editor state such as `.obsidian/`, or
// notes kept beside the articles such as `_drafts-notes/`). Owns which
// symbolic links are followed: only those that stay inside the content folder.

import { readdir, readlink, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Severity } from "../diagnostics";
import { describeOsError, isOsError } from "../file-system-error";

export interface DiscoveredFile {
  /** Relative to the content folder, with "/" separators; a link keeps its own name. */
  readonly relativePath: string;
  /** The file's real path, links resolved: inside the content folder, and the one to read. */
  readonly realPath: string;
}

/** Something found that is not read: a link out of the content folder, a broken link, a folder that cannot be listed. */
export interface DiscoveryProblem {
  /** Relative to the content folder, with "/" separators; "" is the content folder itself. */
  readonly relativePath: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface Discovery {
  /** Every Markdown file, in code-point order of their relative paths. */
  readonly files: DiscoveredFile[];
  /** Every other regular file, in the same order: what articles may reference or bundle. */
  readonly others: DiscoveredFile[];
  readonly problems: DiscoveryProblem[];
}

interface Walk {
  /** The content folder's real path: nothing outside it is read. */
  readonly root: string;
  readonly files: DiscoveredFile[];
  readonly others: DiscoveredFile[];
  readonly problems: DiscoveryProblem[];
  readonly visited: Set<string>;
}

/**
 * Finds the article files under `contentDir`. Symbolic links are followed only when their real
 * path stays inside the content folder (a newsroom may link a folder within its archive); a link
 * out of it is reported and never read, so content cannot publish or leak files of the machine.
 */
export async function discoverArticleFiles(contentDir: string): Promise<Discovery> {
  const walk: Walk = { root: await realpath(contentDir), files: [], others: [], problems: [], visited: new Set() };
  await walkFolder(walk, "", walk.root);
  walk.files.sort((a, b) => compareCodePoints(a.relativePath, b.relativePath));
  walk.others.sort((a, b) => compareCodePoints(a.relativePath, b.relativePath));
  return { files: walk.files, others: walk.others, problems: walk.problems };
}

// Folders are walked one at a time in name order, so when a symbolic link makes one real folder
// reachable twice, the same path always wins; each real folder is walked once, so links cannot loop.
async function walkFolder(walk: Walk, relativeDir: string, realDir: string): Promise<void> {
  if (walk.visited.has(realDir)) return;
  walk.visited.add(realDir);

  let entries;
  try {
    entries = await readdir(realDir, { withFileTypes: true });
  } catch (error) {
    if (!isOsError(error)) throw error;
    const message = `cannot read the folder: ${describeOsError(error)}; the articles in it were not read`;
    walk.problems.push({ relativePath: relativeDir, severity: "error", message });
    return;
  }
  for (const entry of entries.sort((a, b) => compareCodePoints(a.name, b.name))) {
    if (isIgnoredName(entry.name)) continue;
    const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
    const realPath = join(realDir, entry.name);
    if (entry.isSymbolicLink()) await followLink(walk, relative, realPath);
    else await take(walk, relative, realPath, entry);
  }
}

interface EntryKind {
  isDirectory(): boolean;
  isFile(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

/** Walks a folder, keeps a regular file, and reports an article name that is not a regular file. */
async function take(walk: Walk, relative: string, realPath: string, kind: EntryKind): Promise<void> {
  const name = relative.slice(relative.lastIndexOf("/") + 1);
  if (kind.isDirectory()) await walkFolder(walk, relative, realPath);
  else if (!isArticleName(name)) {
    if (kind.isFile()) walk.others.push({ relativePath: relative, realPath });
  } else if (kind.isFile()) walk.files.push({ relativePath: relative, realPath });
  else {
    const what = kind.isFIFO() ? "a named pipe (FIFO)" : kind.isSocket() ? "a socket" : "a device file";
    walk.problems.push({ relativePath: relative, severity: "warning", message: `expected a Markdown file, got ${what}; it was not read` });
  }
}

async function followLink(walk: Walk, relative: string, linkPath: string): Promise<void> {
  const target = await readlink(linkPath).catch(() => "?");
  const skip = (why: string, what: string) => {
    const message = `symbolic link: expected a file or folder inside the content folder, got a link to \`${target}\`, ${why}; ${what}`;
    walk.problems.push({ relativePath: relative, severity: "warning", message });
  };
  let real: string;
  let kind: EntryKind;
  try {
    real = await realpath(linkPath);
    kind = await stat(real);
  } catch (error) {
    if (!isOsError(error)) throw error;
    return skip(brokenLink(error), "it was skipped (fix or remove the link)");
  }
  if (isInside(walk.root, real)) return take(walk, relative, real, kind);
  // Reported when it would have been read: a folder, an article, or a file an article may use. Its
  // target's type comes from stat, which reads no file.
  if (kind.isDirectory() || kind.isFile()) {
    skip("which is outside it", "it was not read (move what it points to into the content folder, or remove the link)");
  }
}

function brokenLink(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") return "which does not exist";
  if (error.code === "ELOOP") return "which leads round a loop of links";
  return `which cannot be followed: ${describeOsError(error)}`;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export function isIgnoredName(name: string): boolean {
  return name.startsWith(".") || name.startsWith("_");
}

function isArticleName(name: string): boolean {
  return /\.md$/i.test(name);
}

/** Orders by Unicode code point, so the result depends neither on locale nor on UTF-16 surrogate order. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

// Surrogates (U+D800–DFFF) encode code points above U+FFFF, so they must sort after U+E000–FFFF.
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
