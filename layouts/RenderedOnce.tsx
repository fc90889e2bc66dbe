// Render stage: an element whose content is a fragment rendered by preact once
// and reused on every page that shows it (see src/render/fragment-cache). Only
// preact's own output enters here (rendered here or by src/theme/render-slot),
// so every value in it is already escaped.

import type { JSX } from "preact";
import { renderToString } from "preact-render-to-string";
import type { SiteConfig } from "../src/config/site-config";
import type { RenderContext } from "../src/render/context";
import { renderFragmentOnce, type FragmentCache } from "../src/render/fragment-cache";

export interface RenderedOnceProps {
  /** The element that holds the fragment; it is rendered on every page, its content once. */
  readonly as: "li" | "header" | "footer";
  readonly class?: string;
  readonly cache: FragmentCache;
  readonly site: SiteConfig;
  /** The model object the fragment shows; with the site, it decides the fragment's HTML. */
  readonly subject: object;
  /**
   * The fragment, given a context that holds only the site (so it cannot depend on more than its key):
   * markup, or HTML preact rendered already (see src/theme/render-slot.ts).
   */
  readonly render: (context: RenderContext) => JSX.Element | string;
}

export function RenderedOnce({ as: Tag, class: className, cache, site, subject, render }: RenderedOnceProps): JSX.Element {
  const html = renderFragmentOnce(cache, site, subject, () => {
    const fragment = render({ site });
    return typeof fragment === "string" ? fragment : renderToString(fragment);
  });
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
