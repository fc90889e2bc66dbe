// Images: the markup that shows a resized image in an article body — a
// `<picture>` with a WebP source and the image in its own format, its width
// and height (so the page does not jump as it loads), lazy loading, and a
// `<figure>` with the title as its caption when the image stood alone in its
// paragraph. Made after sanitizing, so it is safe by construction: every
// value is escaped, every URL is one the build chose, and it uses only
// elements and attributes the sanitizer's allowlist accepts (a test checks).

import { escapeHtml } from "../model/html-references";
import { IMAGE_SIZES } from "./image-settings";

/** One file of a `srcset`. */
export interface SourceFile {
  /** The URL, path prefix included. */
  readonly href: string;
  readonly width: number;
}

export interface PictureInput {
  /** The original file's URL, which stays the image's `src`. */
  readonly src: string;
  readonly alt: string;
  readonly title?: string;
  readonly width: number;
  readonly height: number;
  /** WebP copies, narrowest first. */
  readonly webp: readonly SourceFile[];
  /** Copies in the image's own format, narrowest first; the original joins them at its own width. */
  readonly own: readonly SourceFile[];
  /** Wrap in a `<figure>` with the title as caption. */
  readonly figure: boolean;
}

export function pictureHtml(input: PictureInput): string {
  const srcset = (files: readonly SourceFile[]) => files.map((file) => `${file.href} ${file.width}w`).join(", ");
  const attribute = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;
  const sizes = attribute("sizes", IMAGE_SIZES);
  const caption = input.figure && input.title !== undefined && input.title !== "" ? input.title : undefined;
  const own = input.own.length === 0 ? "" : attribute("srcset", srcset([...input.own, { href: input.src, width: input.width }])) + sizes;
  const webp = input.webp.length === 0 ? "" : `<source type="image/webp"${attribute("srcset", srcset(input.webp))}${sizes}>`;
  const title = input.title !== undefined && caption === undefined ? attribute("title", input.title) : "";
  const img =
    `<img${attribute("src", input.src)}${own}${attribute("alt", input.alt)}${title}` +
    `${attribute("width", String(input.width))}${attribute("height", String(input.height))} loading="lazy" decoding="async">`;
  const picture = `<picture>${webp}${img}</picture>`;
  return caption === undefined ? picture : `<figure>${picture}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/** An image that is not resized (GIF, SVG, or one whose header could not be read): its own tag, with its size when known. */
export function plainImageHtml(attributes: ReadonlyMap<string, string>, size?: { readonly width: number; readonly height: number }): string {
  const all = new Map(attributes);
  if (size !== undefined && !all.has("width") && !all.has("height")) {
    all.set("width", String(size.width));
    all.set("height", String(size.height));
  }
  if (!all.has("loading")) all.set("loading", "lazy");
  all.set("decoding", "async");
  return `<img${[...all].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join("")}>`;
}
