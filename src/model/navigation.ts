// Model stage: the site's main navigation — the archive's own sections, then
// the site's own pages that ask for a place (front matter `nav`), in order.

import type { SitePage } from "../pages/types";
import type { PageLink } from "./types";

/** The archive's sections, with the order a page's `nav.order` is compared with. */
export const ARCHIVE_SECTIONS: readonly (PageLink & { readonly order: number })[] = Object.freeze([
  { path: "/", label: "Latest", order: 10 },
  { path: "/topics/", label: "Topics", order: 20 },
  { path: "/sources/", label: "Sources", order: 30 },
  { path: "/archive/", label: "Archive", order: 40 },
]);

/** Sections and pages by `order`; ties keep sections first, then pages by title. */
export function mainNavigation(pages: readonly SitePage[]): readonly PageLink[] {
  const placed = pages.flatMap((page) =>
    page.nav === undefined || page.url === undefined ? [] : [{ path: page.url, label: page.nav.title, order: page.nav.order, rank: 1 }],
  );
  const sections = ARCHIVE_SECTIONS.map((section) => ({ ...section, rank: 0 }));
  return Object.freeze(
    [...sections, ...placed]
      .sort((a, b) => a.order - b.order || a.rank - b.rank || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map(({ path, label }) => Object.freeze({ path, label })),
  );
}
