// Markdown stage, render cache: the key a rendered body is stored under. It
// covers everything the output and its notes depend on: the body text, the
// markdown-it and sanitizer settings (allowed iframe hosts included), the ids
// the layouts keep for themselves, the installed versions of markdown-it,
// sanitize-html and highlight.js, the source of this stage and the cache
// format, so a stale entry can never match.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MARKDOWN_OPTIONS } from "./markdown";
import type { RenderOptions } from "./render-articles";
import { RESERVED_IDS } from "./reserved-ids";
import { sanitizerOptions } from "./sanitize";

/** Bump when rendering changes in a way nothing below shows. */
export const RENDER_CACHE_FORMAT = 2;

export interface RendererVersions {
  readonly markdownIt: string;
  readonly sanitizeHtml: string;
  readonly highlightJs: string;
}

/** What the key is made of besides the options; each defaults to what is installed and running. */
export interface KeyInputs {
  readonly versions: RendererVersions;
  readonly format: number;
  /** Digest of this stage's source files (see stageSource). */
  readonly source: string;
}

/** One key per build configuration; every body key is derived from it. */
export function renderConfigKey(options: RenderOptions, inputs: Partial<KeyInputs> = {}): string {
  return sha256(
    stableJson({
      format: inputs.format ?? RENDER_CACHE_FORMAT,
      versions: inputs.versions ?? rendererVersions(),
      source: inputs.source ?? stageSource(),
      markdown: MARKDOWN_OPTIONS,
      sanitizer: sanitizerOptions(options.allowedIframeHosts),
      reservedIds: [...RESERVED_IDS],
    }),
  );
}

export function bodyKey(configKey: string, body: string): string {
  return createHash("sha256").update(configKey).update("\0").update(body).digest("base64url");
}

let installed: RendererVersions | undefined;
let source: string | undefined;

/** Files of other stages the Markdown stage runs: heading ids are slugs made by the model's slugify. */
const BORROWED_SOURCES = ["../model/slug.ts"];

/**
 * Digest of every file of the Markdown stage (this folder) and of the code it borrows. Settings
 * are in the key already; this also catches a change in how they are applied, which would
 * otherwise serve stale, possibly unsafe, HTML from the cache until someone remembered to bump
 * RENDER_CACHE_FORMAT.
 */
export function stageSource(): string {
  if (source === undefined) {
    const folder = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash("sha256");
    for (const name of readdirSync(folder).sort()) hash.update(`\0${name}\0`).update(readFileSync(path.join(folder, name)));
    for (const name of BORROWED_SOURCES) hash.update(`\0${name}\0`).update(readFileSync(path.join(folder, name)));
    source = hash.digest("base64url");
  }
  return source;
}

export function rendererVersions(): RendererVersions {
  installed ??= {
    markdownIt: packageVersion("markdown-it"),
    sanitizeHtml: packageVersion("sanitize-html"),
    highlightJs: packageVersion("highlight.js"),
  };
  return installed;
}

/**
 * The version of an installed package. Read from its package.json next to the resolved entry point,
 * because markdown-it's `exports` do not expose `./package.json`.
 */
function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown; version?: unknown };
      if (parsed.name === name && typeof parsed.version === "string") return parsed.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Render cache: cannot find the version of the installed package ${name}`);
    dir = parent;
  }
}

/**
 * JSON with sorted keys, regular expressions as `/source/flags` and functions as their source, so
 * that two equal configurations give the same text and any change to one gives a different text.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RegExp) return `/${item.source}/${item.flags}`;
    if (typeof item === "function") return `function ${item.toString()}`;
    if (item !== null && typeof item === "object" && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return item;
  });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
