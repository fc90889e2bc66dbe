// Search stage, page side: the one script of the site, /search/search.js,
// loaded by the /search/ page after Pagefind's Default UI. It reads the list
// of index shards the build wrote (pagefind/shards.json), starts the Default
// UI on the first shard with the others merged in (see search-shards.ts), runs
// the query from `?q=` (where the header search form sends readers) and keeps
// `?q=` current, so reloading, sharing or going back restores the search.
// Results come newest first, or by how well they match when the reader picks
// that (`?order=relevance`); topic and source filters list their values by
// how many results each holds and leave out those that hold none; the chosen
// filter values are kept in the address too (`?topic=Japan`).

import type { SiteConfig } from "../config/site-config";
import { labelsOf } from "../i18n/labels-of";
import { href } from "../render/links";
import {
  DATE_SORT_KEY,
  FILTERS_BY_COUNT,
  HEADER_SEARCH_INPUT_ID,
  ORDER_BY_RELEVANCE,
  ORDER_CONTROL_ID,
  ORDER_PARAM,
  PAGEFIND_DIR,
  QUERY_PARAM,
  SEARCH_FILTERS,
  SEARCH_HEADING_ID,
  SEARCH_ROOT_ID,
  SHARD_LIST_NAME,
} from "./search-names";

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

/** Logged to the console with it, for whoever runs the site. */
export const MISSING_INDEX_HINT =
  "The search index did not load. `npm run build` writes it to <site>/pagefind/; `npm start` does not build it.";

/**
 * The script's source text, with the site's prefix and the words it may show in the site's language
 * built in. Runs after pagefind-ui.js has defined `PagefindUI`, which speaks the language of `<html lang>`.
 */
