// Markdown stage: turns validated articles into rendered ones (body HTML and
// the summary shown in listings and meta descriptions). The single-body step
// is shared with the render cache and the worker threads.

import type { MarkdownIt as Markdown } from "markdown-it";
import type { LoadedArticle, RenderedArticle } from "../content/types";
import type { BodyNote } from "./body-notes";
import { tagLines } from "./html-lines";
import type { Removal } from "./html-removals";
import { createMarkdown, renderMarkdown, truncateAtWord, type RenderedMarkdown } from "./markdown";
import { createSanitizer } from "./sanitize";

export const SUMMARY_LENGTH = 200;

export interface RenderOptions {
  /** Hosts whose iframes survive sanitizing (site config `allowedIframeHosts`). */
  readonly allowedIframeHosts: readonly string[];
}

/** What rendering one Markdown body yields; everything else of a RenderedArticle comes from the article. */
export interface RenderedBody {
  /** Sanitized body HTML. */
  readonly html: string;
  /** Plain text of the first paragraph, for articles without a `summary`. */
  readonly firstParagraph: string;
  /** What rendering removed or changed, for warnings (lines in the body). */
  readonly notes: readonly BodyNote[];
}

/** A renderer for bodies under one configuration; create once, call per body. */
export function createBodyRenderer(options: RenderOptions): (body: string) => RenderedBody {
  const md = createMarkdown();
  const sanitize = createSanitizer(options.allowedIframeHosts);
  return (body) => {
    const rendered = renderMarkdown(md, body);
    const { firstParagraph, notes } = rendered;
    // Without raw HTML in the source, markdown-it's output is already safe: it escapes all text, and
    // its links and images obey the sanitizer's URL allowlist (markdown-urls.ts). Sanitizing such
    // bodies too would more than double the render time for no change in the HTML.
    if (!rendered.hasRawHtml) return { html: rendered.html, firstParagraph, notes };
    const { html, removals } = sanitize(rendered.html);
    return { html, firstParagraph, notes: removals.length === 0 ? notes : [...notes, ...placed(md, rendered, removals)] };
  };
}

/** The removals' notes with the body line of each. */
function placed(md: Markdown, rendered: RenderedMarkdown, removals: readonly Removal[]): BodyNote[] {
  const lineOf = tagLines(md, rendered.tokens, rendered.env, rendered.html);
  return removals.map(({ tagIndex, note }) => ({ ...note, line: lineOf(tagIndex) }));
}

export function toRenderedArticle(article: LoadedArticle, body: RenderedBody): RenderedArticle {
  const summaryText = article.summary ?? truncateAtWord(body.firstParagraph, SUMMARY_LENGTH);
  return { ...article, bodyHtml: body.html, summaryText };
}

export function renderArticles(articles: readonly LoadedArticle[], options: RenderOptions): RenderedArticle[] {
  const render = createBodyRenderer(options);
  return articles.map((article) => toRenderedArticle(article, render(article.body)));
}
