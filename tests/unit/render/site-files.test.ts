// Render stage tests: the list of every file of the site — one per page and
// feed plus the sitemap, robots.txt and the search script — and its output paths.

import { beforeAll, describe, expect, it } from "vitest";
import type { ArchiveModel } from "../../../src/model/types";
import { renderAtomFeed } from "../../../src/render/feeds/atom";
import { renderPage } from "../../../src/render/render-page";
import { outputPathFor, renderedSiteFiles, siteFiles } from "../../../src/render/site-files";
import { renderSitemap, SITEMAP_PATH } from "../../../src/render/sitemap";
import { SEARCH_SCRIPT_PATH } from "../../../src/search/search-names";
import { fixtureModel } from "../../support/built-site";

let model: ArchiveModel;
beforeAll(async () => {
  model = await fixtureModel();
});

describe("outputPathFor", () => {
  it.each([
    ["/", "/index.html"],
    ["/2023/08/06/slug/", "/2023/08/06/slug/index.html"],
    ["/topics/북한/page/2/", "/topics/북한/page/2/index.html"],
    ["/404.html", "/404.html"],
    ["/feed.xml", "/feed.xml"],
  ])("%s → %s", (pagePath, expected) => {
    expect(outputPathFor(pagePath)).toBe(expected);
  });
});

describe("siteFiles", () => {
  it("lists every page, then the feeds, then the files rendered on every build (search script, sitemap, robots.txt), each once", () => {
    const { articles, indexes, directories, notFound, search } = model.pages;
    const pages = [...articles, ...indexes, ...directories, notFound, search].map((page) => outputPathFor(page.path));
    const paths = siteFiles(model).map((file) => file.outputPath);
    const everyBuild = [SEARCH_SCRIPT_PATH, SITEMAP_PATH, "/robots.txt"];
    expect(paths).toEqual([...pages, ...model.feeds.map((feed) => feed.path), ...everyBuild]);
    expect(renderedSiteFiles(model).map((file) => file.outputPath)).toEqual(everyBuild);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("renders each file as its own renderer does, only when asked", () => {
    const files = new Map(siteFiles(model).map((file) => [file.outputPath, file]));
    const context = { site: model.site, feeds: model.feeds };
    const article = model.pages.articles[0]!;
    expect(files.get(outputPathFor(article.path))?.render()).toBe(renderPage(article, context));
    const atom = model.feeds.find((feed) => feed.format === "atom")!;
    expect(files.get(atom.path)?.render()).toBe(renderAtomFeed(atom, model.site));
    expect(files.get(SITEMAP_PATH)?.render()).toBe(renderSitemap(model));
    expect(files.get("/robots.txt")?.render()).toContain("Sitemap:");
  });
});
