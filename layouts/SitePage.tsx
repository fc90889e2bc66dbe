// Render stage: the site's own pages (About, Corrections…, Eleventy templates
// in the pages folder) inside the site's layout: header, navigation, footer
// and metadata, with the page's title as its heading.

import type { JSX } from "preact";
import type { RenderContext } from "../src/render/context";
import { Base } from "./Base";
import { TrustedHtml } from "./TrustedHtml";

export interface SitePageProps {
  readonly context: RenderContext;
  /** The page's URL path, without the prefix. */
  readonly path: string;
  readonly title: string;
  /** The meta description; the site's description when empty. */
  readonly description: string;
  /** What Eleventy rendered from the page's template. */
  readonly contentHtml: string;
}

export function SitePage({ context, path, title, description, contentHtml }: SitePageProps): JSX.Element {
  const { site } = context;
  return (
    <Base context={context} path={path} title={`${title} – ${site.title}`} description={description || site.description}>
      <article class="site-page">
        <header class="listing-header">
          <h1>{title}</h1>
        </header>
        <TrustedHtml html={contentHtml} class="article-body" />
      </article>
    </Base>
  );
}
