// Render stage tests: which pages the sitemap lists and the lastmod each gets.

import { describe, expect, it } from "vitest";
import type { Article, ArchiveModel, IndexPage } from "../../../src/model/types";
import { renderSitemap, sitemapEntries } from "../../../src/render/sitemap";
import { at, makeArticle, makeArticlePage, makeIndexPage, makePagination, makeSite } from "../render/fixtures";
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
      directories: [{ kind: "topics", path: "/topics/", terms: [] }],
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
