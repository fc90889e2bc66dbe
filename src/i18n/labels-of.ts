// Languages: the labels a page shows, looked up by every layout — the table
// of the site's language with the site's own labels.ts over it — merged once
// per language and layouts folder (and again when that folder changes), never
// per page.

import type { SiteConfig } from "../config/site-config";
import { themeOf } from "../theme/load-theme";
import type { Labels } from "./labels";
import { resolveLabels } from "./locale";

const merged = new Map<string, Labels>();

export function labelsOf(site: Pick<SiteConfig, "language"> & Partial<Pick<SiteConfig, "layouts">>): Labels {
  const theme = site.layouts === undefined ? undefined : themeOf(site);
  const key = `${site.language}\u0000${theme?.folder ?? ""}\u0000${theme?.stamp ?? ""}`;
  let labels = merged.get(key);
  if (labels === undefined) {
    labels = resolveLabels(site.language, theme?.labels).labels;
    merged.set(key, labels);
  }
  return labels;
}
