// Search stage, build side: indexes the article pages of a written site with
// Pagefind, one index per shard (see search-shards.ts), and writes each
// shard's browser bundle to <site>/pagefind/<id>/ plus the list of shards the
// search page merges, <site>/pagefind/shards.json. Shards the caller can take
// from the previous output are not indexed again.
//
// Pagefind runs as its command-line program, one process per shard: each
// process gives its memory back when it exits, and a process that fails or is
// killed (out of memory) is reported, where Pagefind's Node API would wait
// forever for an answer from its dead service. When one shard fails, the
// Pagefind processes still running are killed before the failure is passed
// on, so none of them writes into a site folder the caller then discards.

import { spawn, type ChildProcess } from "node:child_process";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { outputPathFor } from "../render/site-files";
import { errnoCode } from "../file-system-error";
import { DATE_SORT_KEY, PAGEFIND_DIR, SHARD_LIST_NAME } from "./search-names";
import { PLACEHOLDER_PATH, PLACEHOLDER_SORT_VALUE, type SearchShard } from "./search-shards";

/** The list of shards the search page reads: `{ shards: [{ dir: "0/", weight: 1 }, …] }`, oldest first. */
export const SHARD_LIST_FILE = `${PAGEFIND_DIR}/${SHARD_LIST_NAME}`;

/** Where the shards' input pages are gathered, inside the site folder and removed afterwards. */
const INPUT_DIR = ".pagefind-input";

export interface SearchIndexOptions {
  readonly shards: readonly SearchShard[];
  /** The site language (`<html lang>`), which Pagefind groups its index by. */
  readonly language: string;
  /** Shards whose bundle is already in place (linked from the previous output); they are not indexed. */
  readonly reused?: (shard: SearchShard) => boolean;
  /** Pagefind processes at a time. @default the number of cores, at most 2 */
  readonly concurrency?: number;
  /** Called after each shard is indexed or reused. */
  readonly onShard?: (done: number) => void;
  /** Called with each Pagefind process as it starts, so that the owner of the site folder can stop it (see staged-output.ts). */
  readonly onProcess?: (child: ChildProcess) => void;
}

export interface SearchIndexSummary {
  readonly shards: number;
  /** Shards indexed by this call (the others were reused). */
  readonly indexed: number;
  /** Article pages in the indexes of the shards indexed by this call. */
  readonly pagesIndexed: number;
  /** What this call wrote, as paths in the site folder: the indexed shards' folders and the shard list. */
  readonly fresh: readonly string[];
}

/** Indexes every shard not reused and writes the shard list. Rejects on any Pagefind failure; the caller discards the site. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const site = path.resolve(siteDir);
  const pending = options.shards.filter((shard) => !(options.reused?.(shard) ?? false));
  let done = options.shards.length - pending.length;
  options.onShard?.(done);
  let pagesIndexed = 0;
  const inputRoot = path.join(site, INPUT_DIR);
  try {
    await eachLimited(pending, options.concurrency ?? Math.min(2, availableParallelism()), async (shard, stop) => {
      const input = path.join(inputRoot, shard.id);
      gatherInput(site, input, shard, options.language);
      const bundle = path.join(site, shard.bundleDir);
      await runPagefind(input, bundle, pagefindExecutable(), { stop, onProcess: options.onProcess });
      rmSync(input, { recursive: true, force: true });
      // Less the placeholder. An article whose page has no words at all is not in the index.
      pagesIndexed += indexedPageCount(bundle) - 1;
      options.onShard?.(++done);
    });
  } finally {
    rmSync(inputRoot, { recursive: true, force: true });
  }
  writeFileSync(path.join(site, SHARD_LIST_FILE), shardListJson(options.shards));
  const fresh = [...pending.map((shard) => shard.bundleDir), SHARD_LIST_FILE];
  return { shards: options.shards.length, indexed: pending.length, pagesIndexed, fresh };
}

/** The shard list the search page fetches; folders relative to the pagefind/ folder. */
export function shardListJson(shards: readonly SearchShard[]): string {
  return `${JSON.stringify({ shards: shards.map((shard) => ({ dir: `${shard.id}/`, weight: shard.indexWeight })) })}\n`;
}

/**
 * The placeholder that takes the first place in a shard's date order (see search-shards.ts). Its one
 * word is in Linear B, a script no reader searches a news archive in, since a page without words is
 * left out of the index.
 */
