// Markdown stage: turns validated articles into rendered ones (body HTML and
// the summary shown in listings and meta descriptions).

import type { LoadedArticle, RenderedArticle } from "../content/types";
import { createMarkdown, renderMarkdown, truncateAtWord } from "./markdown";
import { createSanitizer } from "./sanitize";

export const SUMMARY_LENGTH = 200;

export interface RenderOptions {
  /** Hosts whose iframes survive sanitizing (site config `allowedIframeHosts`). */
  readonly allowedIframeHosts: readonly string[];
}

export function renderArticles(articles: readonly LoadedArticle[], options: RenderOptions): RenderedArticle[] {
  const md = createMarkdown();
  const sanitize = createSanitizer(options.allowedIframeHosts);
  return articles.map((article) => {
    const { html: unsafe, firstParagraph, hasRawHtml } = renderMarkdown(md, article.body);
    // Without raw HTML in the source, markdown-it's own output is already safe.
    const html = hasRawHtml ? sanitize(unsafe) : unsafe;
    const summaryText = article.summary ?? truncateAtWord(firstParagraph, SUMMARY_LENGTH);
    return { ...article, bodyHtml: html, summaryText };
  });
}
