// Import stage: turns an imported article into the text of its Markdown file
// (front matter in the project's keys, then the body) and checks that text
// with the content stage's own validation, so nothing is written that
// `npm run check` would refuse.

import { dump } from "js-yaml";
import { parseFrontMatter } from "../content/front-matter";
import { validateArticle } from "../content/validate-article";
import type { Diagnostic } from "../diagnostics";
import type { ImportedArticle } from "./types";

/** The review notes of an article, as its `review` key lists them. */
export function reviewNotes(article: ImportedArticle): string[] {
  return [...new Set(article.notes.filter((note) => note.kind === "review").map((note) => note.message))];
}

/** Front matter in a fixed key order (the one the README documents), then the body. */
export function articleText(article: ImportedArticle): string {
  const { fields } = article;
  const review = reviewNotes(article);
  const data: Record<string, unknown> = {
    title: fields.title,
    date: fields.date,
    ...(fields.updated === undefined ? {} : { updated: fields.updated }),
    source: fields.source,
    ...(fields.author === undefined ? {} : { author: fields.author }),
    tags: fields.tags,
    ...(fields.summary === undefined ? {} : { summary: fields.summary }),
    slug: fields.slug,
    ...(fields.aliases.length === 0 ? {} : { aliases: fields.aliases }),
    ...(fields.originalUrl === undefined ? {} : { original_url: fields.originalUrl }),
    ...(fields.draft === true ? { draft: true } : {}),
    ...(review.length === 0 ? {} : { review }),
  };
  // One line per value (no folding), quotes wherever any YAML reader could take text for something
  // else, and topics on one line as the README writes them; longer lists one item a line.
  const yaml = Object.entries(data)
    .map(([key, value]) => dump({ [key]: value }, { lineWidth: -1, noRefs: true, flowLevel: key === "tags" ? 1 : -1 }))
    .join("");
  const body = article.body.trim();
  return `---\n${yaml}---\n${body === "" ? "" : `\n${body}\n`}`;
}

/** Errors and warnings `check` would report for this text at `relativePath` (in the content folder). */
export function checkArticleText(text: string, relativePath: string, displayPath: string, zone: string): Diagnostic[] {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.problem;
    return [{ severity: "error", file: displayPath, line, column, message }];
  }
  return [...validateArticle({ frontMatter: parsed.frontMatter, relativePath, displayPath, zone }).diagnostics];
}