export function searchPageScript(site: Pick<SiteConfig, "pathPrefix" | "language">): string {
  const { bundlePath, baseUrl } = searchUiSettings(site);
  const options = {
    element: `#${SEARCH_ROOT_ID}`,
    baseUrl,
    showImages: false,
    showSubResults: false,
    showEmptyFilters: false,
    resetStyles: true,
  };
  return `(function () {
  var baseOptions = ${scriptSafeJson(options)};
  var dateSort = ${scriptSafeJson({ [DATE_SORT_KEY]: "desc" })};
  var bundles = ${scriptSafeJson(bundlePath)};
  var param = ${scriptSafeJson(QUERY_PARAM)};
  var orderParam = ${scriptSafeJson(ORDER_PARAM)};
  var byRelevance = ${scriptSafeJson(ORDER_BY_RELEVANCE)};
  var countedFilters = ${scriptSafeJson(FILTERS_BY_COUNT)};
  var filterNames = ${scriptSafeJson(Object.values(SEARCH_FILTERS))};
  var headerInput = document.getElementById(${scriptSafeJson(HEADER_SEARCH_INPUT_ID)});
  var orderControl = document.getElementById(${scriptSafeJson(ORDER_CONTROL_ID)});
  var root = document.querySelector(baseOptions.element);
  // No index (npm start builds none): say so instead of failing silently.
  var unavailable = function (why) {
    if (root) root.textContent = ${scriptSafeJson(labelsOf(site).searchUnavailable)};
    console.error(${scriptSafeJson(MISSING_INDEX_HINT)}, why);
  };
  if (typeof PagefindUI === "undefined") return unavailable("pagefind-ui.js did not load");
  var changeUrl = function (change) {
    var url = new URL(window.location.href);
    change(url.searchParams);
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  };
  var setParam = function (name, value) {
    changeUrl(function (search) {
      if (value) search.set(name, value); else search.delete(name);
    });
  };
  var processTerm = function (term) {
    setParam(param, term);
    if (headerInput) headerInput.value = term;
    return term;
  };
  // The Default UI names its input only with a title and may render it anew
  // at any time; whenever it does, the page heading becomes its visible label.
  var labelInput = function () {
    var input = root.querySelector("input[type=text]:not([aria-labelledby])");
    if (input) input.setAttribute("aria-labelledby", ${scriptSafeJson(SEARCH_HEADING_ID)});
  };
  // The Default UI lists filter values in the index's order and updates them
  // in place; moving them (not restyling them) keeps reading and tab order
  // the same as what is seen. Ties stay in alphabetical order.
  var countOf = function (value) {
    var match = /\\((\\d+)\\)\\s*$/.exec(value.textContent || "");
    return match ? Number(match[1]) : 0;
  };
  var orderFilterValues = function () {
    countedFilters.forEach(function (name) {
      var checkboxes = root.querySelectorAll("input[type=checkbox][name=" + JSON.stringify(name) + "]");
      var values = Array.prototype.map.call(checkboxes, function (checkbox) {
        return { element: checkbox.parentNode, count: countOf(checkbox.parentNode), name: checkbox.value };
      });
      var ordered = values.slice().sort(function (a, b) {
        return b.count - a.count || a.name.localeCompare(b.name);
      });
      if (ordered.every(function (value, i) { return value === values[i]; })) return;
      var focused = document.activeElement;
      var list = values[0].element.parentNode;
      ordered.forEach(function (value) { list.appendChild(value.element); });
      if (focused && focused !== document.activeElement && list.contains(focused)) focused.focus({ preventScroll: true });
    });
  };
  var whenRendered = function () {
    labelInput();
    orderFilterValues();
  };
  var params = new URLSearchParams(window.location.search);
  var relevance = params.get(orderParam) === byRelevance;
  var filtersFromUrl = function () {
    var filters = {};
    filterNames.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) filters[name] = values;
    });
    return filters;
  };
  var keepFiltersInUrl = function (event) {
    var target = event.target;
    if (!target || target.type !== "checkbox" || filterNames.indexOf(target.name) === -1) return;
    var checked = root.querySelectorAll("input[type=checkbox][name=" + JSON.stringify(target.name) + "]:checked");
    changeUrl(function (search) {
      search.delete(target.name);
      Array.prototype.forEach.call(checked, function (checkbox) { search.append(target.name, checkbox.value); });
    });
  };
  // Newest first, the shards' weights keep the merged list in date order; by
  // relevance every shard counts the same. Pagefind cannot change the weights
  // of a running search, so another order means loading the page again (the
  // query and the filters are in its address).
  var start = function (shards) {
    var options = {};
    Object.keys(baseOptions).forEach(function (key) { options[key] = baseOptions[key]; });
    if (!relevance) options.sort = dateSort;
    options.processTerm = processTerm;
    options.bundlePath = bundles + shards[0].dir;
    options.mergeIndex = shards.slice(1).map(function (shard) {
      return { bundlePath: bundles + shard.dir, indexWeight: relevance ? 1 : shard.weight, baseUrl: baseOptions.baseUrl };
    });
    var ui = new PagefindUI(options);
    if (root) {
      whenRendered();
      new MutationObserver(whenRendered).observe(root, { childList: true, subtree: true });
      root.addEventListener("change", keepFiltersInUrl);
    }
    // Passed as read: the Default UI shows the term only as text (its input and summary line).
    var query = params.get(param);
    if (query) ui.triggerSearch(query);
    var filters = filtersFromUrl();
    if (Object.keys(filters).length) ui.triggerFilters(filters);
  };
  var showOrderControl = function () {
    if (!orderControl) return;
    var choice = orderControl.querySelector("input[value=" + JSON.stringify(relevance ? byRelevance : "date") + "]");
    if (choice) choice.checked = true;
    orderControl.hidden = false;
    orderControl.addEventListener("change", function (event) {
      if ((event.target.value === byRelevance) === relevance) return;
      setParam(orderParam, relevance ? "" : byRelevance);
      window.location.reload();
    });
  };
  var begin = function (list) {
    var shards = list && list.shards;
    if (!shards || !shards.length) return unavailable("the shard list is empty");
    start(shards);
    showOrderControl();
  };
  fetch(bundles + ${scriptSafeJson(SHARD_LIST_NAME)})
    .then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.json();
    })
    .then(begin, unavailable);
})();
`;
}
