// Write stage: puts the files published with the articles (bundle files,
// files they refer to, resized images) into the staging folder — those the
// output plan does not take over from the previous output. Files are copied,
// never linked: the content folder and the image cache must not share a file
// with the output, whose files the build may give another modification time.

import { constants, copyFileSync, lstatSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { ImageCache } from "../../images/image-cache";
import { resizeImages } from "../../images/resize-images";
import type { PublishedFile } from "../../model/types";

/** Copies `files` into `stagingDir`, resizing images first where the cache lacks them; returns their output paths. */
export async function publishFiles(files: readonly PublishedFile[], stagingDir: string, images: ImageCache): Promise<string[]> {
  const cached = await resizeImages(files, images);
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(stagingDir, file.outputPath);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    copyFileSync(sourceOf(file, cached), target, constants.COPYFILE_EXCL);
  }
  return files.map((file) => file.outputPath);
}

/** Where a published file is copied from: the cache for a resized image, else the content file, which must still be a file. */
export function sourceOf(file: PublishedFile, cached: ReadonlyMap<string, string>): string {
  const source = file.variant === undefined ? file.source : cached.get(file.outputPath);
  if (source === undefined || !lstatSync(source, { throwIfNoEntry: false })?.isFile()) {
    throw new Error(`${file.owner}: ${file.variant === undefined ? file.source : `a resized copy of ${file.source}`} is not there to publish at ${file.outputPath}`);
  }
  return source;
}
