// Images: the dimensions and format of an image file, read from its header
// with image-size (through eleventy-img, which uses it too), without decoding
// the picture. Most headers sit in the first bytes; the whole file is read
// only when they do not (a JPEG with a large EXIF block first).

import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import type { ImageInfo } from "./image-cache";
import { eleventyImage } from "./image-settings";

const HEAD_BYTES = 64 * 1024;

/** The image's dimensions as it is shown (EXIF rotation applied); throws when the header cannot be read. */
export function readImageInfo(file: string): ImageInfo {
  let dimensions;
  try {
    dimensions = eleventyImage().ImageSize(readHead(file));
  } catch {
    dimensions = eleventyImage().ImageSize(readFileSync(file));
  }
  const { width, height, type, orientation } = dimensions;
  if (width === undefined || height === undefined || type === undefined) throw new Error("its header gives no width and height");
  // Orientations 5 to 8 turn the picture a quarter, so it is shown with width and height swapped.
  const turned = orientation !== undefined && orientation >= 5 && orientation <= 8;
  return turned ? { width: height, height: width, type } : { width, height, type };
}

function readHead(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
