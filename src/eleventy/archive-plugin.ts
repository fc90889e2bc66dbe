// Eleventy edge: registers the virtual templates that paginate over the
// archive model's page lists. Eleventy maps each page to its output file,
// writes it and serves it; every page's HTML comes from src/render.

import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyTemplate, UserConfig } from "@11ty/eleventy";
import type { ArchiveModel, Feed, Page } from "../model/types";
import type { RenderContext } from "../render/context";
import { renderAtomFeed } from "../render/feeds/atom";
import { renderJsonFeed } from "../render/feeds/json-feed";
import { renderPage } from "../render/render-page";
import { renderRobots } from "../render/robots";
import { renderSitemap, SITEMAP_PATH } from "../render/sitemap";
import { SEARCH_SCRIPT_PATH } from "../search/search-names";
import { searchPageScript } from "../search/search-page-script";

/** Where the plugin gets the archive model: a prepared model, or a loader re-run on every (dev-server) build. */
export type ArchiveSource = () => ArchiveModel | Promise<ArchiveModel>;

/** Folder of static files (CSS) copied to `/assets/` in the output. */
export const ASSETS_DIR = fileURLToPath(new URL("../../layouts/assets", import.meta.url));

/** "/a/b/" → "/a/b/index.html"; "/404.html" stays as it is. */
export function outputPathFor(pagePath: string): string {
  return pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath;
}

interface ArchiveData {
  archive: ArchiveModel;
  entry: Page;
}

interface FeedData {
  archive: ArchiveModel;
  feed: Feed;
}

function contextOf(archive: ArchiveModel): RenderContext {
  return { site: archive.site, feeds: archive.feeds };
}

/** A template that writes one non-HTML file at `filePath` (which is also its URL). */
function singleFileTemplate(filePath: string, render: (archive: ArchiveModel) => string): EleventyTemplate<ArchiveData> {
  return {
    data: { permalink: filePath, eleventyExcludeFromCollections: true },
    render: (data) => render(data.archive),
  };
}

/** A template that writes one file per entry of a page list in the model. */
function pageListTemplate(listKey: keyof ArchiveModel["pages"]): EleventyTemplate<ArchiveData> {
  return {
    data: {
      pagination: { data: `archive.pages.${listKey}`, size: 1, alias: "entry" },
      permalink: (data: ArchiveData) => outputPathFor(data.entry.path),
      eleventyExcludeFromCollections: true,
    },
    render: (data) => renderPage(data.entry, contextOf(data.archive)),
  };
}

export function archivePlugin(eleventyConfig: UserConfig, archive: ArchiveSource): void {
  eleventyConfig.addGlobalData("archive", archive);

  eleventyConfig.addTemplate("archive-articles.11ty.js", pageListTemplate("articles"));
  eleventyConfig.addTemplate("archive-indexes.11ty.js", pageListTemplate("indexes"));
  eleventyConfig.addTemplate("archive-directories.11ty.js", pageListTemplate("directories"));
  eleventyConfig.addTemplate("archive-not-found.11ty.js", {
    data: {
      permalink: (data: ArchiveData) => outputPathFor(data.archive.pages.notFound.path),
      eleventyExcludeFromCollections: true,
    },
    render: (data: ArchiveData) => renderPage(data.archive.pages.notFound, contextOf(data.archive)),
  });
  eleventyConfig.addTemplate("archive-search.11ty.js", {
    data: {
      permalink: (data: ArchiveData) => outputPathFor(data.archive.pages.search.path),
      eleventyExcludeFromCollections: true,
    },
    render: (data: ArchiveData) => renderPage(data.archive.pages.search, contextOf(data.archive)),
  });
  eleventyConfig.addTemplate(
    "archive-search-script.11ty.js",
    singleFileTemplate(SEARCH_SCRIPT_PATH, (archive) => searchPageScript(archive.site)),
  );
  eleventyConfig.addTemplate("archive-feeds.11ty.js", {
    data: {
      pagination: { data: "archive.feeds", size: 1, alias: "feed" },
      permalink: (data: FeedData) => data.feed.path,
      eleventyExcludeFromCollections: true,
    },
    render: (data: FeedData) => (data.feed.format === "atom" ? renderAtomFeed : renderJsonFeed)(data.feed, data.archive.site),
  });
  eleventyConfig.addTemplate("archive-sitemap.11ty.js", singleFileTemplate(SITEMAP_PATH, renderSitemap));
  eleventyConfig.addTemplate("archive-robots.11ty.js", singleFileTemplate("/robots.txt", (archive) => renderRobots(archive.site)));

  // Relative to the working directory, as Eleventy resolves passthrough paths.
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), ASSETS_DIR) || "."]: "assets" });
  eleventyConfig.addWatchTarget(ASSETS_DIR);
}
