// Write stage: has Eleventy write the site's own part (the templates of the
// pages folder, passthrough copies, the stylesheet), then renders every archive
// file that cannot be reused and hands it to Eleventy, which writes it into
// the staging folder; then the reused pages are linked in from the previous
// output. Eleventy runs on a worker thread (see page-writer.ts) so that writing
// one batch overlaps rendering the next.

import path from "node:path";
import { performance } from "node:perf_hooks";
import { ContentError } from "../../diagnostics";
import { toDisplayPath } from "../../content/load-content";
import { ASSETS_DIR } from "../../eleventy/project";
import { chromeOf } from "../../eleventy/run-context";
import type { ArchiveModel } from "../../model/types";
import { archiveOutputs, outputCollisions, unrenderedPages } from "../../pages/page-collisions";
import { siteFiles, type SiteFile } from "../../render/site-files";
import type { RenderedFile, SiteRunFile, SiteRunResult } from "./eleventy-writer";
import { linkReused } from "./link-reused";
import { isReused, SITE_GROUP, type OutputPlan } from "../reuse/output-plan";
import { startPageWriter, type PageWriter } from "./page-writer";
import type { ProgressListener } from "../../pipeline/progress";
import { collectGarbageIfLarge } from "../../pipeline/release-memory";
import { themeErrorDiagnostic } from "../../theme/theme-error";

/**
 * Eleventy keeps every file of a run, and its own record of each, until the run ends; files are
 * therefore written by several runs of at most this many files each, so memory stays flat however
 * large the archive. A run costs a few hundredths of a second, spent beside the rendering.
 */
export const WRITE_BATCH = 2000;

/**
 * Rendering hands the event loop a turn at least this often, so Ctrl-C is answered (tsx, which
 * `npm run build` runs under, kills a child that does not answer within 60 ms) and the writer's
 * progress arrives as it happens.
 */
const TURN_EVERY_MS = 20;

/** Rendered files are sent to the writer in messages of about this many bytes. */
const MESSAGE_BYTES = 256 * 1024;

export interface WritePagesOptions {
  readonly model: ArchiveModel;
  /** The Eleventy configuration file every run loads (the project's .eleventy.ts). */
  readonly configFile: string;
  /** Its pages folder, whose checked pages Eleventy must all render. */
  readonly pagesDir?: string;
  readonly stagingDir: string;
  /** The output being replaced, where reused pages are taken from. */
  readonly previousDir: string;
  readonly plan: OutputPlan;
  /** Eleventy's thread, if started earlier (see startPageWriter); one is started otherwise. Always stopped at the end. */
  readonly writer?: PageWriter;
  /** Most files one Eleventy run writes. @default WRITE_BATCH */
  readonly batchSize?: number;
  readonly progress?: ProgressListener;
}

export interface WrittenPages {
  /** Files in the staging folder: written by Eleventy plus reused. */
  readonly files: number;
  readonly reused: number;
  /** What Eleventy wrote, as paths in the staging folder: every file not reused and the site's own part when it ran. */
  readonly fresh: readonly string[];
  /** What the site's own run wrote and read, when it ran (it is skipped when the plan takes its files over). */
  readonly siteRun?: { readonly files: readonly string[]; readonly sources: readonly string[] };
}