export function placeholderPage(language: string): string {
  const lang = language.replace(/[^A-Za-z0-9-]/g, "");
  return `<!doctype html><html lang="${lang}"><head><title>-</title></head><body><div data-pagefind-body data-pagefind-sort="${DATE_SORT_KEY}:${PLACEHOLDER_SORT_VALUE}">\u{10000}\u{10001}\u{10002}</div></body></html>\n`;
}

/** Hard-links the shard's article pages into `input`, at their paths in the site, beside the placeholder. */
function gatherInput(site: string, input: string, shard: SearchShard, language: string): void {
  rmSync(input, { recursive: true, force: true });
  const made = new Set<string>();
  const place = (relative: string): string => {
    const target = path.join(input, relative);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    return target;
  };
  for (const article of shard.articles) {
    const page = outputPathFor(article.path);
    linkSync(path.join(site, page), place(page));
  }
  writeFileSync(place(PLACEHOLDER_PATH), placeholderPage(language));
}

interface BundleEntry {
  readonly languages?: Record<string, { readonly page_count?: number }>;
}

function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as BundleEntry;
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Pagefind's executable from its npm package (PAGEFIND_BINARY_PATH overrides it, as in Pagefind's own wrapper). */
export function pagefindExecutable(): string {
  const override = process.env.PAGEFIND_BINARY_PATH;
  if (override !== undefined && override !== "") return override;
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const suffix = platform === "windows" ? ".exe" : "";
  // The pagefind package resolves its platform package the same way; it is installed beside it.
  const require = createRequire(import.meta.resolve("pagefind"));
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.arch}/bin/${name}${suffix}`);
    } catch {
      // Try the next name.
    }
  }
  throw new Error(`Search index: Pagefind has no executable for ${platform}-${process.arch}; run \`npm ci\` on a supported platform`);
}

export interface PagefindRun {
  /** When aborted, the process is killed; the run settles once it has exited. */
  readonly stop?: AbortSignal;
  /** Called with the process once it has started. */
  readonly onProcess?: (child: ChildProcess) => void;
}

/**
 * Runs Pagefind over `input`, writing its bundle to `bundle`; rejects with Pagefind's own output
 * when it fails. Settles only once the process has exited, so nothing writes into `bundle` after.
 */
export function runPagefind(input: string, bundle: string, executable: string = pagefindExecutable(), run: PagefindRun = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ["--site", input, "--output-path", bundle, "--silent"], { stdio: ["ignore", "pipe", "pipe"] });
    if (child.pid !== undefined) run.onProcess?.(child);
    const kill = () => child.kill("SIGKILL");
    if (run.stop?.aborted === true) kill();
    run.stop?.addEventListener("abort", kill, { once: true });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => reject(new Error(`Search index: could not start Pagefind (${executable}): ${error.message}`)));
    child.on("close", (code, signal) => {
      run.stop?.removeEventListener("abort", kill);
      if (code === 0) return resolve();
      const how =
        signal === "SIGKILL"
          ? "was killed (SIGKILL), most often because the machine ran out of memory"
          : signal !== null
            ? `was stopped by ${signal}`
            : `exited with status ${code}`;
      const failure = new Error(`Search index: Pagefind ${how} while indexing ${input}${output.trim() === "" ? "" : `:\n${output.trim()}`}`);
      reject(withOsErrorCode(failure, output, bundle));
    });
  });
}

/**
 * Pagefind is written in Rust, which reports a failed file operation as `Os { code: 28, … }` or
 * `… (os error 28)`. Such a failure gets that error's code and the bundle folder as its path, so
 * that a full disk while indexing is reported as a full disk (see file-system-error.ts).
 */
function withOsErrorCode(error: Error, output: string, bundle: string): Error {
  const match = /\bOs \{ code: (\d+)|\(os error (\d+)\)/.exec(output);
  const code = match === null ? undefined : errnoCode(Number(match[1] ?? match[2]));
  return code === undefined ? error : Object.assign(error, { code, path: bundle });
}

/**
 * Runs `task` over `items`, at most `limit` at a time. The first failure aborts the signal every
 * task is given, and rejects once the running ones have settled.
 */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, stop: AbortSignal) => Promise<void>): Promise<void> {
  const stop = new AbortController();
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item, stop.signal);
      } catch (error) {
        failure ??= error;
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure;
}
