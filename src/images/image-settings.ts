// Images: which images are resized and how. A JPEG, PNG or WebP an article
// shows gets copies at 640 and 1280 pixels wide (never wider than itself) in
// WebP and in its own format; the original file is published too, unchanged,
// so old links to it keep working. GIF (often animated) and SVG (scalable)
// pass through unchanged. AVIF is left out: on a two-core machine it took
// several times as long to encode as WebP for a small saving.

import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type EleventyImage from "@11ty/eleventy-img";

/** Widths of the resized copies, in CSS pixels at 1x; an image narrower than one is not enlarged. */
export const IMAGE_WIDTHS: readonly number[] = Object.freeze([640, 1280]);

/** A smaller width is made only when the image is this much wider (as eleventy-img decides it). */
const MINIMUM_THRESHOLD = 1.25;

/** How wide the article column is shown, for the browser to choose a width before layout (see site.css `--measure`). */
export const IMAGE_SIZES = "(min-width: 44rem) 42rem, 100vw";

/**
 * What sharp is told for each format. WebP is what nearly every browser loads: quality 80 at effort 2,
 * which on the benchmark's photos made files as small as the default effort 4 in less than half the
 * time. The own-format copies serve the few browsers without WebP, so they get sharp's fast defaults
 * (mozjpeg made JPEGs a third smaller but took six times as long).
 */
export const SHARP_OPTIONS = Object.freeze({
  sharpWebpOptions: Object.freeze({ quality: 80, effort: 2 }),
  sharpJpegOptions: Object.freeze({ quality: 82 }),
  sharpPngOptions: Object.freeze({}),
});

/** Formats (as image-size names them) that get resized copies, and the format sharp writes them in. */
const RESIZED: Readonly<Record<string, string>> = { jpg: "jpeg", png: "png", webp: "webp" };

/** File extensions worth asking image-size about. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(["jpg", "jpeg", "png", "webp", "gif", "svg", "avif"]);

/** Changes whenever a resized copy would come out differently: the settings, or eleventy-img's or sharp's version. */
export const IMAGE_SETTINGS_KEY = JSON.stringify({
  widths: IMAGE_WIDTHS,
  threshold: MINIMUM_THRESHOLD,
  sharp: SHARP_OPTIONS,
  versions: [packageVersion("@11ty/eleventy-img"), packageVersion("sharp")],
});

/** IMAGE_SETTINGS_KEY in short, for fingerprints. */
export const IMAGE_SETTINGS_DIGEST = createHash("sha256").update(IMAGE_SETTINGS_KEY).digest("base64url").slice(0, 16);

/** One resized copy of an image. */
export interface PlannedVariant {
  readonly width: number;
  readonly height: number;
  /** sharp's name of the format: "webp", "jpeg", "png". */
  readonly format: string;
  /** The file name's extension: "webp", or the original's. */
  readonly extension: string;
}

/**
 * The resized copies an image of `type` and this size gets, narrowest first: WebP at every width,
 * its own format at the widths below its own (at its own width the original serves). None for a
 * format that is not resized.
 */
export function plannedVariants(type: string, width: number, height: number, extension: string): PlannedVariant[] {
  const own = RESIZED[type];
  if (own === undefined || width <= 0 || height <= 0) return [];
  const widths = eleventyImage().Image.getValidWidths(width, IMAGE_WIDTHS, false, MINIMUM_THRESHOLD);
  const at = (w: number) => Math.floor((w * height) / width);
  const webp = widths.map((w) => ({ width: w, height: at(w), format: "webp", extension: "webp" }));
  if (own === "webp") return webp.filter((variant) => variant.width < width);
  const smaller = widths.filter((w) => w < width).map((w) => ({ width: w, height: at(w), format: own, extension: extension.toLowerCase() }));
  return [...webp, ...smaller];
}

/**
 * eleventy-img, loaded on first use: it loads sharp and its native library (tens of megabytes), which
 * an archive without images never needs.
 */
export function eleventyImage(): typeof EleventyImage {
  return createRequire(import.meta.url)("@11ty/eleventy-img") as typeof EleventyImage;
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return "unknown";
  }
}
