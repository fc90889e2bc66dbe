// Markdown stage, markdown-it plugin: holds the links and images written in
// Markdown (inline, reference, autolinks, linkified text) to the same URL
// allowlist as raw HTML (url-policy.ts), so a body with no raw HTML, which is
// never sanitized, is as safe as one that is.

import type { Env, MarkdownIt as Markdown, StateCore } from "markdown-it";
import { allowsUrl } from "./url-policy";

/** An image whose URL the allowlist refused, kept as its alt text. */
export interface RefusedUrl {
  readonly url: string;
  /** 1-based line in the Markdown body. */
  readonly line: number;
}

/** What renderMarkdown passes markdown-it as `env`; the rule below fills `refusedUrls`. */
export interface UrlPolicyEnv extends Env {
  refusedUrls?: RefusedUrl[];
}

/**
 * Two checks, because markdown-it's `validateLink` does not know whether a URL is a link or an
 * image. It gets the link allowlist, the looser one: a link, image, reference definition or
 * autolink whose URL fails it is not made at all and stays in the page as the text that was
 * written, as markdown-it always does, so nothing is lost. Images must also pass the media
 * allowlist (no `mailto:`/`tel:` sources); that is checked once the images exist, whichever way
 * they were written (a reference image takes its URL from a definition validated as a link).
 */
export function useUrlPolicy(md: Markdown): void {
  md.validateLink = (url) => allowsUrl(url, "link");
  md.core.ruler.push("media_urls", refuseMediaUrls);
}

/** Replaces each image with a refused source by its alt text, and records it in `env.refusedUrls`. */
function refuseMediaUrls(state: StateCore): void {
  const env = state.env as UrlPolicyEnv;
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
      (env.refusedUrls ??= []).push({ url: src, line });
      // The alt text takes the image's place and is looked at in turn (it may hold another image).
      children.splice(i, 1, ...(token.children ?? []));
      i--;
    }
  }
}
