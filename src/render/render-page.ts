// Render stage entry point: turns one Page of the archive model into a
// complete HTML document. Called once per page, so it only dispatches and
// serializes; everything expensive belongs in the model stage.

import { h, type JSX } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Page } from "../model/types";
import type { RenderContext } from "./context";
import { withHeadExtra } from "../theme/render-slot";
import { ArchiveDirectoryPage } from "../../layouts/ArchiveDirectoryPage";
import { ArticlePage } from "../../layouts/ArticlePage";
import { IndexPage } from "../../layouts/IndexPage";
import { NotFoundPage } from "../../layouts/NotFoundPage";
import { OnThisDayPage } from "../../layouts/OnThisDayPage";
import { SearchPage } from "../../layouts/SearchPage";
import { SitePage, type SitePageProps } from "../../layouts/SitePage";
import { TermDirectoryPage } from "../../layouts/TermDirectoryPage";

function layoutFor(page: Page, context: RenderContext): JSX.Element {
  switch (page.kind) {
    case "article":
      return h(ArticlePage, { page, context });
    case "index":
      return h(IndexPage, { page, context });
    case "topics":
    case "sources":
      return h(TermDirectoryPage, { page, context });
    case "archive":
      return h(ArchiveDirectoryPage, { page, context });
    case "on-this-day":
      return h(OnThisDayPage, { page, context });
    case "not-found":
      return h(NotFoundPage, { page, context });
    case "search":
      return h(SearchPage, { page, context });
  }
}

/** The full HTML document for a page, starting with `<!doctype html>`. */
export function renderPage(page: Page, context: RenderContext): string {
  return withHeadExtra(`<!doctype html>\n${renderToString(layoutFor(page, context))}\n`, { context, path: page.path, page });
}

/** A page of the site's own (a template in the pages folder) inside the site's layout, around what Eleventy rendered of it. */
export function renderSitePage(props: SitePageProps): string {
  return withHeadExtra(`<!doctype html>\n${renderToString(h(SitePage, props))}\n`, { context: props.context, path: props.path });
}
