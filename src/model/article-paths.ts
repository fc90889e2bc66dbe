// Model stage: where each article is published (/YYYY/MM/DD/slug/, by its date in
// the site timezone) and the errors for two articles claiming the same path.

import type { DateTime } from "luxon";
import type { Diagnostic } from "../diagnostics";
import { calendarDay, datePath } from "./calendar";
import { slugify } from "./slug";
import { compareCodePoints } from "./sort";

/** The front-matter or file-name slug, else the title, else "article" so a path always exists. */
export function articleSlug(article: { readonly slug: string; readonly title: string }): string {
  return slugify(article.slug) || slugify(article.title) || "article";
}

export function articlePath(date: DateTime, slug: string, zone: string): string {
  const { year, month, day } = calendarDay(date, zone);
  return `${datePath(year, month, day)}${slug}/`;
}

export interface PlacedArticle {
  readonly path: string;
  readonly relativePath: string;
  readonly displayPath: string;
  /** Where the file says what decides the path: its `slug` key, else its `date` key. */
  readonly line?: number;
}

/**
 * One error per article that shares its path with an earlier one (in file path order),
 * reported on the later file and naming the first, so the user knows which two to tell apart.
 */
export function duplicatePathDiagnostics(articles: readonly PlacedArticle[]): Diagnostic[] {
  const byPath = new Map<string, PlacedArticle[]>();
  for (const article of articles) {
    const group = byPath.get(article.path);
    if (group === undefined) byPath.set(article.path, [article]);
    else group.push(article);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [path, group] of byPath) {
    if (group.length < 2) continue;
    const [first, ...later] = [...group].sort((a, b) => compareCodePoints(a.relativePath, b.relativePath));
    for (const article of later) {
      diagnostics.push({
        severity: "error",
        file: article.displayPath,
        ...(article.line === undefined ? {} : { line: article.line, column: 1 }),
        message:
          `two articles would be published at ${path}: ${first!.displayPath} and ${article.displayPath} ` +
          "(give one of them a different `slug`)",
      });
    }
  }
  return diagnostics;
}
