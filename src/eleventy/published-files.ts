// Eleventy edge: the files published with the articles (bundles, referenced
// files, resized images) as entries of the archive's files template, for the
// runs that write everything at once (the dev server, Eleventy's own command
// line). The build copies them itself instead (src/build/write/publish-files.ts).

import { readFile } from "node:fs/promises";
import type { ImageCache } from "../images/image-cache";
import { resizeImages } from "../images/resize-images";
import type { PublishedFile } from "../model/types";
import { sourceOf } from "../build/write/publish-files";
import type { FileEntry } from "./files-template";

/** One entry per file; images are resized once, by the first entry Eleventy asks for. */
export function publishedFileEntries(files: readonly PublishedFile[], images: ImageCache): FileEntry[] {
  let resized: Promise<Map<string, string>> | undefined;
  return files.map((file) => ({
    outputPath: file.outputPath,
    render: async () => readFile(sourceOf(file, await (resized ??= resizeImages(files, images)))),
  }));
}
