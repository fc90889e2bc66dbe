// Render stage: the single doorway for raw HTML into a page. Every other
// value is escaped by preact; this one is not, so only trusted markup may pass.

import type { JSX } from "preact";

export interface TrustedHtmlProps {
  /**
   * Output of the Markdown renderer (src/markdown), which sanitizes article
   * bodies, or what Eleventy rendered from the site's own page templates
   * (the site owner's code, like the layouts). Never pass front matter, file
   * names or anything else from article authors.
   */
  readonly html: string;
  readonly as?: "div" | "section" | "article";
  readonly class?: string;
}

export function TrustedHtml({ html, as = "div", class: className }: TrustedHtmlProps): JSX.Element {
  const Tag = as;
  // The one deliberate use in the project: an article body was sanitized when it was rendered.
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
