// Preview stage: the Content-Type a static host sends for each kind of file
// in a built site — pages, feeds, styles, scripts, Pagefind's index and
// WebAssembly, and the media an article body may embed.

import path from "node:path";

const UTF8 = "; charset=utf-8";

const TYPES: Readonly<Record<string, string>> = {
  ".html": `text/html${UTF8}`,
  ".htm": `text/html${UTF8}`,
  ".css": `text/css${UTF8}`,
  ".js": `text/javascript${UTF8}`,
  ".mjs": `text/javascript${UTF8}`,
  ".json": `application/json${UTF8}`,
  ".map": `application/json${UTF8}`,
  ".webmanifest": `application/manifest+json${UTF8}`,
  ".xml": `application/xml${UTF8}`,
  ".atom": `application/atom+xml${UTF8}`,
  ".rss": `application/rss+xml${UTF8}`,
  ".xsl": `application/xslt+xml${UTF8}`,
  ".txt": `text/plain${UTF8}`,
  ".md": `text/markdown${UTF8}`,
  ".csv": `text/csv${UTF8}`,
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".pdf": "application/pdf",
  // Browsers compile WebAssembly while it downloads only when it comes with this type.
  ".wasm": "application/wasm",
  ".zip": "application/zip",
};

/** The Content-Type for a file name; unknown kinds (Pagefind's index chunks among them) are plain bytes. */
export function contentTypeFor(fileName: string): string {
  return TYPES[path.extname(fileName).toLowerCase()] ?? "application/octet-stream";
}
