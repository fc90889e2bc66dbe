// Pipeline driver for a whole build, in this order:
//   1. configuration: the site settings, the output folder checked, the Eleventy configuration read;
//   2. content → Markdown → model (prepare-archive.ts), the site's own pages checked with it;
//   3. the output plan (src/build/reuse): what each output file is made from, what the
//      previous output already holds; when it holds everything, the build stops here;
//   4. writing into a staging folder (src/build/write): the site's own Eleventy run, the
//      archive's files in batches, the rest linked from the previous output;
//   5. search: Pagefind indexes the article pages shard by shard, unchanged shards linked;
//   6. files written anew with the bytes they had keep their modification time;
//   7. the staging folder replaces the output (src/build/output), and the plan is recorded.
// Nothing is written when any stage fails.

import { loadSiteConfig, SITE_CONFIG_FILE, withStaticDir } from "../config/site-config";
import { PROJECT_ELEVENTY_CONFIG, readEleventySettings } from "../eleventy/project";
import { chromeOf } from "../eleventy/run-context";
import type { Diagnostic } from "../diagnostics";
import type { ArchiveModel } from "../model/types";
import type { RenderStats } from "../markdown/cached-render";
import { ImageCache } from "../images/image-cache";
import { publishFiles } from "../build/write/publish-files";
import { prepareArchive } from "./prepare-archive";
import { linkReused } from "../build/write/link-reused";
import { isReused, planOutput, shardGroup } from "../build/reuse/output-plan";
import { recordOutput } from "../build/reuse/record-output";
import { siteRunFingerprint } from "../build/reuse/site-run-inputs";
import type { ProgressListener } from "./progress";
import type { SiteConfig } from "../config/site-config";
import { carryMtimes } from "../build/output/carry-mtimes";
import { assertSafeOutputDir } from "../build/output/output-folder";
import { writeStaged } from "../build/output/staged-output";
import { startPageWriter } from "../build/write/page-writer";
import { collectGarbageIfLarge } from "./release-memory";
import { currentOutput } from "../build/reuse/up-to-date";
import { writePages } from "../build/write/write-pages";
import { writeSearchIndex } from "../search/pagefind-index";
import { planSearchShards } from "../search/search-shards";

export interface BuildOptions {
  /** @default "content" */
  readonly contentDir?: string;
  /** @default "_site" */
  readonly outputDir?: string;
  /** @default "site.config.json" */
  readonly configFile?: string;
  /**
   * The Eleventy configuration every Eleventy run of the build loads; its `config` export names the
   * pages folder. @default the project's .eleventy.ts
   */
  readonly eleventyConfig?: string;
  /** Folder copied to the output root as it is; overrides the site configuration's `static`. @default its `static` */
  readonly staticDir?: string;
  /** Build articles marked `draft: true` too. @default false */
  readonly includeDrafts?: boolean;
  /** Treat warnings as errors, so the build fails on any problem. @default false */
  readonly strict?: boolean;
  /** Environment for SITE_URL / PATH_PREFIX overrides. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Where rendered Markdown and the record of the last output are kept between builds (safe to
   * delete); false builds everything from scratch and keeps nothing. @default ".cache"
   */
  readonly cacheDir?: string | false;
  /** Threads for rendering Markdown; 1 keeps it on the main thread. @default the number of cores, at most 8 */
  readonly renderThreads?: number;
  /** Fewest uncached articles worth starting render threads for. @default 2000 */
  readonly renderThreadThreshold?: number;
  /** Most pages one Eleventy run writes; lower keeps memory lower (see write-pages.ts). @default 2000 */
  readonly pagesPerRun?: number;
  /** Articles per search index shard (see src/search/search-shards.ts). @default SHARD_SIZE */
  readonly searchShardSize?: number;
  /** Receives the stages' progress (see progress.ts). */
  readonly progress?: ProgressListener;
}

export interface BuildResult {
  readonly model: ArchiveModel;
  /** Files Eleventy wrote plus pages reused from the previous output. */
  readonly filesWritten: number;
  /** Pages taken unchanged from the previous output instead of being rendered. */
  readonly pagesReused: number;
  readonly renderStats: RenderStats;
  /** Search index shards, and how many of them this build indexed (the rest were reused). */
  readonly searchShards: { readonly total: number; readonly indexed: number };
  readonly warnings: readonly Diagnostic[];
  /**
   * The output already held exactly the files this build would write, so it was left as it was:
   * nothing written, no file's time changed (see up-to-date.ts).
   */
  readonly unchanged: boolean;
}

export const DEFAULT_CACHE_DIR = ".cache";

