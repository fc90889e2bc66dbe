// Model stage: where the files of the content folder are published. Every
// file of an article's bundle (see src/content/bundles.ts) goes below that
// article's address, keeping its place in the bundle: `2019/flood/map.png`,
// of the article at /2019/05/01/flood/, is published at
// /2019/05/01/flood/map.png. Any other file only when an article refers to
// it, below that article's address (see link-articles.ts).

import { statSync } from "node:fs";
import { bundleFolder } from "../content/bundles";
import type { DiscoveredFile } from "../content/discover";
import type { PublishedFile } from "./types";

/** An article as far as its files are concerned. */
export interface FileOwner {
  readonly relativePath: string;
  readonly displayPath: string;
  /** Its page path, "/2019/05/01/slug/". */
  readonly path: string;
}

/** A bundle file: where it is published, and whose it is. */
export interface BundleFile {
  readonly outputPath: string;
  readonly owner: FileOwner;
}

/**
 * The bundle files of `articles`, by content-relative path. A file inside two bundles (a folder
 * beside `storm.md` holding `gallery/index.md`) belongs to the innermost; where `x.md` and
 * `x/index.md` both claim the folder `x/`, `index.md` has it.
 */
export function bundleFiles(articles: readonly FileOwner[], contentFiles: Iterable<string>): Map<string, BundleFile> {
  const byFolder = new Map<string, FileOwner>();
  for (const article of articles) {
    const folder = bundleFolder(article.relativePath);
    if (folder === undefined) continue;
    const isIndex = /(^|\/)index\.md$/i.test(article.relativePath);
    if (isIndex || !byFolder.has(folder)) byFolder.set(folder, article);
  }
  const files = new Map<string, BundleFile>();
  if (byFolder.size === 0) return files;
  for (const relativePath of contentFiles) {
    for (let end = relativePath.lastIndexOf("/"); end > 0; end = relativePath.lastIndexOf("/", end - 1)) {
      const owner = byFolder.get(relativePath.slice(0, end + 1));
      if (owner === undefined) continue;
      files.set(relativePath, { outputPath: owner.path + relativePath.slice(end + 1), owner });
      break;
    }
  }
  return files;
}

/**
 * Where a file an article refers to, outside every bundle, is published for that article: below its
 * address, at its place from the article's folder when it is inside that folder
 * (`2019/photos/a.jpg` of `2019/story.md` → `<page>photos/a.jpg`), else at its place in the content
 * folder (`images/a.jpg` → `<page>images/a.jpg`).
 */
export function referencedFileOutput(owner: FileOwner, relativePath: string): string {
  const folder = owner.relativePath.slice(0, owner.relativePath.lastIndexOf("/") + 1);
  return owner.path + (relativePath.startsWith(folder) ? relativePath.slice(folder.length) : relativePath);
}

/** A file copied as it is, with what decides whether the output already holds it (see src/build/reuse). */
export function copiedFile(outputPath: string, file: DiscoveredFile, owner: FileOwner): PublishedFile {
  const stats = statSync(file.realPath);
  return { outputPath, source: file.realPath, fingerprint: `copy|${stats.size}|${stats.mtimeMs}|${file.realPath}`, owner: owner.displayPath };
}
