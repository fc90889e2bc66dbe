// Render stage: /robots.txt — every crawler may fetch everything, and learns
// where the sitemap is. Crawlers only read robots.txt at the host root, so
// under a path prefix this file helps only if the host serves it from there.

import type { SiteConfig } from "../config/site-config";
import { absoluteUrl } from "./links";
import { SITEMAP_PATH } from "./sitemap";

export function renderRobots(site: Pick<SiteConfig, "url" | "pathPrefix">): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl(site, SITEMAP_PATH)}`, ""].join("\n");
}
