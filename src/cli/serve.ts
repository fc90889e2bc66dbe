// CLI edge for `npm start`: Eleventy's dev server with live reload. Every
// rebuild (a content edit, a stylesheet change) prepares the archive model
// again; broken content prints its errors and keeps serving the last good site.

import Eleventy from "@11ty/eleventy";
import { loadSiteConfig } from "../config/site-config";
import { ContentError, formatDiagnostic } from "../diagnostics";
import configureEleventy from "../../.eleventy";
import { prepareArchive } from "../build/prepare-archive";
import { ELEVENTY_INPUT } from "../build/run-build";
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
  let lastGood: ArchiveModel | undefined;
  const archive = async (): Promise<ArchiveModel> => {
    try {
      const { model, warnings } = await prepareArchive({
        contentDir: flags.content,
        site,
        includeDrafts: flags.drafts,
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
  const eleventy = new Eleventy(ELEVENTY_INPUT, flags.output, {
    runMode: "serve",
    quietMode: true,
    pathPrefix: site.pathPrefix || "/",
    config: (eleventyConfig) => {
      configureEleventy(eleventyConfig, archive);
      eleventyConfig.addWatchTarget(flags.content);
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(flags.port));
} catch (error) {
  exitWithError(error, "Dev server");
}
