// Benchmark, synthetic archive with images: one article in IMAGE_EVERY shows a
// photo kept in a folder beside it (`slug.md` + `slug/photo.jpg`), as a
// migrated archive would. Each photo is made from the seed alone (a gradient
// with grain, 1600×1000, about the size of a news photo as JPEG), so two runs
// get the same bytes and every photo is different from the others.

import { mkdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { createRandom, deriveSeed } from "./prng";

/** One article in this many gets a photo. */
export const IMAGE_EVERY = 10;

const WIDTH = 1600;
const HEIGHT = 1000;
/** Keeps the photos' random streams apart from the articles'. */
const IMAGE_STREAM = 1_000_000_000;

export function hasImage(index: number): boolean {
  return index % IMAGE_EVERY === 0;
}

/** The Markdown that shows article `slug`'s photo, with its caption as the title. */
export function imageMarkdown(slug: string, caption: string): string {
  return `![${caption}](${slug}/photo.jpg "${caption}")`;
}

/** Writes the photo of article `index` to `file`. */
export async function writePhoto(file: string, seed: number, index: number): Promise<void> {
  const random = createRandom(deriveSeed(seed, IMAGE_STREAM + index));
  const [r, g, b] = [random.int(0, 255), random.int(0, 255), random.int(0, 255)];
  let state = deriveSeed(seed, index) >>> 0;
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      // A cheap LCG for grain: a Random call per pixel would take seconds per photo.
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const grain = (state >>> 26) - 32;
      const at = (y * WIDTH + x) * 3;
      pixels[at] = clamp(r + (x * 96) / WIDTH + grain);
      pixels[at + 1] = clamp(g + (y * 96) / HEIGHT + grain);
      pixels[at + 2] = clamp(b - (x * 64) / WIDTH + grain);
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality: 80 }).toFile(file);
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}
