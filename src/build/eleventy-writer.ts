// Write stage, Eleventy's side: runs Eleventy over the files the main thread
// renders (see write-pages.ts), one run per batch, and reports back what was
// written. It runs on a worker thread of its own for large sites (see
// page-writer.ts), so that Eleventy's own work per file (its page records, the
// folders, the writes) happens beside the rendering instead of after it.

import Eleventy, { type UserConfig } from "@11ty/eleventy";
import { filesPlugin, type FileEntry } from "../eleventy/files-plugin";
import { errorRecords, type ErrorRecord } from "./thread-errors";

/** A rendered file on its way to the writer. */
export interface RenderedFile {
  readonly outputPath: string;
  readonly bytes: Uint8Array;
}

export type ToWriter =
  /** Where the files go; comes first (the writer is started before the folder exists). */
  | { readonly type: "start"; readonly output: string }
  /** The next Eleventy run: these files, in this order, and the stylesheet copy when `assets`. */
  | { readonly type: "batch"; readonly paths: readonly string[]; readonly assets: boolean }
  | { readonly type: "files"; readonly files: readonly RenderedFile[] }
  /** Every batch has been sent: stop once they are written. */
  | { readonly type: "finish" }
  /** Nothing more is coming: finish the current run with empty files and start no other. */
  | { readonly type: "abort" };

export type FromWriter =
  /** Files written so far, over all runs. */
  | { readonly type: "written"; readonly count: number }
  /** A run has ended; `files` is how many files it wrote. */
  | { readonly type: "batch-done"; readonly files: number }
  /** A run failed; no other will start. The error and those it wraps, outermost first. */
  | { readonly type: "failed"; readonly errors: readonly ErrorRecord[] }
  /** After a finish or an abort: nothing is being written any more. */
  | { readonly type: "stopped" };

const PROGRESS_EVERY = 100;

/**
 * A writer for Eleventy's input folder `input` (it holds no templates; every file is virtual):
 * give it the messages in order, it answers through `post`.
 */
export function createEleventyWriter(input: string, post: (message: FromWriter) => void): (message: ToWriter) => void {
  const arrived = new Map<string, Buffer>();
  const waiting = new Map<string, (bytes: Buffer) => void>();
  let stopped = false;
  let written = 0;
  let runs = Promise.resolve();
  let output = "";

  /** The content of `outputPath`, once it has been sent; empty after an abort. */
  const contentOf = (outputPath: string): Promise<Buffer> => {
    const bytes = arrived.get(outputPath);
    if (bytes !== undefined) {
      arrived.delete(outputPath);
      return Promise.resolve(bytes);
    }
    if (stopped) return Promise.resolve(Buffer.alloc(0));
    return new Promise((resolve) => waiting.set(outputPath, resolve));
  };

  const receive = (file: RenderedFile) => {
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const resolve = waiting.get(file.outputPath);
    if (resolve === undefined) {
      arrived.set(file.outputPath, bytes);
    } else {
      waiting.delete(file.outputPath);
      resolve(bytes);
    }
  };

  /** Transforms run once per file right before Eleventy writes it. addTransform is Eleventy API that types/eleventy.d.ts does not declare. */
  const countWrites = (config: UserConfig) => {
    const { addTransform } = config as unknown as { addTransform: (name: string, transform: (content: unknown) => unknown) => void };
    addTransform.call(config, "archive-write-progress", (content) => {
      if (++written % PROGRESS_EVERY === 0) post({ type: "written", count: written });
      return content;
    });
  };

  const run = async (paths: readonly string[], assets: boolean) => {
    if (stopped) return;
    const files: FileEntry[] = paths.map((outputPath) => ({ outputPath, render: () => contentOf(outputPath) }));
    const eleventy = new Eleventy(input, output, {
      quietMode: true,
      config: (config) => {
        // As .eleventy.ts: only virtual templates are pages.
        config.setTemplateFormats(["11ty.js"]);
        filesPlugin(config, () => files, { assets });
        countWrites(config);
      },
    });
    withoutRunSummary(eleventy);
    try {
      const [, pages] = await eleventy.write();
      post({ type: "written", count: written });
      post({ type: "batch-done", files: pages.filter((page) => page.outputPath !== false).length });
    } catch (error) {
      stopped = true;
      post({ type: "failed", errors: errorRecords(error) });
    }
  };

  return (message) => {
    switch (message.type) {
      case "start":
        output = message.output;
        break;
      case "batch":
        runs = runs.then(() => run(message.paths, message.assets));
        break;
      case "files":
        for (const file of message.files) receive(file);
        break;
      case "finish":
        void runs.then(() => post({ type: "stopped" }));
        break;
      case "abort":
        stopped = true;
        for (const resolve of waiting.values()) resolve(Buffer.alloc(0));
        waiting.clear();
        arrived.clear();
        void runs.then(() => post({ type: "stopped" }));
        break;
    }
  };
}

interface EleventyLogger {
  logWithOptions(options: { readonly message?: unknown; readonly force?: boolean }): void;
}

/**
 * Eleventy ends every run with a forced "Wrote N files in … seconds" line even in quiet mode; a
 * build of many runs would print dozens of them before its own summary. Only that line is
 * dropped: warnings and errors still reach the console. `logger` is Eleventy's public property,
 * not declared in types/eleventy.d.ts.
 */
function withoutRunSummary(eleventy: Eleventy): void {
  const logger = (eleventy as unknown as { logger: EleventyLogger }).logger;
  const log = logger.logWithOptions.bind(logger);
  logger.logWithOptions = (options) => {
    const text = typeof options.message === "string" ? options.message.replace(/\u001b\[[0-9;]*m/g, "") : "";
    if (/^(?:Copied \d+ )?Wrote \d+ files?\b/.test(text)) return;
    log(options);
  };
}
