// Eleventy edge: one virtual template that writes each file of a list to its
// own output path. The build feeds it the archive's files already rendered, a
// run at a time (see src/build/write/eleventy-writer.ts); the dev server feeds it
// every file of the site (see news-archive.ts).

import type { UserConfig } from "@11ty/eleventy";
import type { FileSource } from "./run-context";

/** Global data key of the file list the template paginates over. */
export const FILES_DATA_KEY = "archiveFiles";

/** One file to write. */
export interface FileEntry {
  /** From the output folder: "/2023/08/06/slug/index.html", "/feed.xml". */
  readonly outputPath: string;
  /**
   * The file's content. Bytes are written as they are (Eleventy takes a Buffer from a template
   * that resolves to one), so a page rendered elsewhere is not decoded and encoded again.
   */
  render(): string | Promise<string | Buffer>;
}

export function filesTemplate(eleventyConfig: UserConfig, files: FileSource): void {
  eleventyConfig.addGlobalData(FILES_DATA_KEY, files);
  eleventyConfig.addTemplate("archive-files.11ty.js", {
    data: {
      pagination: { data: FILES_DATA_KEY, size: 1, alias: "file" },
      permalink: (data: { file: FileEntry }) => data.file.outputPath,
      // Finished files: the site's layout must not wrap them.
      layout: false,
      eleventyExcludeFromCollections: true,
    },
    // types/eleventy.d.ts declares string results only; Eleventy writes a Buffer result as it is.
    render: (data: { file: FileEntry }) => data.file.render() as string | Promise<string>,
  });
}
