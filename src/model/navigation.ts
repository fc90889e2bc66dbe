// Model stage: the site's main navigation — the archive's own sections, then
// the site's own pages that ask for a place (front matter `nav`), in order.

import type { SiteConfig } from "../config/site-config";
import { labelsOf } from "../i18n/locale";
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

/** Sections and pages by `order`; ties keep sections first, then pages by title. */
export function mainNavigation(pages: readonly SitePage[], site: Pick<SiteConfig, "language">): readonly PageLink[] {
  const placed = pages.flatMap((page) =>
    page.nav === undefined || page.url === undefined ? [] : [{ path: page.url, label: page.nav.title, order: page.nav.order, rank: 1 }],
  );
  const sections = archiveSections(site).map((section) => ({ ...section, rank: 0 }));
  return Object.freeze(
    [...sections, ...placed]
      .sort((a, b) => a.order - b.order || a.rank - b.rank || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map(({ path, label }) => Object.freeze({ path, label })),
  );
}
