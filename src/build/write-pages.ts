// Write stage: Eleventy renders and writes the pages that cannot be reused
// into the staging folder, a batch at a time, then the reused ones are linked
// in from the previous output. Progress is reported as files arrive.

import Eleventy from "@11ty/eleventy";
import configureEleventy from "../../.eleventy";
import type { ArchiveModel } from "../model/types";
import { withPageHooks } from "./eleventy-hooks";
import { outputPaths } from "./page-fingerprint";
import { linkReusedPages, type ReusePlan } from "./page-reuse";
import type { ProgressListener } from "./progress";

/**
 * Eleventy keeps every page it renders in memory until its run ends, about twice the bytes of the
 * written files, so a 100,000-article archive would need more than Node's default heap. Pages are
 * therefore rendered by several runs of at most this many pages each; each run costs well under a
 * second of setup.
 */
export const WRITE_BATCH = 5000;

export interface WritePagesOptions {
  readonly model: ArchiveModel;
  /** Eleventy's input folder (it holds no templates; every page is virtual). */
  readonly eleventyInput: string;
  readonly stagingDir: string;
  /** The output being replaced, where reused pages are taken from. */
  readonly previousDir: string;
  readonly plan: ReusePlan;
  /** Most pages one Eleventy run renders. @default WRITE_BATCH */
  readonly batchSize?: number;
  readonly progress?: ProgressListener;
}

export interface WrittenPages {
  /** Files in the staging folder: written by Eleventy plus reused. */
  readonly files: number;
  readonly reused: number;
}

export async function writePages(options: WritePagesOptions): Promise<WrittenPages> {
  const { model, plan, progress } = options;
  const known = new Set(outputPaths(model));
  const batches = inBatches(
    [...known].filter((page) => !plan.reused.has(page)),
    options.batchSize ?? WRITE_BATCH,
  );
  let written = 0;
  let files = 0;
  progress?.({ phase: "write", done: 0 });
  for (const [index, batch] of batches.entries()) {
    let failure: Error | undefined;
    // The first run also writes what is not a page of the model: single-page templates, assets, and
    // any paginated entry the model does not list.
    const hooks = {
      singles: index === 0,
      skip: (page: string) => plan.reused.has(page) || (known.has(page) ? !batch.has(page) : index > 0),
      writing: () => progress?.({ phase: "write", done: ++written }),
      failed: (error: Error) => {
        failure ??= error;
      },
    };
    const eleventy = new Eleventy(options.eleventyInput, options.stagingDir, {
      quietMode: true,
      config: (eleventyConfig) => configureEleventy(withPageHooks(eleventyConfig, hooks), () => model),
    });
    const [, pages] = await eleventy.write();
    if (failure !== undefined) throw failure;
    files += pages.filter((page) => page.outputPath !== false).length;
  }

  const reused = linkReusedPages(plan, options.previousDir, options.stagingDir, (count) =>
    progress?.({ phase: "write", done: written + count, reused: count }),
  );
  progress?.({ phase: "write", done: files + reused, reused, finished: true });
  return { files: files + reused, reused };
}

/** At least one batch, so that the single-page templates are always written. */
function inBatches(pages: readonly string[], size: number): Set<string>[] {
  const batches: Set<string>[] = [];
  for (let start = 0; start === 0 || start < pages.length; start += size) batches.push(new Set(pages.slice(start, start + size)));
  return batches;
}
