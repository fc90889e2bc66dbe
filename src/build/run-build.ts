// Pipeline driver for a whole build: configuration → content → model → Eleventy
// writes every page into a staging folder → the staging folder replaces the
// output. Nothing is written when any stage fails.

import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { loadSiteConfig, SITE_CONFIG_FILE } from "../config/site-config";
import type { Diagnostic } from "../diagnostics";
import configureEleventy from "../../.eleventy";
import type { ArchiveModel } from "../model/types";
import { prepareArchive } from "./prepare-archive";
import { assertSafeOutputDir, writeStaged } from "./staged-output";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Eleventy needs an input folder; ours holds no templates of its own (all pages are virtual). */
export const ELEVENTY_INPUT = path.join(PROJECT_ROOT, "layouts");

export interface BuildOptions {
  /** @default "content" */
  readonly contentDir?: string;
  /** @default "_site" */
  readonly outputDir?: string;
  /** @default "site.config.json" */
  readonly configFile?: string;
  /** Build articles marked `draft: true` too. @default false */
  readonly includeDrafts?: boolean;
  /** Environment for SITE_URL / PATH_PREFIX overrides. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface BuildResult {
  readonly model: ArchiveModel;
  readonly filesWritten: number;
  readonly warnings: readonly Diagnostic[];
}

export async function runBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const contentDir = options.contentDir ?? "content";
  const outputDir = options.outputDir ?? "_site";
  const site = loadSiteConfig(options.configFile ?? SITE_CONFIG_FILE, options.env ?? process.env);
  assertSafeOutputDir(outputDir, contentDir);
  const { model, warnings } = await prepareArchive({
    contentDir,
    site,
    includeDrafts: options.includeDrafts ?? false,
  });

  const filesWritten = await writeStaged(outputDir, async (stagingDir) => {
    const eleventy = new Eleventy(ELEVENTY_INPUT, stagingDir, {
      quietMode: true,
      config: (eleventyConfig) => configureEleventy(eleventyConfig, () => model),
    });
    const [, pages] = await eleventy.write();
    return pages.filter((page) => page.outputPath !== false).length;
  });
  return { model, filesWritten, warnings };
}
