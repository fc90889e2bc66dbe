// Model stage: the site's main navigation — the archive's own sections, the
// site's own pages that ask for a place (front matter `nav`) and the links
// site.config.json adds (`navigation`), in order.

import type { SiteConfig } from "../config/site-config";
import { labelsOf } from "../i18n/labels-of";
import type { SitePage } from "../pages/types";
import type { PageLink } from "./types";

/** The archive's sections in the site's language, with the order a page's `nav.order` is compared with. */
export function archiveSections(site: Pick<SiteConfig, "language">): readonly (PageLink & { readonly order: number })[] {
  const labels = labelsOf(site);
  return [
    { path: "/", label: labels.latest, order: 10 },
    { path: "/topics/", label: labels.topics, order: 20 },
    { path: "/sources/", label: labels.sources, order: 30 },
    { path: "/archive/", label: labels.archive, order: 40 },
  ];
}

/**
 * Sections, pages and configured links by `order`; ties keep sections first, then pages by title,
 * then configured links as written. A configured link's path may be a URL of its own.
 */
export function mainNavigation(pages: readonly SitePage[], site: Pick<SiteConfig, "language" | "navigation">): readonly PageLink[] {
  const placed = pages.flatMap((page) =>
    page.nav === undefined || page.url === undefined ? [] : [{ path: page.url, label: page.nav.title, order: page.nav.order, rank: 1 }],
  );
  const sections = archiveSections(site).map((section) => ({ ...section, rank: 0 }));
  const configured = site.navigation.map((link, i) => ({ path: link.url, label: link.title, order: link.order, rank: 2 + i }));
  return Object.freeze(
    [...sections, ...placed, ...configured]
      .sort((a, b) => a.order - b.order || a.rank - b.rank || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map(({ path, label }) => Object.freeze({ path, label })),
  );
}
