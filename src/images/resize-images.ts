// Images, the work itself: makes the resized copies an archive needs with
// @11ty/eleventy-img (Eleventy's own image tool, on sharp), into the image
// cache (image-cache.ts). A copy already there is not made again; eleventy-img
// is called directly rather than as Eleventy's HTML transform, which would
// read every page of the archive looking for images.

import { existsSync } from "node:fs";
import { ContentError } from "../diagnostics";
import type { PublishedFile } from "../model/types";
import type { ImageCache } from "./image-cache";
import { eleventyImage, SHARP_OPTIONS } from "./image-settings";

/**
 * Makes sure the cache holds every resized copy among `files` and returns, for each, the cached
 * file it is copied from (by output path). Images are resized a few at a time (eleventy-img's queue).
 */
export async function resizeImages(files: readonly PublishedFile[], images: ImageCache): Promise<Map<string, string>> {
  const bySource = new Map<string, PublishedFile[]>();
  for (const file of files) if (file.variant !== undefined) bySource.set(file.source, [...(bySource.get(file.source) ?? []), file]);
  const cached = new Map<string, string>();
  await Promise.all(
    [...bySource].map(async ([source, variants]) => {
      const key = images.key(source);
      const missing = new Map<string, Set<number>>();
      for (const file of variants) {
        const { width, format } = file.variant!;
        const copy = images.copyPath(key, width, format);
        cached.set(file.outputPath, copy);
        if (!existsSync(copy)) missing.set(format, (missing.get(format) ?? new Set()).add(width));
      }
      for (const [format, widths] of missing) await resize(source, key, format, [...widths], images, variants[0]!.owner);
    }),
  );
  return cached;
}

async function resize(source: string, key: string, format: string, widths: readonly number[], images: ImageCache, owner: string): Promise<void> {
  try {
    await eleventyImage()(source, {
      widths,
      formats: [format],
      outputDir: images.folder,
      filenameFormat: (_id, _src, width, outputFormat) => `${key}-${width}.${outputFormat}`,
      // The cache above decides what is made; eleventy-img's own memory would keep results of files since deleted.
      useCache: false,
      failOnError: true,
      ...SHARP_OPTIONS,
    });
  } catch (error) {
    throw new ContentError([
      {
        severity: "error",
        file: owner,
        message: `image ${source}: cannot be resized (${(error as Error).message}); replace the file with a valid image, or refer to it with a link instead`,
      },
    ]);
  }
}
