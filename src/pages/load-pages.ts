// Pages stage, file-system edge: reads the site's own pages (the templates in
// the pages folder) and validates what the archive needs of each: a title, its
// URL and its place in the navigation. Bad pages are reported with file and
// line like bad articles; only real I/O failures throw.

import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../diagnostics";
import { parseFrontMatter } from "../content/front-matter";
import { toDisplayPath } from "../content/load-content";
import { decodeUtf8 } from "../content/utf8";
import { discoverPageFiles } from "./discover-pages";
import type { SitePage } from "./types";
import { validatePage, type PageData } from "./validate-page";

export interface LoadPagesOptions {
  /** The pages folder (Eleventy's input folder); a missing folder has no pages. */
  readonly pagesDir: string;
  /** Template formats Eleventy renders, e.g. ["md", "njk", "11ty.js"]. */
  readonly formats?: readonly string[];
  /** Messages show paths relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
}

export interface LoadedPages {
  /** Valid pages in the order of their paths. */
  readonly pages: readonly SitePage[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadPages(options: LoadPagesOptions): Promise<LoadedPages> {
  const base = options.displayBase ?? process.cwd();
  const pages: SitePage[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const relativePath of discoverPageFiles(options.pagesDir, options.formats)) {
    const file = path.join(options.pagesDir, relativePath);
    const displayPath = toDisplayPath(base, file);
    const read = /\.11ty\.[cm]?js$/.test(relativePath) ? await javascriptData(file) : templateData(readFileSync(file));
    if ("problem" in read) {
      diagnostics.push({ severity: "error", file: displayPath, ...read.problem });
      continue;
    }
    const outcome = validatePage(relativePath, displayPath, read);
    if (outcome.page !== undefined) pages.push(outcome.page);
    diagnostics.push(...outcome.diagnostics);
  }
  return { pages, diagnostics };
}

type Read = PageData | { readonly problem: { readonly line: number; readonly column: number; readonly message: string } };

/** Front matter of a text template; a template without any has no data. */
export function templateData(bytes: Uint8Array): Read {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { problem: { ...decoded.position, message: decoded.message } };
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(decoded.text)) return { data: {}, keyPositions: new Map() };
  const parsed = parseFrontMatter(decoded.text);
  if (!parsed.ok) return { problem: parsed.problem };
  return { data: parsed.frontMatter.data, keyPositions: parsed.frontMatter.keyPositions };
}

/** A JavaScript template's `data`: an exported object or function, or the default export's (Eleventy's two forms). */
async function javascriptData(file: string): Promise<Read> {
  let module: { data?: unknown; default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as typeof module;
  } catch (error) {
    return { problem: { line: 1, column: 1, message: `could not load this JavaScript template: ${(error as Error).message}` } };
  }
  const exported = module.data ?? dataOfDefault(module.default);
  const data = typeof exported === "function" ? await (exported as () => unknown)() : exported;
  const plain = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: plain, keyPositions: new Map() };
}

function dataOfDefault(template: unknown): unknown {
  if (typeof template === "function" && typeof template.prototype?.data === "function") {
    const instance = new (template as new () => { data(): unknown })();
    return () => instance.data();
  }
  return typeof template === "object" && template !== null ? (template as { data?: unknown }).data : undefined;
}
