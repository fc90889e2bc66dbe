// Markdown stage: the body line of an opening tag in a body's rendered HTML,
// for removal warnings. Used only when something was removed, so the work is
// done only then: the body is rendered again block by block, noting where
// each block's HTML starts and on which line its Markdown starts, and the HTML
// is read by the parser sanitize-html uses, with its options, so its n-th
// opening tag is the one the sanitizer saw n-th. Raw HTML and text keep their
// line breaks in the HTML, so the line within a block is counted there.

import { Parser } from "htmlparser2";
import type { MarkdownIt as Markdown, Token } from "markdown-it";
import type { NotesEnv } from "./body-notes";

/**
 * A function from the index of an opening tag in `html` (as the sanitizer counts them) to its
 * 1-based line in the Markdown body. `html` must be what markdown-it rendered from `tokens`.
 */
export function tagLines(md: Markdown, tokens: readonly Token[], env: NotesEnv, html: string): (tagIndex: number) => number {
  const blocks = renderBlocks(md, tokens, env);
  if (blocks.html !== html) return () => 1;
  const tagStarts: number[] = [];
  const parser = new Parser({ onopentag: () => tagStarts.push(parser.startIndex) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return (tagIndex) => {
    const offset = tagStarts[tagIndex];
    if (offset === undefined) return 1;
    const block = lastAtOrBefore(blocks.starts, offset);
    return blocks.lines[block]! + countLineBreaks(html, blocks.starts[block]!, offset);
  };
}

interface RenderedBlocks {
  readonly html: string;
  /** Where the HTML of each top-level token starts. */
  readonly starts: readonly number[];
  /** The body line each top-level token's Markdown starts on. */
  readonly lines: readonly number[];
}

/** What markdown-it's `renderer.render` does, keeping where each token's HTML starts. */
export function renderBlocks(md: Markdown, tokens: readonly Token[], env: NotesEnv): RenderedBlocks {
  const renderer = md.renderer;
  const list = tokens as Token[];
  const starts: number[] = [];
  const lines: number[] = [];
  let html = "";
  let line = 1;
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    if (token.map !== null) line = token.map[0] + 1;
    starts.push(html.length);
    lines.push(line);
    const rule = renderer.rules[token.type];
    if (token.type === "inline") html += renderer.renderInline(token.children ?? [], md.options, env);
    else if (rule !== undefined) html += rule(list, i, md.options, env, renderer);
    else html += renderer.renderToken(list, i, md.options);
  }
  return { html, starts, lines };
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
