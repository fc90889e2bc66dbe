// Markdown stage, build entry: renders an archive's bodies with the render
// cache (bodies rendered by an earlier build are taken from it) and renders
// the rest on the main thread or, when there are many, on worker threads.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { LoadedArticle, RenderedArticle } from "../content/types";
import type { Diagnostic } from "../diagnostics";
import { noteDiagnostics } from "./body-notes";
import { readCacheFile, readCacheOwner, writeCacheFile } from "./cache-file";
import { bodyKey, renderConfigKey } from "./cache-key";
import { createBodyRenderer, toRenderedArticle, type RenderedBody, type RenderOptions } from "./render-articles";
import { renderInWorkers, startRenderThreads, stopRenderThreads, type RenderThreads } from "./render-pool";

/** Below this many uncached bodies, starting threads costs more than it saves. */
export const DEFAULT_THREAD_THRESHOLD = 2000;
const MAX_DEFAULT_THREADS = 8;
const PROGRESS_STEP = 100;
/** A temporary cache file this old belongs to a build that was killed. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export interface CachedRenderOptions extends RenderOptions {
  /** The content folder the articles came from: each content folder has a cache file of its own. */
  readonly contentDir: string;
  /** Cache folder (the render cache is kept in its `render/` folder); undefined renders without a cache. */
  readonly cacheDir?: string;
  /** Threads for bodies not in the cache; 1 renders on the main thread. @default the number of cores, at most 8 */
  readonly threads?: number;
  /** Fewest uncached bodies worth starting threads for. @default DEFAULT_THREAD_THRESHOLD */
  readonly threadThreshold?: number;
  /** Called as bodies are done (from the cache or rendered). */
  readonly onProgress?: (done: number, total: number, cached: number) => void;
  /** Threads started while the content was read (see prestartRenderThreads); stopped when not wanted after all. */
  readonly started?: RenderThreads;
}

/**
 * Starts the render threads before the articles are read, when they will be wanted: `files`
 * articles reach the threshold and there is no render cache file they could come from. Starting
 * a thread takes about a fifth of a second, spent here while this thread reads the files.
 */
export function prestartRenderThreads(options: CachedRenderOptions, files: number): RenderThreads | undefined {
  const threads = options.threads ?? defaultThreads();
  if (threads <= 1 || files < (options.threadThreshold ?? DEFAULT_THREAD_THRESHOLD)) return undefined;
  if (options.cacheDir !== undefined && existsSync(renderCacheFile(options.cacheDir, options.contentDir))) return undefined;
  return startRenderThreads(options, threads);
}

export interface RenderStats {
  readonly articles: number;
  /** Bodies taken from the cache. */
  readonly cached: number;
  /** Bodies rendered by this build (identical bodies are rendered once). */
  readonly rendered: number;
  /** Worker threads used; 0 when everything ran on the main thread. */
  readonly threads: number;
}

export interface CachedRender {
  readonly articles: RenderedArticle[];
  /** Warnings about what rendering removed or changed in each article, cached bodies included. */
  readonly diagnostics: Diagnostic[];
  readonly stats: RenderStats;
}

/** Same articles as renderArticles() gives, faster when a cache from an earlier build exists. */
export async function renderArticlesCached(
  articles: readonly LoadedArticle[],
  options: CachedRenderOptions,
): Promise<CachedRender> {
  const configKey = renderConfigKey(options);
  const keys = articles.map((article) => bodyKey(configKey, article.body));
  const file = options.cacheDir === undefined ? undefined : renderCacheFile(options.cacheDir, options.contentDir);
  const unique = new Set(keys);
  const stored = file === undefined ? { entries: new Map<string, RenderedBody>(), stored: 0 } : readCacheFile(file, unique);
  // Filled up with the bodies rendered below, then the source of every article's HTML.
  const bodies = stored.entries;

  const missing = [...unique].filter((key) => !bodies.has(key));
  const cached = articles.length - keys.filter((key) => !bodies.has(key)).length;
  const sourceOf = new Map<string, string>();
  keys.forEach((key, index) => {
    if (!bodies.has(key) && !sourceOf.has(key)) sourceOf.set(key, articles[index]!.body);
  });
  const report = (rendered: number) => options.onProgress?.(Math.min(articles.length, cached + rendered), articles.length, cached);
  report(0);

  const threads = chooseThreads(missing.length, options);
  const sources = missing.map((key) => sourceOf.get(key)!);
  if (threads === 0 && options.started !== undefined) await stopRenderThreads(options.started);
  const fresh = threads > 0 ? await renderInWorkers(sources, options, options.started ?? threads, report) : renderHere(sources, options, report);
  missing.forEach((key, index) => bodies.set(key, fresh[index]!));
  report(missing.length);

  if (file !== undefined && (missing.length > 0 || stored.stored !== unique.size)) {
    saveCache(file, options.contentDir, [...unique].map((key) => [key, bodies.get(key)!] as const));
  }
  const diagnostics: Diagnostic[] = [];
  const rendered = articles.map((article, index) => {
    const body = bodies.get(keys[index]!)!;
    if (body.notes.length > 0) diagnostics.push(...noteDiagnostics(article.displayPath, article.bodyLine, body.notes));
    return toRenderedArticle(article, body);
  });
  return { articles: rendered, diagnostics, stats: { articles: articles.length, cached, rendered: missing.length, threads } };
}

/** `<cacheDir>/render/<hash of the content folder's absolute path>.bin` */
export function renderCacheFile(cacheDir: string, contentDir: string): string {
  const owner = createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "render", `${owner}.bin`);
}

function defaultThreads(): number {
  return Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
}

function chooseThreads(uncached: number, options: CachedRenderOptions): number {
  const threads = options.threads ?? defaultThreads();
  return threads > 1 && uncached >= (options.threadThreshold ?? DEFAULT_THREAD_THRESHOLD) ? threads : 0;
}

function renderHere(sources: readonly string[], options: RenderOptions, report: (rendered: number) => void): RenderedBody[] {
  const render = createBodyRenderer(options);
  return sources.map((source, index) => {
    if (index % PROGRESS_STEP === 0) report(index);
    return render(source);
  });
}

/**
 * The cache only speeds builds up, so failing to write it (read-only or full disk) must not fail
 * the build. Cache files of content folders that no longer exist are removed on the way.
 */
function saveCache(file: string, contentDir: string, entries: readonly (readonly [string, RenderedBody])[]): void {
  try {
    writeCacheFile(file, path.resolve(contentDir), entries);
    removeOrphans(path.dirname(file), file);
  } catch {
    // The next build renders what could not be stored.
  }
}

function removeOrphans(folder: string, current: string): void {
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (file === current) continue;
    if (name.endsWith(".tmp")) {
      if (Date.now() - statSync(file).mtimeMs > ABANDONED_AFTER_MS) rmSync(file, { force: true });
    } else if (name.endsWith(".bin")) {
      const owner = readCacheOwner(file);
      if (owner === undefined || !existsSync(owner)) rmSync(file, { force: true });
    }
  }
}
