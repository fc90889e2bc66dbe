// Eleventy edge: the archive as an Eleventy plugin, the one .eleventy.ts adds.
// Depending on the run (see run-context.ts) it gives Eleventy the site's
// layout for the templates in the pages folder, the stylesheet, the files of
// the site's identity (logo, favicons, extra stylesheet), and the archive's files: rendered by the build a run at a time, or every file of the
// site prepared anew on each build for the dev server and Eleventy's own
// command line (`tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`).

import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { existsSync } from "node:fs";
import { loadSiteConfig } from "../config/site-config";
import { ImageCache } from "../images/image-cache";
import { publishedFileEntries } from "./published-files";
import { prepareArchive } from "../pipeline/prepare-archive";
import { assetCopies } from "../render/site-assets";
import { siteFiles } from "../render/site-files";
import { filesTemplate } from "./files-template";
import { ASSETS_DIR, ASSETS_OUTPUT } from "./project";
import { chromeOf, runOf, type ArchiveRun, type ArchiveSource } from "./run-context";
import { DEFAULT_CACHE_DIR } from "../pipeline/run-build";
import { siteLayout } from "./site-layout";

/** For Eleventy's own command line only; `npm run build` and `npm start` take these from their flags. */
export interface NewsArchiveOptions {
  /** Folder of Markdown articles. @default "content" */
  readonly contentDir?: string;
  /** Site configuration file. @default "site.config.json" */
  readonly configFile?: string;
}

export default function newsArchive(eleventyConfig: UserConfig, options: NewsArchiveOptions = {}): void {
  const run = runOf(eleventyConfig) ?? standaloneRun(eleventyConfig, options);
  // The archive's files are virtual JavaScript templates, whatever formats the pages use.
  eleventyConfig.addTemplateFormats("11ty.js");
  if (run.role === "files") {
    // Only these files: the site's own run renders the templates of the pages folder, once.
    eleventyConfig.ignores.add("**/*");
    filesTemplate(eleventyConfig, run.files);
    return;
  }
  // As in the content folder, names starting with "." or "_" are not pages (layouts and data are in `_includes/` and `_data/`).
  eleventyConfig.ignores.add("**/_*/**");
  eleventyConfig.ignores.add("**/_*");
  // Relative to the working directory, as Eleventy resolves passthrough paths.
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), ASSETS_DIR) || "."]: ASSETS_OUTPUT.slice(1) });
  const site = run.role === "site" ? run.chrome.site : run.site;
  copyStaticFolder(eleventyConfig, site.static);
  for (const copy of assetCopies(site)) {
    eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), copy.source)]: copy.outputPath.slice(1) });
  }
  if (run.role === "site") {
    // Eleventy keeps a template's text in a cache shared by every Eleventy in the process; a
    // build's one run of the pages must read them as they are now.
    eleventyConfig.setUseTemplateCache(false);
    siteLayout(eleventyConfig, () => run.chrome);
    return;
  }
  // The archive is prepared once per build: both the layout and the file list read this one.
  let current: Promise<Awaited<ReturnType<ArchiveSource>>> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    current = Promise.resolve(run.archive());
  });
  const model = () => (current ??= Promise.resolve(run.archive()));
  siteLayout(eleventyConfig, async () => chromeOf(await model()));
  filesTemplate(eleventyConfig, async () => {
    const archive = await model();
    return [...siteFiles(archive), ...publishedFileEntries(archive.files, run.images)];
  });
  eleventyConfig.addWatchTarget(ASSETS_DIR);
  if (run.site.layouts !== undefined) eleventyConfig.addWatchTarget(run.site.layouts);
}

/** The site's static folder, copied to the output root as it is (`static/images/a.png` → `/images/a.png`). */
function copyStaticFolder(eleventyConfig: UserConfig, staticDir: string): void {
  if (!existsSync(staticDir)) return;
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), path.resolve(staticDir)) || "."]: "/" });
}

/** The project's own content and settings, prepared for each build of Eleventy's command line. */
function standaloneRun(eleventyConfig: UserConfig, options: NewsArchiveOptions): ArchiveRun {
  const contentDir = options.contentDir ?? "content";
  const site = loadSiteConfig(options.configFile);
  eleventyConfig.addWatchTarget(contentDir);
  const images = new ImageCache(DEFAULT_CACHE_DIR, contentDir);
  const archive: ArchiveSource = async () =>
    (
      await prepareArchive({
        contentDir,
        site: loadSiteConfig(options.configFile),
        pagesDir: eleventyConfig.directories.input,
        images,
      })
    ).model;
  return { role: "whole", site, archive, images };
}
