// Eleventy edge: one virtual template that writes each file of a list to its
// own output path, and the copy of the stylesheet folder. The archive plugin
// feeds it the site's files for the dev server; the build's write stage feeds
// it the same files already rendered (see src/build/eleventy-writer.ts).

import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";

/** Folder of static files (CSS) copied to `/assets/` in the output. */
export const ASSETS_DIR = fileURLToPath(new URL("../../layouts/assets", import.meta.url));

/** Where the stylesheet folder is copied to, from the output folder. */
export const ASSETS_OUTPUT = "/assets";

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

export type FileSource = () => readonly FileEntry[] | Promise<readonly FileEntry[]>;

export interface FilesPluginOptions {
  /** Copy the stylesheet folder to `/assets/`. @default true */
  readonly assets?: boolean;
}

export function filesPlugin(eleventyConfig: UserConfig, files: FileSource, options: FilesPluginOptions = {}): void {
  eleventyConfig.addGlobalData(FILES_DATA_KEY, files);
  eleventyConfig.addTemplate("archive-files.11ty.js", {
    data: {
      pagination: { data: FILES_DATA_KEY, size: 1, alias: "file" },
      permalink: (data: { file: FileEntry }) => data.file.outputPath,
      eleventyExcludeFromCollections: true,
    },
    // types/eleventy.d.ts declares string results only; Eleventy writes a Buffer result as it is.
    render: (data: { file: FileEntry }) => data.file.render() as string | Promise<string>,
  });
  if (options.assets ?? true) {
    // Relative to the working directory, as Eleventy resolves passthrough paths.
    eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), ASSETS_DIR) || "."]: ASSETS_OUTPUT.slice(1) });
  }
}
