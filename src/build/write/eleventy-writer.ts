// Write stage, Eleventy's side: runs Eleventy with the project's configuration
// (.eleventy.ts): once for the site's own part (the templates in the pages
// folder, passthrough copies, the stylesheet), then once per batch of the files
// the main thread renders (see write-pages.ts), and reports back what was
// written. It runs on a worker thread of its own for large sites (see
// page-writer.ts), so that Eleventy's own work per file (its page records, the
// folders, the writes) happens beside the rendering instead of after it.

import path from "node:path";
import Eleventy, { type UserConfig } from "@11ty/eleventy";
import type { Diagnostic } from "../../diagnostics";
import type { FileEntry } from "../../eleventy/files-template";
import { allowTypeScriptImports } from "../../eleventy/project";
import { attachRun, type ArchiveRun, type SiteChrome } from "../../eleventy/run-context";
import { templateErrorDiagnostics } from "../../eleventy/template-errors";
import { configOf, transformsText, quietLogging, writeSettled } from "./eleventy-internals";
import { themeErrorDiagnostic } from "../../theme/theme-error";
import { errorRecords, type ErrorRecord } from "./thread-errors";

/** A rendered file on its way to the writer. */
export interface RenderedFile {
  readonly outputPath: string;
  readonly bytes: Uint8Array;
}

/** A file Eleventy wrote for the site's own part, from the output folder. */
export interface SiteRunFile {
  /** The template or copied file it came from, relative to the working directory ("./pages/about.md"). */
  readonly inputPath: string;
  /** From the output folder: "/about/index.html", "/assets/site.css". */
  readonly outputPath: string;
  /** A passthrough copy (the static folder, the stylesheet, the configuration's copies) rather than a page. */
  readonly copied?: true;
}

/** What the site's own run wrote and what its passthrough copies read. */
export interface SiteRunResult {
  readonly files: readonly SiteRunFile[];
  /** The inputs of the configuration's passthrough copies, as configured (paths or globs, from the working directory). */
  readonly sources: readonly string[];
}

export type ToWriter =
  /** Where the files go and the Eleventy configuration file; comes first (the writer is started before the folder exists). */
  | { readonly type: "start"; readonly output: string; readonly configFile: string; readonly pathPrefix: string }
  /** The site's own run, before any batch. */
  | { readonly type: "site"; readonly chrome: SiteChrome }
  /** The next Eleventy run: these files, in this order. */
  | { readonly type: "batch"; readonly paths: readonly string[] }
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
  /** The site's own run has ended: what it wrote (templates and copies) and read. */
  | { readonly type: "site-done"; readonly result: SiteRunResult }
  /**
   * A run failed; no other will start. The error and those it wraps, outermost first, and, when the
   * fault is in the user's templates or configuration, what to tell them.
   */
  | { readonly type: "failed"; readonly errors: readonly ErrorRecord[]; readonly diagnostics?: readonly Diagnostic[] }
  /** After a finish or an abort: nothing is being written any more. */
  | { readonly type: "stopped" };

const PROGRESS_EVERY = 100;

/** The writer's own transform, which counts the files written. */
const PROGRESS_TRANSFORM = "archive-write-progress";

