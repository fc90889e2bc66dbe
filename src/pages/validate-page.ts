// Pages stage: checks a page's front matter (or a JavaScript template's
// `data`) against the few keys the archive reads from it: `title`,
// `description`, `permalink` and `nav`. Every other key is the page's own data
// for its template and is left to Eleventy.

import type { Diagnostic } from "../diagnostics";
import { describeValue } from "../content/describe-value";
import type { Position } from "../content/front-matter";
import { isHtmlOutput, pageUrl, permalinkValue } from "./page-url";
import type { NavPlacement, SitePage } from "./types";

export interface PageData {
  readonly data: Readonly<Record<string, unknown>>;
  /** Where each key is in the file; empty for a JavaScript template. */
  readonly keyPositions: ReadonlyMap<string, Position>;
}

export interface PageValidation {
  readonly page?: SitePage;
  readonly diagnostics: readonly Diagnostic[];
}

const FILE_START: Position = { line: 1, column: 1 };

export function validatePage(relativePath: string, displayPath: string, { data, keyPositions }: PageData): PageValidation {
  const diagnostics: Diagnostic[] = [];
  const at = (key: string | undefined) => (key === undefined ? undefined : keyPositions.get(key)) ?? FILE_START;
  const error = (key: string, message: string, positionKey: string | undefined = key) =>
    diagnostics.push({ severity: "error", file: displayPath, ...at(positionKey), message: `${key}: ${message}` });
  const get = (key: string): unknown => (Object.hasOwn(data, key) ? data[key] : undefined);

  const permalink = permalinkValue(get("permalink"));
  if (permalink === undefined) {
    error("permalink", `expected a path such as \`/about/\` or \`false\`, got ${describeValue(get("permalink"))}`);
  }
  const url = permalink === undefined ? undefined : pageUrl(relativePath, permalink);
  const isPage = url === undefined ? permalink?.kind === "templated" : isHtmlOutput(url);

  const text = (key: string): string | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    error(key, `expected text, got ${describeValue(value)}`);
    return undefined;
  };
  const title = text("title");
  // A feed or a text file made from a template needs no title; a page shown in the site does.
  if (title === undefined && isPage && get("title") === undefined) {
    error("title", "missing; every page needs one, e.g. `title: About this archive`", undefined);
  }
  const description = text("description") ?? "";
  const nav = navPlacement(get("nav"), title, (message) => error("nav", message));

  if (diagnostics.length > 0) return { diagnostics };
  const lines = { url: at(permalink?.kind === "default" ? undefined : "permalink").line, nav: keyPositions.get("nav")?.line };
  const page: SitePage = { relativePath, displayPath, url, title: title ?? "", description, nav, lines };
  return { page: Object.freeze(page), diagnostics };
}

function navPlacement(value: unknown, title: string | undefined, fail: (message: string) => void): NavPlacement | undefined {
  if (value === undefined || value === false) return undefined;
  const example = "e.g. `nav: { order: 50, title: About }`";
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail(`expected a mapping with \`order\` and \`title\`, ${example}; got ${describeValue(value)}`);
    return undefined;
  }
  const { order = 50, title: navTitle = title, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) fail(`unknown key \`${unknown[0]}\`: expected only \`order\` and \`title\`, ${example}`);
  if (typeof order !== "number" || !Number.isFinite(order)) fail(`order: expected a number, got ${describeValue(order)}`);
  if (typeof navTitle !== "string" || navTitle.trim() === "") fail(`title: expected text, got ${describeValue(navTitle)}`);
  if (unknown.length > 0 || typeof order !== "number" || !Number.isFinite(order) || typeof navTitle !== "string" || navTitle.trim() === "") {
    return undefined;
  }
  return Object.freeze({ order, title: navTitle.trim() });
}
