// Render stage, the whole site: every file the archive model makes (pages,
// feeds, sitemap, robots.txt, the search page's script), each with the path
// it is written to and how to render it. The Eleventy plugin and the build's
// write stage both take the site from here, so they always write the same files.

import type { ArchiveModel } from "../model/types";
import { SEARCH_SCRIPT_PATH } from "../search/search-names";
import { searchPageScript } from "../search/search-page-script";
import type { RenderContext } from "./context";
import { renderAtomFeed } from "./feeds/atom";
import { renderJsonFeed } from "./feeds/json-feed";
import { renderPage } from "./render-page";
import { REDIRECTS_FILE, renderRedirectPage, renderRedirectsFile } from "./redirect-files";
import { renderRobots } from "./robots";
import { THEME_STYLESHEET_PATH, themeStylesheet } from "./site-assets";
import { sitemapFiles } from "./sitemap";

export interface SiteFile {
  /** Where the file goes, from the output folder: "/2023/08/06/slug/index.html", "/feed.xml". */
  readonly outputPath: string;
  /** The file's content. */
  render(): string;
}

/** "/a/b/" → "/a/b/index.html"; "/404.html" stays as it is. */
export function outputPathFor(pagePath: string): string {
  return pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath;
}

const file = (outputPath: string, render: () => string): SiteFile => ({ outputPath, render });

/** Pages first (articles, listings, directories, 404, search), then feeds, redirect pages, then the files rendered on every build. */
export function siteFiles(archive: ArchiveModel): SiteFile[] {
  const context: RenderContext = { site: archive.site, feeds: archive.feeds, navigation: archive.navigation };
  const { articles, indexes, directories, notFound, search } = archive.pages;
  return [
    ...[...articles, ...indexes, ...directories, notFound, search].map((page) =>
      file(outputPathFor(page.path), () => renderPage(page, context)),
    ),
    ...archive.feeds.map((feed) =>
      file(feed.path, () => (feed.format === "atom" ? renderAtomFeed : renderJsonFeed)(feed, archive.site)),
    ),
    ...archive.redirects.flatMap((redirect) =>
      redirect.outputPath === undefined ? [] : [file(redirect.outputPath, () => renderRedirectPage(redirect, archive.site))],
    ),
    ...renderedSiteFiles(archive),
  ];
}

/**
 * The files a build renders every time instead of telling by fingerprint whether they changed,
 * since they are cheap or show the whole site: the search script, the sitemap (one file or an
 * index and its parts), robots.txt, the theme's colours and, when articles have old addresses, the redirect rules.
 */
export function renderedSiteFiles(archive: ArchiveModel): SiteFile[] {
  return [
    ...(Object.keys(archive.site.theme).length > 0 ? [file(THEME_STYLESHEET_PATH, () => themeStylesheet(archive.site))] : []),
    file(SEARCH_SCRIPT_PATH, () => searchPageScript(archive.site)),
    ...sitemapFiles(archive).map((sitemap) => file(sitemap.path, sitemap.render)),
    file("/robots.txt", () => renderRobots(archive.site)),
    ...(archive.redirects.length === 0 ? [] : [file(REDIRECTS_FILE, () => renderRedirectsFile(archive.redirects, archive.site))]),
  ];
}
