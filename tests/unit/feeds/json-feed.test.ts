// Render stage tests: the JSON Feed 1.1 document — required members, absolute
// URLs, dates with offsets, optional members left out rather than empty.

import { describe, expect, it } from "vitest";
import type { Article, Feed } from "../../../src/model/types";
import { JSON_FEED_VERSION, jsonFeed, renderJsonFeed } from "../../../src/render/feeds/json-feed";
import { makeArticle, makeArticleFixture, makeArticles, makeSite } from "../render/fixtures";
import { RFC3339 } from "./parse-xml";

const site = makeSite({ url: "https://archive.example.org", pathPrefix: "/news", description: "Wire copy, kept." });

function makeFeed(articles: readonly Article[]): Feed {
  return { path: "/feed.json", format: "json", title: "Latest articles", pagePath: "/", articles };
}

describe("jsonFeed: the feed object", () => {
  const feed = jsonFeed(makeFeed(makeArticles(2)), site);

  it.each([
    ["version", JSON_FEED_VERSION],
    ["title", "Test Archive – Latest articles"],
    ["home_page_url", "https://archive.example.org/news/"],
    ["feed_url", "https://archive.example.org/news/feed.json"],
    ["description", "Wire copy, kept."],
    ["language", "en-GB"],
  ] as const)("has %s %s", (key, expected) => {
    expect(feed[key]).toBe(expected);
  });

  it("is version 1.1", () => {
    expect(JSON_FEED_VERSION).toBe("https://jsonfeed.org/version/1.1");
  });

  it("names the site as author in the 1.1 `authors` list", () => {
    expect(feed.authors).toEqual([{ name: "Test Archive", url: "https://archive.example.org/news/" }]);
  });

  it("leaves out an empty description", () => {
    expect("description" in JSON.parse(renderJsonFeed(makeFeed([]), makeSite({ description: "" })))).toBe(false);
  });
});

describe("jsonFeed: an item", () => {
  const url = "https://archive.example.org/news/2023/08/06/factories-reopen/";

  it("carries every member for an article with all fields", () => {
    const [item] = jsonFeed(makeFeed([makeArticleFixture()]), site).items;
    expect(item).toEqual({
      id: url,
      url,
      external_url: "https://ledger.example/story/123",
      title: "Factories reopen after the storm",
      content_html: "<p>Production resumed on <em>Monday</em>.</p>",
      summary: "Production resumed on Monday.",
      date_published: "2023-08-06T14:30:00+02:00",
      date_modified: "2023-08-07T09:15:00+02:00",
      authors: [{ name: "Mira Okafor" }],
      tags: ["Economy", "북한"],
    });
  });

  it("leaves out what the article does not have, and credits the source", () => {
    const bare = makeArticle({ topics: [], summary: "" });
    const [item] = JSON.parse(renderJsonFeed(makeFeed([bare]), site)).items;
    expect(Object.keys(item).sort()).toEqual(["authors", "content_html", "date_published", "id", "title", "url"]);
    expect(item.authors).toEqual([{ name: "Daily Ledger" }]);
  });

  it.each([
    ["javascript:alert(1)", undefined],
    ["https://wire.example/a?b=1", "https://wire.example/a?b=1"],
  ])("only gives an http(s) original URL as external_url: %s", (originalUrl, expected) => {
    const [item] = jsonFeed(makeFeed([makeArticle({ originalUrl })]), site).items;
    expect(item?.external_url).toBe(expected);
  });

  it("dates items as RFC 3339 with the site zone's offset", () => {
    for (const item of jsonFeed(makeFeed(makeArticles(3)), site).items) expect(item.date_published).toMatch(RFC3339);
  });
});

describe("renderJsonFeed", () => {
  it("round-trips through JSON.parse, text kept exactly", () => {
    const hostile = makeArticle({ title: "</script><b>\"quoted\" & \u2028 line</b>" });
    const parsed = JSON.parse(renderJsonFeed(makeFeed([hostile]), site));
    expect(parsed.items[0].title).toBe(hostile.title);
  });

  it("gives identical bytes for the same feed", () => {
    const feed = makeFeed(makeArticles(4));
    expect(renderJsonFeed(feed, site)).toBe(renderJsonFeed(feed, site));
  });

  it("is a valid, empty feed when there are no articles", () => {
    const parsed = JSON.parse(renderJsonFeed(makeFeed([]), site));
    expect(parsed.items).toEqual([]);
    expect(parsed.version).toBe(JSON_FEED_VERSION);
  });
});
