// Render stage: the /search/ page, the only page with JavaScript. Pagefind's
// Default UI searches the article index written at build time, with topic,
// source and year filters, the newest results first or the best matches.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { LinkTarget } from "../src/i18n/labels";
import type { SearchPage as SearchPageData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";
import { documentTitle, metaDescription, pageTitle } from "../src/render/page-text";
import { ORDER_BY_RELEVANCE, ORDER_CONTROL_ID, ORDER_PARAM, PRIMARY_BUNDLE_DIR, SEARCH_HEADING_ID, SEARCH_ROOT_ID, SEARCH_SCRIPT_PATH } from "../src/search/search-names";
import { Base } from "./Base";

export interface SearchPageProps {
  readonly page: SearchPageData;
  readonly context: RenderContext;
}

const LINK_PATHS: Readonly<Record<LinkTarget, string>> = { topics: "/topics/", sources: "/sources/", archive: "/archive/" };

export function SearchPage({ page, context }: SearchPageProps): JSX.Element {
  const { site } = context;
  const labels = labelsOf(site);
  const bundle = (file: string) => href(site, `/${PRIMARY_BUNDLE_DIR}${file}`);
  return (
    <Base context={context} path={page.path} page={page} title={documentTitle(page, site)} description={metaDescription(page, site)}>
      <header class="listing-header">
        <h1 id={SEARCH_HEADING_ID}>{pageTitle(page, site)}</h1>
        <p class="listing-description">{labels.searchIntro}</p>
      </header>
      {/* Only this page uses the Pagefind styles, so they are linked here rather than in every page's head. */}
      <link rel="stylesheet" href={bundle("pagefind-ui.css")} />
      {/* Hidden until the search script runs: without it there are no results to order. */}
      <fieldset id={ORDER_CONTROL_ID} class="search-order" hidden>
        <legend>{labels.searchOrderLegend}</legend>
        <label>
          <input type="radio" name={ORDER_PARAM} value="date" checked /> {labels.searchOrderNewest}
        </label>
        <label>
          <input type="radio" name={ORDER_PARAM} value={ORDER_BY_RELEVANCE} /> {labels.searchOrderRelevance}
        </label>
      </fieldset>
      <div id={SEARCH_ROOT_ID} class="search" />
      <noscript>
        <p class="search-noscript">
          {labels.searchNoScript.map((part) =>
            typeof part === "string" ? part : <a key={part.link} href={href(site, LINK_PATHS[part.link])}>{part.text}</a>,
          )}
        </p>
      </noscript>
      <script src={bundle("pagefind-ui.js")} />
      <script src={href(site, SEARCH_SCRIPT_PATH)} />
    </Base>
  );
}
