// Render stage tests: which pages the sitemap lists and the lastmod each gets,
// and how a sitemap too long for one file is split under a sitemap index.

import { describe, expect, it } from "vitest";
import type { Article, ArchiveModel, IndexPage } from "../../../src/model/types";
import { renderSitemap, SITEMAP_URL_LIMIT, sitemapEntries, sitemapFiles } from "../../../src/render/sitemap";
import { at, makeArticle, makeArticlePage, makeIndexPage, makePagination, makeSite, termDirectory } from "../render/fixtures";
import { child, elements, parseXml, RFC3339, textOf } from "./parse-xml";

const site = makeSite({ url: "https://archive.example.org", pathPrefix: "/news" });

const newest = makeArticle({ slug: "newest", date: at("2023-08-20T09:00:00") });
const middle = makeArticle({ slug: "middle", date: at("2023-08-10T09:00:00"), updated: at("2023-08-25T18:00:00") });
const oldest = makeArticle({ slug: "oldest", date: at("2023-08-01T09:00:00") });
const articles: Article[] = [newest, middle, oldest];

function homePage(pageNumber: number, items: readonly Article[]): IndexPage {
  const pagination = makePagination(pageNumber, 2, "/", 3);
  return { kind: "index", path: pagination.pagePaths[pageNumber - 1]!, listing: { kind: "home" }, articles: items, pagination };
}

function makeModel(list: readonly Article[], indexes: readonly IndexPage[]): Pick<ArchiveModel, "site" | "articles" | "pages"> {
  return {
    site,
    articles: list,
    pages: {
      articles: list.map((article) => makeArticlePage({ article })),
      indexes,
      directories: [termDirectory("topics", [])],
      notFound: { kind: "not-found", path: "/404.html" },
      search: { kind: "search", path: "/search/" },
    },
  };
}

const model = makeModel(articles, [homePage(1, [newest, middle]), homePage(2, [oldest])]);

describe("sitemapEntries", () => {
  const entries = sitemapEntries(model);
  const lastmod = (path: string) => entries.find((entry) => entry.path === path)?.lastModified?.toISO();

  it("lists listings, directories, search and articles, but not the 404 page", () => {
    expect(entries.map((entry) => entry.path)).toEqual([
      "/",
      "/page/2/",
      "/topics/",
      "/search/",
      newest.path,
      middle.path,
      oldest.path,
    ]);
  });

  it.each([
    ["an article by its update", middle.path, "2023-08-25T18:00:00.000+02:00"],
    ["an article never updated by its date", oldest.path, "2023-08-01T09:00:00.000+02:00"],
    ["the first page of a listing by the latest change in it", "/", "2023-08-25T18:00:00.000+02:00"],
    ["a later page of a listing by the same, since new articles shift it", "/page/2/", "2023-08-25T18:00:00.000+02:00"],
    ["a directory by the latest change in the archive", "/topics/", "2023-08-25T18:00:00.000+02:00"],
    ["the search page by the latest change in the archive", "/search/", "2023-08-25T18:00:00.000+02:00"],
  ])("dates %s", (_name, path, expected) => {
    expect(lastmod(path)).toBe(expected);
  });

  it("gives no lastmod at all in an empty archive", () => {
    const empty = sitemapEntries(makeModel([], [makeIndexPage({ kind: "home" }, { articles: [] })]));
    expect(empty.map((entry) => entry.lastModified)).toEqual([undefined, undefined, undefined]);
  });
});

describe("renderSitemap", () => {
  const xml = renderSitemap(model);
  const urlset = child(parseXml(xml), "urlset");
  const urls = elements(urlset, "url");

  it("is a sitemaps.org urlset with absolute, prefixed URLs", () => {
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urls.map((url) => textOf(url.loc))).toEqual(
      sitemapEntries(model).map((entry) => `https://archive.example.org/news${entry.path}`),
    );
  });

  it("writes lastmod as a W3C date-time with the site zone's offset", () => {
    for (const url of urls) expect(textOf(url.lastmod)).toMatch(RFC3339);
    expect(textOf(urls[0]!.lastmod)).toBe("2023-08-25T18:00:00+02:00");
  });

  it("leaves lastmod out rather than inventing one in an empty archive", () => {
    const empty = child(parseXml(renderSitemap(makeModel([], [makeIndexPage({ kind: "home" }, { articles: [] })]))), "urlset");
    expect(elements(empty, "url").map((url) => url.lastmod)).toEqual([undefined, undefined, undefined]);
  });
});

describe("sitemapFiles", () => {
  const locs = (xml: string) => elements(child(parseXml(xml), "urlset"), "url").map((url) => textOf(url.loc));

  it("is the one sitemap file while the site has at most the protocol's 50,000 pages", () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000);
    const files = sitemapFiles(model, sitemapEntries(model).length);
    expect(files.map((file) => file.path)).toEqual(["/sitemap.xml"]);
    expect(files[0]!.render()).toBe(renderSitemap(model));
  });

  describe("for a site with more pages than one file may list", () => {
    const files = sitemapFiles(model, 3);
    const [index, ...parts] = files;
    const sitemapIndex = child(parseXml(index!.render()), "sitemapindex");
    const listed = elements(sitemapIndex, "sitemap");

    it("writes /sitemap.xml as an index of numbered parts", () => {
      expect(files.map((file) => file.path)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"]);
      expect(sitemapIndex["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
      expect(listed.map((entry) => textOf(entry.loc))).toEqual(parts.map((part) => `https://archive.example.org/news${part.path}`));
    });

    it("lists every page exactly once across the parts, in order, no part over the limit", () => {
      const perPart = parts.map((part) => locs(part.render()));
      expect(perPart.map((urls) => urls.length)).toEqual([3, 3, 1]);
      expect(perPart.flat()).toEqual(locs(renderSitemap(model)));
    });

    it("dates each part by the latest change among its pages", () => {
      const latestIn = (xml: string) =>
        elements(child(parseXml(xml), "urlset"), "url")
          .map((url) => textOf(url.lastmod))
          .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      expect(listed.map((entry) => textOf(entry.lastmod))).toEqual(parts.map((part) => latestIn(part.render())));
      expect(textOf(listed[2]!.lastmod)).toBe("2023-08-01T09:00:00+02:00");
    });

    it("leaves lastmod out of the index in an empty archive", () => {
      const empty = makeModel([], [makeIndexPage({ kind: "home" }, { articles: [] })]);
      const emptyIndex = child(parseXml(sitemapFiles(empty, 2)[0]!.render()), "sitemapindex");
      expect(elements(emptyIndex, "sitemap").map((entry) => entry.lastmod)).toEqual([undefined, undefined]);
    });
  });
});
