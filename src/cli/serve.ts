// CLI edge for `npm start`: Eleventy in watch mode with the project's own
// .eleventy.ts, as `npm run build` loads it, and a dev server with live
// reload. Every rebuild (a content edit, a page, the stylesheet) prepares the
// archive model again; broken content prints its errors and keeps serving the
// last good site.
// The dev server writes into its output folder in place, so the folder passes
// the build's output-folder rules (and has no symbolic links) before anything
// is written; it listens on this machine only unless --host says otherwise.

import Eleventy from "@11ty/eleventy";
import { loadSiteConfig, withStaticDir } from "../config/site-config";
import { ImageCache } from "../images/image-cache";
import { ContentError, formatDiagnostic } from "../diagnostics";
import { assertSafeOutputDir } from "../build/output/output-folder";
import { prepareArchive } from "../pipeline/prepare-archive";
import { DEFAULT_CACHE_DIR } from "../pipeline/run-build";
import { reloadAfterRebuilds, startDevServer } from "../eleventy/dev-server";
import { PROJECT_ELEVENTY_CONFIG, readEleventySettings } from "../eleventy/project";
import { attachRun } from "../eleventy/run-context";
import type { ArchiveModel } from "../model/types";
import { exitWithError, listenProblem, parseFlagsOrExit, parsePortOrExit, printDiagnostics } from "./report";

/** Apart from the build's `_site`, so the dev server never writes drafts or half a site into what gets deployed. */
const DEV_OUTPUT = `${DEFAULT_CACHE_DIR}/dev-site`;

const USAGE = `Usage: npm start -- [--content DIR] [--output DIR] [--config FILE] [--static DIR] [--port N] [--host HOST] [--drafts]

  --content DIR   folder of Markdown articles (default: content)
  --static DIR    folder copied to the site's root as it is (default: the configuration's "static", else static)
  --output DIR    where the dev server writes the site (default: ${DEV_OUTPUT})
  --config FILE   site configuration (default: site.config.json)
  --port N        port to listen on (default: 8080)
  --host HOST     address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 to reach it from other machines)
  --drafts        also show articles marked draft: true`;

const flags = parseFlagsOrExit(
  {
    content: { type: "string", default: "content" },
    output: { type: "string", default: DEV_OUTPUT },
    config: { type: "string", default: "site.config.json" },
    static: { type: "string" },
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    drafts: { type: "boolean", default: false },
  },
  USAGE,
);
const port = parsePortOrExit(flags.port, USAGE);

try {
  const site = withStaticDir(loadSiteConfig(flags.config), flags.static);
  const images = new ImageCache(DEFAULT_CACHE_DIR, flags.content);
  assertSafeOutputDir({
    outputDir: flags.output,
    contentDir: flags.content,
    configFile: flags.config,
    cacheDir: DEFAULT_CACHE_DIR,
    inPlace: true,
  });
  const eleventySettings = await readEleventySettings(PROJECT_ELEVENTY_CONFIG);
  let lastGood: ArchiveModel | undefined;
  const archive = async (): Promise<ArchiveModel> => {
    try {
      const { model, warnings } = await prepareArchive({
        contentDir: flags.content,
        site,
        includeDrafts: flags.drafts,
        pagesDir: eleventySettings.input,
        pageFormats: eleventySettings.templateFormats,
        images,
      });
      printDiagnostics(warnings);
      lastGood = model;
      return model;
    } catch (error) {
      if (!(error instanceof ContentError) || !lastGood) throw error;
      console.error(error.diagnostics.map(formatDiagnostic).join("\n"));
      console.error("Content has errors: still serving the last good build.");
      return lastGood;
    }
  };
  // Listening first, so a taken port stops the command before anything is written.
  const server = await startDevServer({ root: flags.output, host: flags.host, port, pathPrefix: site.pathPrefix });
  const eleventy = new Eleventy(undefined, flags.output, {
    runMode: "watch",
    quietMode: true,
    configPath: PROJECT_ELEVENTY_CONFIG,
    pathPrefix: site.pathPrefix || "/",
    config: (eleventyConfig) => {
      attachRun(eleventyConfig, { role: "whole", site, archive, images });
      eleventyConfig.addWatchTarget(flags.content);
      reloadAfterRebuilds(eleventyConfig, server);
    },
  });
  await eleventy.init();
  await eleventy.watch();
  console.log(`Serving ${flags.output}/ at ${server.url} with live reload (Ctrl+C to stop)`);
} catch (error) {
  const problem = listenProblem(error, flags.host, port);
  if (problem !== undefined) {
    console.error(`Dev server failed: ${problem}`);
    process.exit(1);
  }
  exitWithError(error, "Dev server");
}
