// Eleventy configuration: thin glue. The archive model is built in src/ before
// Eleventy writes anything (src/build/run-build.ts passes it in); Eleventy's
// job is to paginate over the model's page lists, write the files and run the
// dev server. Docs: https://www.11ty.dev/docs/config/

import type { UserConfig } from "@11ty/eleventy";
import { loadSiteConfig } from "./src/config/site-config";
import { prepareArchive } from "./src/build/prepare-archive";
import { archivePlugin, type ArchiveSource } from "./src/eleventy/archive-plugin";

/** Used when Eleventy runs this file directly: the project's own content and config. */
const projectArchive: ArchiveSource = async () =>
  (await prepareArchive({ contentDir: "content", site: loadSiteConfig() })).model;

export default function configureEleventy(eleventyConfig: UserConfig, archive: ArchiveSource = projectArchive): void {
  // Only our virtual templates are pages; nothing in the input folder is.
  eleventyConfig.setTemplateFormats(["11ty.js"]);

  // Virtual templates over the archive model, plus the stylesheet.
  archivePlugin(eleventyConfig, archive);
}