export async function writePages(options: WritePagesOptions): Promise<WrittenPages> {
  const { plan, progress } = options;
  // Files rendered on every build were rendered once already, for the plan.
  const rendered = siteFiles(options.model)
    .filter((file) => !plan.reused.has(file.outputPath))
    .map((file) => {
      const text = plan.rendered.get(file.outputPath);
      return text === undefined ? file : { outputPath: file.outputPath, render: () => text };
    });
  const batches = inBatches(rendered, options.batchSize ?? WRITE_BATCH);
  const runSite = !isReused(plan, SITE_GROUP);
  progress?.({ phase: "write", done: 0 });
  const writer = options.writer ?? startPageWriter(options.model);
  const target = { output: options.stagingDir, configFile: options.configFile, pathPrefix: options.model.site.pathPrefix };
  writer.start(target, (written) => progress?.({ phase: "write", done: written }));
  let files = 0;
  let site: SiteRunResult = { files: [], sources: [] };
  try {
    if (runSite) writer.site(chromeOf(options.model));
    // While the writer thread starts: the content stages' leftovers go before the heap grows again.
    await collectGarbageIfLarge();
    for (const [index, batch] of batches.entries()) {
      writer.send({ type: "batch", paths: batch.map((file) => file.outputPath) });
      // At most two runs' files are waiting to be written: the one being written and this one.
      if (index >= 2) files += await writer.batchDone(index - 2);
      await renderAll(batch, writer);
    }
    for (let index = Math.max(0, batches.length - 2); index < batches.length; index++) files += await writer.batchDone(index);
    if (runSite) site = await writer.siteDone();
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await writer.close();
  }

  // A page whose URL only Eleventy knew, or a copied file, may land on an archive file; a page the
  // navigation links to may have been ignored by Eleventy: refuse the site.
  const pageByInput = new Map(options.model.sitePages.map((page) => [path.resolve(options.pagesDir ?? "", page.relativePath), page]));
  const asPageOutput = (file: SiteRunFile) => {
    const page = pageByInput.get(path.resolve(file.inputPath));
    const permalinkLine = page !== undefined && page.lines.url > 1 ? page.lines.url : undefined;
    return { displayPath: toDisplayPath(process.cwd(), path.resolve(file.inputPath)), outputFile: file.outputPath, permalinkLine, copied: file.copied };
  };
  const collisions = outputCollisions(site.files.filter((file) => !isBuiltInAsset(file)).map(asPageOutput), archiveOutputs(options.model));
  const renderedInputs = new Set(site.files.map((file) => path.resolve(file.inputPath)));
  const missing = runSite && options.pagesDir !== undefined ? unrenderedPages(options.model.sitePages, options.pagesDir, renderedInputs) : [];
  if (collisions.length + missing.length > 0) throw new ContentError([...collisions, ...missing]);
  files += site.files.length;

  const taken = [...plan.reused, ...(runSite ? [] : (plan.groups.get(SITE_GROUP)?.reusable ?? []))];
  const reused = linkReused(taken, options.previousDir, options.stagingDir, (count) =>
    progress?.({ phase: "write", done: files + count, reused: count }),
  );
  progress?.({ phase: "write", done: files + reused, reused, finished: true });
  const ownFiles = site.files.map((file) => file.outputPath);
  return {
    files: files + reused,
    reused,
    fresh: [...rendered.map((file) => file.outputPath), ...ownFiles],
    siteRun: runSite ? { files: ownFiles, sources: site.sources } : undefined,
  };
}

function isBuiltInAsset(file: SiteRunFile): boolean {
  return !path.relative(ASSETS_DIR, path.resolve(file.inputPath)).startsWith("..");
}

/** Renders `files` in order and sends them to the writer, giving the event loop its turns. */
async function renderAll(files: readonly SiteFile[], writer: PageWriter): Promise<void> {
  const encoder = new TextEncoder();
  let message: RenderedFile[] = [];
  let size = 0;
  const flush = () => {
    if (message.length === 0) return;
    writer.send({ type: "files", files: message }, message.map((file) => file.bytes.buffer as ArrayBuffer));
    message = [];
    size = 0;
  };
  let lastTurn = performance.now();
  for (const file of files) {
    const bytes = encoder.encode(renderFile(file));
    message.push({ outputPath: file.outputPath, bytes });
    size += bytes.byteLength;
    if (size >= MESSAGE_BYTES) flush();
    if (performance.now() - lastTurn >= TURN_EVERY_MS) {
      flush();
      await new Promise((resolve) => setImmediate(resolve));
      writer.check();
      lastTurn = performance.now();
    }
  }
  flush();
}

function renderFile(file: SiteFile): string {
  try {
    return file.render();
  } catch (error) {
    // A site's layout override or label that fails is the site's problem, told with its file.
    const theme = themeErrorDiagnostic(error, file.outputPath);
    if (theme !== undefined) throw new ContentError([theme]);
    throw new Error(`Could not render ${file.outputPath}`, { cause: error });
  }
}

/** At least one batch, so that a build writes its sitemap and stylesheet even when every page is reused. */
function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start === 0 || start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
