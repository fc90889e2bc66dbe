// Render stage tests: the JSON-LD that describes each kind of page.

import { describe, expect, it } from "vitest";
import type { ArchiveYear, Page } from "../../../src/model/types";
import { collectionPageData, newsArticleData, structuredData } from "../../../src/render/seo/structured-data";
import { makeArticle, makeArticleFixture, makeArticles, makeIndexPage, makeSite, makeSource, makeTopic, archiveDirectory, termDirectory, topicListing } from "../render/fixtures";

const site = makeSite({ url: "https://archive.example.org", pathPrefix: "/news" });
const articleUrl = "https://archive.example.org/news/2023/08/06/factories-reopen/";

describe("newsArticleData", () => {
  it("describes an article with every field", () => {
    expect(newsArticleData(makeArticleFixture(), site)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Factories reopen after the storm",
      description: "Production resumed on Monday.",
      url: articleUrl,
      mainEntityOfPage: { "@type": "WebPage", "@id": articleUrl },
      inLanguage: "en-GB",
      datePublished: "2023-08-06T14:30:00+02:00",
      dateModified: "2023-08-07T09:15:00+02:00",
      author: { "@type": "Person", name: "Mira Okafor" },
      publisher: { "@type": "Organization", name: "Test Archive", url: "https://archive.example.org/news/" },
      sourceOrganization: { "@type": "Organization", name: "Daily Ledger", url: "https://ledger.example" },
      keywords: ["Economy", "북한"],
      isBasedOn: "https://ledger.example/story/123",
    });
  });

  it("credits the outlet as author when there is no byline, and dates the change as the publication", () => {
    const data = newsArticleData(makeArticle({ source: makeSource("Daily Ledger") }), site);
    expect(data.author).toEqual({ "@type": "Organization", name: "Daily Ledger", url: undefined });
    expect(data.dateModified).toBe(data.datePublished);
    expect(data.isBasedOn).toBeUndefined();
  });

  it.each([
    ["an unsafe outlet URL", makeArticle({ source: makeSource("Ledger", "javascript:alert(1)") })],
    ["an unsafe original URL", makeArticle({ originalUrl: "data:text/html,hi" })],
  ])("drops %s", (_name, article) => {
    const json = JSON.stringify(newsArticleData(article, site));
    expect(json).not.toMatch(/javascript:|data:/);
  });

  it("has no keywords for an article without topics", () => {
    expect(newsArticleData(makeArticle({ topics: [] }), site).keywords).toBeUndefined();
  });
});

describe("collectionPageData", () => {
  it("lists the articles on an index page with their positions and absolute URLs", () => {
    const articles = makeArticles(2);
    const page = makeIndexPage(topicListing(makeTopic("Economy")), { base: "/topics/economy/", articles });
    const data = collectionPageData(page, site);
    expect(data).toMatchObject({
      "@type": "CollectionPage",
      name: "Economy",
      url: "https://archive.example.org/news/topics/economy/",
      isPartOf: { "@type": "WebSite", name: "Test Archive", url: "https://archive.example.org/news/" },
    });
    expect(data.mainEntity).toEqual({
      "@type": "ItemList",
      numberOfItems: 2,
      itemListElement: [
        { "@type": "ListItem", position: 1, url: "https://archive.example.org/news/2023/08/20/story-1/", name: "Story number 1" },
        { "@type": "ListItem", position: 2, url: "https://archive.example.org/news/2023/08/19/story-2/", name: "Story number 2" },
      ],
    });
  });

  it("lists terms on a directory page, with percent-encoded URLs", () => {
    const data = collectionPageData(termDirectory("topics", [makeTopic("북한", "북한")]), site);
    expect(data.mainEntity).toMatchObject({
      itemListElement: [{ position: 1, url: `https://archive.example.org/news/topics/${encodeURIComponent("북한")}/`, name: "북한" }],
    });
  });

  it("lists years on the archive page", () => {
    const years: ArchiveYear[] = [{ kind: "year", year: 2023, path: "/2023/", count: 3, months: [] }];
    const data = collectionPageData(archiveDirectory(years), site);
    expect(data.mainEntity).toMatchObject({ numberOfItems: 1, itemListElement: [{ url: "https://archive.example.org/news/2023/", name: "2023" }] });
  });
});

describe("structuredData", () => {
  const cases: [string, Page, string | undefined][] = [
    ["article", { kind: "article", path: "/a/", article: makeArticle(), related: [] }, "NewsArticle"],
    ["index", makeIndexPage({ kind: "home" }), "CollectionPage"],
    ["sources", termDirectory("sources", []), "CollectionPage"],
    ["archive", archiveDirectory([]), "CollectionPage"],
    ["not-found", { kind: "not-found", path: "/404.html" }, undefined],
    ["search", { kind: "search", path: "/search/" }, undefined],
  ];

  it.each(cases)("%s → %s", (_kind, page, type) => {
    expect(structuredData(page, site)?.["@type"]).toBe(type);
  });
});
