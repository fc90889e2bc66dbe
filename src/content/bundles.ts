// Content stage: which files of the content folder belong to which article.
// An article may keep its images and documents beside it, as Hugo's page
// bundles do: `2019/flood/index.md` with everything else in `2019/flood/`, or
// `2019/flood.md` with a folder `2019/flood/` next to it. A bundle's files are
// published with its article; any other file of the content folder only when
// an article links to it (see src/model/article-files.ts).

import type { DiscoveredFile, DiscoveryProblem } from "./discover";

const INDEX_NAME = /^index\.md$/i;

export interface Bundles {
  /** The Markdown files that are articles. */
  readonly articles: readonly DiscoveredFile[];
  /** Every other file of the content folder, by relative path: what articles may use. */
  readonly files: ReadonlyMap<string, DiscoveredFile>;
  /** A Markdown file inside a bundle, which is taken as a file of that article and not as an article. */
  readonly problems: readonly DiscoveryProblem[];
}

/**
 * Splits the Markdown files into articles and files of a bundle. Inside the folder of an
 * `index.md` everything (Markdown included, and deeper folders with their own `index.md`) is one
 * article's: Hugo treats such files as the bundle's resources, and a migrated bundle keeps working.
 * A folder beside `slug.md` may also hold articles of its own, so its Markdown files stay articles.
 */
export function assignBundles(markdown: readonly DiscoveredFile[], others: readonly DiscoveredFile[]): Bundles {
  const bundleFolders = new Set(markdown.filter((file) => INDEX_NAME.test(fileName(file.relativePath))).map((file) => folderOf(file.relativePath)));
  const articles: DiscoveredFile[] = [];
  const files = new Map(others.map((file) => [file.relativePath, file]));
  const problems: DiscoveryProblem[] = [];
  for (const file of markdown) {
    const owner = enclosingBundle(file.relativePath, bundleFolders);
    if (owner === undefined) {
      articles.push(file);
      continue;
    }
    files.set(file.relativePath, file);
    problems.push({
      relativePath: file.relativePath,
      severity: "warning",
      message:
        `Markdown file inside the bundle of ${owner}index.md: it is published as a file of that article, not as an article ` +
        "(move it out of that folder to make it an article of its own)",
    });
  }
  return { articles, files, problems };
}

/**
 * The folder whose files belong to the article at `relativePath`, with a trailing "/":
 * "2019/flood/" for "2019/flood/index.md" and for "2019/flood.md". "" for an `index.md` at the top
 * of the content folder, whose bundle would be the whole content folder: it has none.
 */
export function bundleFolder(relativePath: string): string | undefined {
  if (INDEX_NAME.test(fileName(relativePath))) {
    const folder = folderOf(relativePath);
    return folder === "" ? undefined : folder;
  }
  return `${relativePath.replace(/\.md$/i, "")}/`;
}

/** The bundle folder strictly above `relativePath` (not the one it is the index of), outermost first. */
function enclosingBundle(relativePath: string, bundleFolders: ReadonlySet<string>): string | undefined {
  const own = INDEX_NAME.test(fileName(relativePath)) ? folderOf(relativePath) : undefined;
  let folder = "";
  for (const segment of relativePath.split("/").slice(0, -1)) {
    folder += `${segment}/`;
    if (folder !== own && bundleFolders.has(folder)) return folder;
  }
  return undefined;
}

/** "2019/flood/index.md" → "2019/flood/"; "top.md" → "". */
function folderOf(relativePath: string): string {
  return relativePath.slice(0, relativePath.lastIndexOf("/") + 1);
}

function fileName(relativePath: string): string {
  return relativePath.slice(relativePath.lastIndexOf("/") + 1);
}
