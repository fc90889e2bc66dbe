// Search stage, page side: the one script of the site, /search/search.js,
// loaded by the /search/ page after Pagefind's Default UI. It reads the list
// of index shards the build wrote (pagefind/shards.json), starts the Default
// UI on the first shard with the others merged in (see search-shards.ts), runs
// the query from `?q=` (where the header search form sends readers) and keeps
// `?q=` current, so reloading, sharing or going back restores the search.

import type { SiteConfig } from "../config/site-config";
import { href } from "../render/links";
import { DATE_SORT_KEY, HEADER_SEARCH_INPUT_ID, PAGEFIND_DIR, QUERY_PARAM, SEARCH_HEADING_ID, SEARCH_ROOT_ID, SHARD_LIST_NAME } from "./search-names";

/** Where the browser finds the shards' bundles and what it puts before result URLs, both with the path prefix. */
export interface SearchUiSettings {
  /** The folder holding shards.json and one bundle folder per shard. */
  readonly bundlePath: string;
  readonly baseUrl: string;
}

export function searchUiSettings(site: Pick<SiteConfig, "pathPrefix">): SearchUiSettings {
  return {
    bundlePath: href(site, `/${PAGEFIND_DIR}/`),
    // Index URLs are site paths without the prefix; Pagefind prepends this.
    baseUrl: href(site, "/"),
  };
}

/**
 * JSON to embed in script source: no U+2028/U+2029, which older engines treat
 * as line ends inside strings, and no "<" or ">", so it also stays safe if the
 * script is ever inlined in a page.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Shown on the search page when the Pagefind bundle did not load. */
export const MISSING_INDEX_MESSAGE = "Search is not available right now: the search index could not be loaded.";

/** Logged to the console with it, for whoever runs the site. */
export const MISSING_INDEX_HINT =
  "The search index did not load. `npm run build` writes it to <site>/pagefind/; `npm start` does not build it.";

/** The script's source text, with the site's prefix built in. Runs after pagefind-ui.js has defined `PagefindUI`. */
export function searchPageScript(site: Pick<SiteConfig, "pathPrefix">): string {
  const { bundlePath, baseUrl } = searchUiSettings(site);
  const options = {
    element: `#${SEARCH_ROOT_ID}`,
    baseUrl,
    sort: { [DATE_SORT_KEY]: "desc" },
    showImages: false,
    showSubResults: false,
    resetStyles: true,
  };
  return `(function () {
  var options = ${scriptSafeJson(options)};
  var bundles = ${scriptSafeJson(bundlePath)};
  var param = ${scriptSafeJson(QUERY_PARAM)};
  var headerInput = document.getElementById(${scriptSafeJson(HEADER_SEARCH_INPUT_ID)});
  var root = document.querySelector(options.element);
  // No index (npm start builds none): say so instead of failing silently.
  var unavailable = function (why) {
    if (root) root.textContent = ${scriptSafeJson(MISSING_INDEX_MESSAGE)};
    console.error(${scriptSafeJson(MISSING_INDEX_HINT)}, why);
  };
  if (typeof PagefindUI === "undefined") return unavailable("pagefind-ui.js did not load");
  options.processTerm = function (term) {
    var url = new URL(window.location.href);
    if (term) url.searchParams.set(param, term); else url.searchParams.delete(param);
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    if (headerInput) headerInput.value = term;
    return term;
  };
  // The Default UI names its input only with a title and may render it anew
  // at any time; whenever it does, the page heading becomes its visible label.
  var labelInput = function () {
    var input = root.querySelector("input[type=text]:not([aria-labelledby])");
    if (input) input.setAttribute("aria-labelledby", ${scriptSafeJson(SEARCH_HEADING_ID)});
  };
  // The first shard is the primary index; the others are merged in with the
  // weights that keep the merged results in date order.
  var start = function (list) {
    var shards = list && list.shards;
    if (!shards || !shards.length) return unavailable("the shard list is empty");
    options.bundlePath = bundles + shards[0].dir;
    options.mergeIndex = shards.slice(1).map(function (shard) {
      return { bundlePath: bundles + shard.dir, indexWeight: shard.weight, baseUrl: options.baseUrl };
    });
    var ui = new PagefindUI(options);
    if (root) {
      labelInput();
      new MutationObserver(labelInput).observe(root, { childList: true, subtree: true });
    }
    // Passed as read: the Default UI shows the term only as text (its input and summary line).
    var query = new URLSearchParams(window.location.search).get(param);
    if (query) ui.triggerSearch(query);
  };
  fetch(bundles + ${scriptSafeJson(SHARD_LIST_NAME)})
    .then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.json();
    })
    .then(start, unavailable);
})();
`;
}
