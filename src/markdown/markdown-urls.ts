// Markdown stage, markdown-it plugin: holds the links and images written in
// Markdown (inline, reference, autolinks, linkified text) to the same URL
// allowlist as raw HTML (url-policy.ts), so a body with no raw HTML, which is
// never sanitized, is as safe as one that is. Every refusal becomes a note
// with its line, so the writer learns of it.

import type { MarkdownIt as Markdown, StateBlock, StateCore } from "markdown-it";
import type { BodyNote, NotesEnv } from "./body-notes";
import { allowsUrl } from "./url-policy";

/**
 * Two checks, because markdown-it's `validateLink` does not know whether a URL is a link or an
 * image. It gets the link allowlist, the looser one: a link, image, reference definition or
 * autolink whose URL fails it is not made at all and stays in the page as the text that was
 * written, as markdown-it always does, so nothing is lost. Images must also pass the media
 * allowlist (no `mailto:`/`tel:` sources); that is checked once the images exist, whichever way
 * they were written (a reference image takes its URL from a definition validated as a link).
 *
 * `validateLink` is given only the URL, so the rules below tell it where the parser is: the line
 * of the block being read (a reference definition) or of the block whose text is being parsed.
 */
export function useUrlPolicy(md: Markdown): void {
  // Set from the start of a parse to the end of its inline phase. markdown-it's `linkify` core rule,
  // which runs later, tries again what the inline phase refused, and finds no more than bare text.
  let parsing: { notes: () => BodyNote[]; line: number } | undefined;
  const seen = new Set<string>();
  md.validateLink = (url) => {
    if (allowsUrl(url, "link")) return true;
    // markdown-it may try one link more than once (nested brackets); one note is enough.
    const key = `${parsing?.line}\0${url}`;
    if (parsing !== undefined && !seen.has(key)) {
      seen.add(key);
      parsing.notes().push({ kind: "url", use: "link", url: md.normalizeLinkText(url), line: parsing.line });
    }
    return false;
  };
  md.core.ruler.before("normalize", "url_policy_start", (state: StateCore) => {
    const env = state.env as NotesEnv;
    seen.clear();
    parsing = { notes: () => (env.notes ??= []), line: 1 };
  });
  md.block.ruler.before("reference", "url_policy_block_line", (_state: StateBlock, startLine: number) => {
    if (parsing !== undefined) parsing.line = startLine + 1;
    return false;
  });
  md.core.ruler.at("inline", (state: StateCore) => {
    // markdown-it's own `inline` rule, telling validateLink the line of each block it parses.
    for (const token of state.tokens) {
      if (token.type !== "inline") continue;
      if (parsing !== undefined) parsing.line = (token.map?.[0] ?? 0) + 1;
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? []);
    }
    parsing = undefined;
  });
  md.core.ruler.push("media_urls", refuseMediaUrls);
}

/** Replaces each image with a refused source by its alt text, with a note. */
function refuseMediaUrls(state: StateCore): void {
  const env = state.env as NotesEnv;
  for (const block of state.tokens) {
    if (block.type !== "inline" || block.children === null) continue;
    const children = block.children;
    let line = (block.map?.[0] ?? 0) + 1;
    for (let i = 0; i < children.length; i++) {
      const token = children[i]!;
      if (token.type === "softbreak" || token.type === "hardbreak") line++;
      if (token.type !== "image") continue;
      const src = String(token.attrGet("src") ?? "");
      if (allowsUrl(src, "media")) continue;
      (env.notes ??= []).push({ kind: "url", use: "media", url: src, line });
      // The alt text takes the image's place and is looked at in turn (it may hold another image).
      children.splice(i, 1, ...(token.children ?? []));
      i--;
    }
  }
}