export async function runBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const contentDir = options.contentDir ?? "content";
  const outputDir = options.outputDir ?? "_site";
  const configFile = options.configFile ?? SITE_CONFIG_FILE;
  const site = withStaticDir(loadSiteConfig(configFile, options.env ?? process.env), options.staticDir);
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? DEFAULT_CACHE_DIR);
  assertSafeOutputDir({ outputDir, contentDir, configFile, cacheDir });
  const images = new ImageCache(cacheDir, contentDir);
  try {
    return await build(options, { contentDir, outputDir, site, cacheDir, images });
  } finally {
    images.close();
  }
}

interface BuildSettings {
  readonly contentDir: string;
  readonly outputDir: string;
  readonly site: SiteConfig;
  readonly cacheDir: string | undefined;
  readonly images: ImageCache;
}

async function build(options: BuildOptions, { contentDir, outputDir, site, cacheDir, images }: BuildSettings): Promise<BuildResult> {
  const progress = options.progress;
  const eleventyConfig = options.eleventyConfig ?? PROJECT_ELEVENTY_CONFIG;
  const eleventy = await readEleventySettings(eleventyConfig);
  const { model, warnings, renderStats } = await prepareArchive({
    contentDir,
    site,
    pagesDir: eleventy.input,
    pageFormats: eleventy.templateFormats,
    includeDrafts: options.includeDrafts ?? false,
    strict: options.strict ?? false,
    cacheDir,
    renderThreads: options.renderThreads,
    renderThreadThreshold: options.renderThreadThreshold,
    progress,
    images,
    summarise: true,
  });

  // Eleventy's writer thread starts now, so it has loaded by the time the plans below are made.
  const writer = startPageWriter(model);
  try {
    // The content stages' leftovers (Markdown sources, parse results) go before the plan adds its own.
    await collectGarbageIfLarge();
    const shards = planSearchShards(model.articles, options.searchShardSize);
    const siteInputs = { configFile: eleventyConfig, folders: eleventy.folders, chrome: chromeOf(model) };
    const plan = planOutput({ model, outputDir, cacheDir, shards, site: siteInputs });
    const reusedShards = shards.filter((shard) => isReused(plan, shardGroup(shard)));
    const current = currentOutput(plan);
    if (current !== undefined) {
      progress?.({ phase: "write", done: current, reused: current, finished: true });
      progress?.({ phase: "index", done: shards.length, total: shards.length, reused: shards.length, finished: true });
      const searchShards = { total: shards.length, indexed: 0 };
      return { model, filesWritten: current, pagesReused: plan.reused.size, renderStats, searchShards, warnings, unchanged: true };
    }

    const written = await writeStaged(outputDir, async (stagingDir, adopt) => {
      // Images are resized beside Eleventy's writing; both must have ended before the staging folder may go.
      const writing = writePages({
        model,
        writer,
        configFile: eleventyConfig,
        pagesDir: eleventy.input,
        stagingDir,
        previousDir: outputDir,
        plan,
        batchSize: options.pagesPerRun,
        progress,
      });
      const publishing = publishFiles(model.files.filter((file) => !plan.reused.has(file.outputPath)), stagingDir, images);
      const [pagesDone, publishedDone] = await Promise.allSettled([writing, publishing]);
      if (pagesDone.status === "rejected") throw pagesDone.reason;
      if (publishedDone.status === "rejected") throw publishedDone.reason;
      const pages = pagesDone.value;
      const published = publishedDone.value;
      linkReused(reusedShards.flatMap((shard) => plan.groups.get(shardGroup(shard))?.reusable ?? []), outputDir, stagingDir);
      const search = await writeSearchIndex(stagingDir, {
        shards,
        language: site.language,
        reused: (shard) => isReused(plan, shardGroup(shard)),
        onProcess: adopt,
        onShard: (done) => progress?.({ phase: "index", done, total: shards.length, reused: reusedShards.length }),
      });
      progress?.({ phase: "index", done: search.shards, total: search.shards, reused: search.shards - search.indexed, finished: true });
      // Files written anew with the bytes they had keep their time, so a sync uploads only changes.
      carryMtimes(outputDir, stagingDir, [...pages.fresh, ...published, ...search.fresh]);
      return { ...pages, files: pages.files + published.length, search };
    });
    const siteRun = written.siteRun && {
      ...written.siteRun,
      input: siteRunFingerprint({ ...siteInputs, code: plan.code, copySources: written.siteRun.sources }),
    };
    recordOutput(plan, shards, siteRun);
    return {
      model,
      filesWritten: written.files,
      pagesReused: written.reused,
      renderStats,
      searchShards: { total: written.search.shards, indexed: written.search.indexed },
      warnings,
      unchanged: false,
    };
  } finally {
    // Already stopped when the pages were written; this stops it when they were not.
    await writer.close();
  }
}
