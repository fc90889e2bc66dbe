// Markdown stage: the one configured markdown-it instance every article body
// goes through, and the plain-text extraction used for derived summaries.

import MarkdownIt from "markdown-it";
import type { MarkdownIt as Markdown, Token } from "markdown-it";
import type { BodyNote, NotesEnv } from "./body-notes";
import { useHeadingIds } from "./heading-ids";
import { highlightCode } from "./highlight";
import { useUrlPolicy } from "./markdown-urls";

/**
 * Raw HTML stays enabled: imported news often carries figures, tables and
 * embeds. Exported because the render cache key must change whenever these do.
 */
export const MARKDOWN_OPTIONS = Object.freeze({ html: true, linkify: true, typographer: false });

/**
 * markdown-it with the options above: links and images held to the body URL allowlist, an id on
 * every heading, fenced code with a language highlighted.
 */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ ...MARKDOWN_OPTIONS, highlight: highlightCode });
  useUrlPolicy(md);
  useHeadingIds(md);
  return md;
}

export interface RenderedMarkdown {
  readonly html: string;
  /** Text of the first paragraph, whitespace collapsed; "" when the body has none. */
  readonly firstParagraph: string;
  /** True when the source holds raw HTML (blocks or inline tags), which must then be sanitized. */
  readonly hasRawHtml: boolean;
  /** What the rules changed: links not made, images left out, heading ids renamed (lines in the body). */
  readonly notes: readonly BodyNote[];
  /** The parsed body, from which html-lines.ts finds the line of a place in `html`. */
  readonly tokens: readonly Token[];
  readonly env: NotesEnv;
}

export function renderMarkdown(md: Markdown, source: string): RenderedMarkdown {
  const env: NotesEnv = {};
  const tokens = md.parse(source, env);
  return {
    html: md.renderer.render(tokens, md.options, env),
    firstParagraph: firstParagraphText(tokens),
    hasRawHtml: tokens.some(
      (token) => token.type === "html_block" || token.children?.some((child) => child.type === "html_inline"),
    ),
    notes: env.notes ?? [],
    tokens,
    env,
  };
}

/** Plain text of the first top-level paragraph (not one inside a list, quote or table). */
export function firstParagraphText(tokens: readonly Token[]): string {
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.type === "paragraph_open" && token.level === 0) {
      const text = inlineText(tokens[i + 1]?.children ?? []);
      if (text !== "") return text;
    }
  }
  return "";
}

function inlineText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    else if (child.type === "image") text += inlineText(child.children ?? []);
  }
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Cuts text to at most `limit` characters at a word boundary, adding "…".
 * A word is only split when the text has no space in the last 40% of the window.
 */
export function truncateAtWord(text: string, limit = 200): string {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  const window = chars.slice(0, limit).join("");
  const lastSpace = window.lastIndexOf(" ");
  const cut = lastSpace >= limit * 0.6 ? window.slice(0, lastSpace) : window;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
