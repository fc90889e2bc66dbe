// Content stage, file-system edge: finds the article files in the content
// folder. Every `*.md` file counts, in nested folders too, except files and
// folders whose name starts with "." or "_" (editor state such as `.obsidian/`,
// or notes kept beside the articles such as `_drafts-notes/`).

import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

/** Paths of every article file, relative to `contentDir` with "/" separators, in code-point order. */
export async function discoverArticleFiles(contentDir: string): Promise<string[]> {
  const found: string[] = [];
  await walk(contentDir, "", found, new Set());
  return found.sort(compareCodePoints);
}

// Folders are walked one at a time in name order, so when a symbolic link makes one real folder
// reachable twice, the same path always wins; each real folder is walked once, so links cannot loop.
async function walk(root: string, relativeDir: string, found: string[], visited: Set<string>): Promise<void> {
  const dir = join(root, relativeDir);
  const real = await realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);

  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareCodePoints(a.name, b.name));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
    const kind = entry.isSymbolicLink() ? await linkTarget(join(root, relative)) : entry;
    if (kind?.isDirectory()) await walk(root, relative, found, visited);
    else if (kind?.isFile() && isArticleName(entry.name)) found.push(relative);
  }
}

async function linkTarget(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean } | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined; // A dangling link is not an article.
  }
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