/** A writer: give it the messages in order, it answers through `post`. */
export function createEleventyWriter(post: (message: FromWriter) => void): (message: ToWriter) => void {
  const arrived = new Map<string, Buffer>();
  const waiting = new Map<string, (bytes: Buffer) => void>();
  let stopped = false;
  let written = 0;
  let runs = Promise.resolve();
  let output = "";
  let configFile = "";
  let pathPrefix = "/";
  /** Whether the configuration adds transforms of its own (set once Eleventy has read it). */
  let userTransforms = false;

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
    addTransform.call(config, PROGRESS_TRANSFORM, (content) => {
      if (++written % PROGRESS_EVERY === 0) post({ type: "written", count: written });
      return content;
    });
  };

  /** One Eleventy run of the project's configuration for `archiveRun`; resolves with what it wrote and read. */
  const run = async (archiveRun: ArchiveRun): Promise<SiteRunResult | undefined> => {
    if (stopped) return undefined;
    try {
      allowTypeScriptImports();
      const eleventy = new Eleventy(undefined, output, {
        quietMode: true,
        configPath: configFile,
        pathPrefix,
        config: (config) => {
          attachRun(config, archiveRun);
          countWrites(config);
        },
      });
      quietLogging(eleventy);
      await eleventy.init();
      userTransforms = transformsText(configOf(eleventy), PROGRESS_TRANSFORM);
      const writesTo = path.resolve((eleventy as unknown as { directories: { output: string } }).directories.output);
      if (writesTo !== path.resolve(output)) throw new OutputFolderChanged(writesTo);
      const [copies, pages] = await writeSettled(eleventy);
      post({ type: "written", count: written });
      const sources = Object.keys(configOf(eleventy).passthroughCopies ?? {});
      return { files: [...writtenPages(pages, output), ...copiedFiles(copies, output)], sources };
    } catch (error) {
      stopped = true;
      post({ type: "failed", errors: errorRecords(error), diagnostics: diagnosticsFor(error, configFile, output) });
      return undefined;
    }
  };

  return (message) => {
    switch (message.type) {
      case "start":
        ({ output, configFile } = message);
        pathPrefix = message.pathPrefix || "/";
        break;
      case "site":
        runs = runs.then(async () => {
          const result = await run({ role: "site", chrome: message.chrome });
          if (result !== undefined) post({ type: "site-done", result });
        });
        break;
      case "batch": {
        // Eleventy documents transforms as taking text; without any of the user's, bytes pass as they are.
        const files: FileEntry[] = message.paths.map((outputPath) => ({
          outputPath,
          render: () => contentOf(outputPath).then((bytes) => (userTransforms ? bytes.toString("utf8") : bytes)),
        }));
        runs = runs.then(async () => {
          const wrote = await run({ role: "files", files: () => files });
          if (wrote !== undefined) post({ type: "batch-done", files: wrote.files.length });
        });
        break;
      }
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

/** The configuration file moved Eleventy's output folder away from the staging folder the build swaps in. */
class OutputFolderChanged extends Error {
  constructor(readonly writesTo: string) {
    super(`Eleventy would write to ${writesTo}`);
  }
}

function diagnosticsFor(error: unknown, configFile: string, output: string): Diagnostic[] | undefined {
  if (error instanceof OutputFolderChanged) {
    return [
      {
        severity: "error",
        file: path.relative(process.cwd(), configFile) || configFile,
        message:
          "output folder: expected the configuration to leave Eleventy's output folder to the build, got `dir.output` or `setOutputDirectory` " +
          `(writing to ${error.writesTo}); remove it and choose the folder with \`npm run build -- --output DIR\`, since the build writes into a staging folder and swaps it in only when everything succeeded`,
      },
    ];
  }
  const theme = themeErrorDiagnostic(error);
  if (theme !== undefined) return [theme];
  return templateErrorDiagnostics(error, { configFile, output });
}

interface EleventyPage {
  readonly inputPath: string;
  readonly outputPath: string | false;
}

function writtenPages(pages: readonly EleventyPage[], output: string): SiteRunFile[] {
  return pages.flatMap((page) =>
    page.outputPath === false ? [] : [{ inputPath: page.inputPath, outputPath: fromOutput(page.outputPath, output) }],
  );
}

/** Eleventy reports each passthrough copy as `{ map: { input: output } }`. */
function copiedFiles(copies: readonly unknown[], output: string): SiteRunFile[] {
  return copies.flatMap((copy) => {
    const map = (copy as { map?: Record<string, string> } | undefined)?.map ?? {};
    return Object.entries(map).map(([inputPath, outputPath]) => ({ inputPath, outputPath: fromOutput(outputPath, output), copied: true as const }));
  });
}

function fromOutput(file: string, output: string): string {
  return `/${path.relative(output, path.resolve(file)).split(path.sep).join("/")}`;
}
