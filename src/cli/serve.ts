// CLI edge for `npm start`: Eleventy's dev server with live reload. Every
// rebuild (a content edit, a stylesheet change) prepares the archive model
// again; broken content prints its errors and keeps serving the last good site.

import Eleventy from "@11ty/eleventy";
import { loadSiteConfig } from "../config/site-config";
import { ContentError, formatDiagnostic } from "../diagnostics";
import { prepareArchive } from "../build/prepare-archive";
import { PROJECT_ELEVENTY_CONFIG, readEleventySettings } from "../eleventy/project";
import { attachRun } from "../eleventy/run-context";
import type { ArchiveModel } from "../model/types";
import { exitWithError, parseFlagsOrExit, printDiagnostics } from "./report";

const USAGE = `Usage: npm start -- [--content DIR] [--output DIR] [--config FILE] [--port N] [--drafts]`;

const flags = parseFlagsOrExit(
  {
    content: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
    config: { type: "string", default: "site.config.json" },
    port: { type: "string", default: "8080" },
    drafts: { type: "boolean", default: false },
  },
  USAGE,
);
try {
  const site = loadSiteConfig(flags.config);
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
  // The project's own .eleventy.ts, as `npm run build` loads it; the archive is prepared again on every rebuild.
  const eleventy = new Eleventy(undefined, flags.output, {
    runMode: "serve",
    quietMode: true,
    configPath: PROJECT_ELEVENTY_CONFIG,
    pathPrefix: site.pathPrefix || "/",
    config: (eleventyConfig) => {
      attachRun(eleventyConfig, { role: "whole", archive });
      eleventyConfig.addWatchTarget(flags.content);
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(flags.port));
} catch (error) {
  exitWithError(error, "Dev server");
}
