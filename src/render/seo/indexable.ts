// Render stage: which pages search engines are asked to leave out. A page for
// a date without articles exists only to send a reader to the nearest dates;
// thousands of them in a search index would only bury the real pages. They
// carry `noindex` and stay out of the sitemap (the 404 page is left out of
// the sitemap separately).

import type { Page } from "../../model/types";

export function isIndexable(page: Page): boolean {
  return !(page.kind === "index" && page.listing.kind === "empty-period");
}
