// Content stage, file-system edge: reads every article file of the content
// folder, decodes, parses and validates it, and returns the valid articles
// with every diagnostic. Bad content never throws, and neither does a file or
// folder that cannot be read: each is one more diagnostic beside the others.

import { closeSync, constants, openSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { contentError, type Diagnostic } from "../diagnostics";
import { describeOsError, isOsError } from "../file-system-error";
import { assignBundles } from "./bundles";
import { discoverArticleFiles, type DiscoveredFile } from "./discover";
import { parseFrontMatter } from "./front-matter";
import type { LoadedArticle } from "./types";
import { decodeUtf8 } from "./utf8";
import { validateArticle } from "./validate-article";

export interface LoadContentOptions {
  readonly contentDir: string;
  /** IANA zone that dates without an offset are in. */
  readonly zone: string;
  readonly includeDrafts: boolean;
  /** Diagnostics show paths relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
  /** Called once the article files are found, with how many there are, before any is read. */
  readonly onFiles?: (count: number) => void;
}

export interface LoadedContent {
  /** Valid articles (drafts only when included), in the order of their relative paths. */
  readonly articles: LoadedArticle[];
  /** Every file of the content folder that is not an article, by relative path (see bundles.ts); none is read here. */
  readonly files: ReadonlyMap<string, DiscoveredFile>;
  /** Article files that gave no article (drafts left out, files with errors): their bundles are theirs all the same. */
  readonly withoutArticle: readonly string[];
  readonly diagnostics: Diagnostic[];
}

export interface ArticleFile {
  readonly relativePath: string;
  readonly displayPath: string;
  readonly bytes: Uint8Array;
}

export interface FileOutcome {
  readonly article?: LoadedArticle;
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadContent(options: LoadContentOptions): Promise<LoadedContent> {
  const base = options.displayBase ?? process.cwd();
  await requireFolder(options.contentDir, toDisplayPath(base, options.contentDir));

  const articles: LoadedArticle[] = [];
  const withoutArticle: string[] = [];
  const discovery = await discoverArticleFiles(options.contentDir);
  const bundles = assignBundles(discovery.files, discovery.others);
  const files = bundles.articles;
  const shown = (relativePath: string) => toDisplayPath(base, join(options.contentDir, relativePath));
  const diagnostics: Diagnostic[] = [...discovery.problems, ...bundles.problems].map(({ relativePath, ...problem }) => ({
    ...problem,
    file: shown(relativePath),
  }));
  options.onFiles?.(files.length);
  for (const { relativePath, realPath } of files) {
    const displayPath = shown(relativePath);
    let bytes: Uint8Array;
    try {
      bytes = readArticleBytes(realPath);
    } catch (error) {
      if (!isOsError(error)) throw error;
      diagnostics.push({ severity: "error", file: displayPath, message: `cannot read the file: ${describeOsError(error)}` });
      withoutArticle.push(relativePath);
      continue;
    }
    const outcome = loadArticleFile({ relativePath, displayPath, bytes }, options.zone, options.includeDrafts);
    if (outcome.article) articles.push(outcome.article);
    else withoutArticle.push(relativePath);
    diagnostics.push(...outcome.diagnostics);
  }
  return { articles, files: bundles.files, withoutArticle, diagnostics };
}

/**
 * Reads the file discovery found, by its real path and without following a link in its last
 * part, so a file swapped for a link since it was found is not read. Synchronous on purpose: for
 * thousands of small files it measured about five times faster than promise-based reads, each of
 * which makes several thread-pool round trips.
 */
function readArticleBytes(realPath: string): Buffer {
  const fd = openSync(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Turns one file's bytes into an article and its diagnostics. A file marked `draft: true` is
 * skipped whole when drafts are excluded, problems included: unfinished work must not break a build.
 */
export function loadArticleFile(file: ArticleFile, zone: string, includeDrafts: boolean): FileOutcome {
  const at = (line: number, column: number, message: string): FileOutcome => ({
    diagnostics: [{ severity: "error", file: file.displayPath, line, column, message }],
  });

  const decoded = decodeUtf8(file.bytes);
  if (!decoded.ok) return at(decoded.position.line, decoded.position.column, decoded.message);

  const parsed = parseFrontMatter(decoded.text);
  if (!parsed.ok) return at(parsed.problem.line, parsed.problem.column, parsed.problem.message);

  const { data } = parsed.frontMatter;
  if (!includeDrafts && Object.hasOwn(data, "draft") && data.draft === true) return { diagnostics: [] };

  return validateArticle({
    frontMatter: parsed.frontMatter,
    relativePath: file.relativePath,
    displayPath: file.displayPath,
    zone,
  });
}

/** `path` relative to `base` with "/" separators, e.g. "content/2023/kim.md". */
export function toDisplayPath(base: string, path: string): string {
  const shown = relative(base, path);
  return (shown === "" ? "." : shown).split(sep).join("/");
}

async function requireFolder(dir: string, shown: string): Promise<void> {
  let isFolder = false;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    throw contentError(shown, "content folder does not exist: expected a folder of Markdown articles here");
  }
  if (!isFolder) throw contentError(shown, "content folder is a file: expected a folder of Markdown articles");
}
