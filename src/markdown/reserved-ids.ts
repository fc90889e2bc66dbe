// Markdown stage: the element ids the site's layouts use. A heading in an
// article body may not take one of them (it would break the skip link, the
// header's search box or the related-articles list, or let a body's HTML
// stand in for the page's own elements), so such a heading gets a suffix.
// tests/unit/markdown/reserved-ids.test.ts keeps this list in step with layouts/.

import { HEADER_SEARCH_INPUT_ID, ORDER_CONTROL_ID, SEARCH_HEADING_ID, SEARCH_ROOT_ID } from "../search/search-names";

export const RESERVED_IDS: ReadonlySet<string> = new Set([
  "main",
  HEADER_SEARCH_INPUT_ID,
  SEARCH_ROOT_ID,
  SEARCH_HEADING_ID,
  ORDER_CONTROL_ID,
  "related-heading",
  "volume",
  "volume-title",
  "volume-description",
  "term-years-heading",
  "related-topics-heading",
  "month-bars-heading",
  "nearest-heading",
  "most-covered-heading",
]);
