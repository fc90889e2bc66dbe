// Search stage: the names the build side (Pagefind indexing) and the page side
// (layouts, the search page script) must agree on, kept in one place so
// neither side pulls in the other.

/** Folder of the search index inside the built site: one Pagefind bundle per shard, and the shard list. */
export const PAGEFIND_DIR = "pagefind";

/** The list of shards the search page merges, in PAGEFIND_DIR (see search-shards.ts). */
export const SHARD_LIST_NAME = "shards.json";

/** The first shard's bundle, whose Default UI script and styles the search page loads. */
export const PRIMARY_BUNDLE_DIR = `${PAGEFIND_DIR}/0/`;

/**
 * Filter names as stored in the index; the search page shows them as the
 * filter headings. The Default UI inserts them into its panel as HTML, so
 * they stay plain words, never anything from an article.
 */
export const SEARCH_FILTERS = { topic: "topic", source: "source", year: "year" } as const;

/** The sort key the search page orders results by (newest first). */
export const DATE_SORT_KEY = "date";

/** The query parameter the header form sends and the search page reads. */
export const QUERY_PARAM = "q";

/** The id of the header's search input, which the search page keeps in step with the query. */
export const HEADER_SEARCH_INPUT_ID = "site-search-q";

/** The element the Default UI renders into. */
export const SEARCH_ROOT_ID = "search";

/** The id of the search page's h1, which labels the Default UI's search input. */
export const SEARCH_HEADING_ID = "search-heading";

/** The search page's own script, written beside it by the build (a file, not inline, so a strict Content-Security-Policy can allow it). */
export const SEARCH_SCRIPT_PATH = "/search/search.js";

/** The query parameter that keeps the chosen order of results; absent means newest first. */
export const ORDER_PARAM = "order";

/** ORDER_PARAM's value for results ordered by how well they match. */
export const ORDER_BY_RELEVANCE = "relevance";

/** The search page's order control, hidden until the script shows it (it needs the script). */
export const ORDER_CONTROL_ID = "search-order";

/** Filters whose values are listed by how many results they hold; the others (year) keep their own order. */
export const FILTERS_BY_COUNT: readonly string[] = [SEARCH_FILTERS.topic, SEARCH_FILTERS.source];
