// Eleventy edge: hands Eleventy every file of the site (src/render/site-files)
// as one virtual paginated template. Eleventy maps each file to its output
// path, writes it and serves it; every file's content comes from src/render.

import type { UserConfig } from "@11ty/eleventy";
import type { ArchiveModel } from "../model/types";
import { siteFiles } from "../render/site-files";
import { ASSETS_DIR, filesPlugin } from "./files-plugin";

export { outputPathFor } from "../render/site-files";
export { ASSETS_DIR } from "./files-plugin";

/** Where the plugin gets the archive model: a prepared model, or a loader re-run on every (dev-server) build. */
export type ArchiveSource = () => ArchiveModel | Promise<ArchiveModel>;

export function archivePlugin(eleventyConfig: UserConfig, archive: ArchiveSource): void {
  filesPlugin(eleventyConfig, async () => siteFiles(await archive()));
  eleventyConfig.addWatchTarget(ASSETS_DIR);
}
