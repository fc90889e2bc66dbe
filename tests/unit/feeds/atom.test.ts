// Render stage tests: the Atom feed — required elements, absolute URLs,
// dates with offsets, escaping, and byte-identical output for the same model.

import { describe, expect, it } from "vitest";
import type { Article, Feed } from "../../../src/model/types";
import { EMPTY_FEED_UPDATED, renderAtomFeed } from "../../../src/render/feeds/atom";
import { at, makeArticle, makeArticleFixture, makeArticles, makeSite, makeSource, makeTopic } from "../render/fixtures";
import { child, elements, linkHref, parseXml, RFC3339, textOf, type XmlElement } from "./parse-xml";

const site = makeSite({ url: "https://archive.example.org", pathPrefix: "/news", description: "Wire copy, kept." });

function makeFeed(articles: readonly Article[], overrides: Partial<Feed> = {}): Feed {
  return { path: "/feed.xml", format: "atom", title: "Latest articles", pagePath: "/", articles, ...overrides };
}

function parseFeed(feed: Feed, options = site): XmlElement {
  return child(parseXml(renderAtomFeed(feed, options)), "feed");
}

describe("renderAtomFeed: the feed element", () => {
  const articles = makeArticles(3);
  const feed = parseFeed(makeFeed(articles));

  it("is in the Atom namespace and the site language", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("en-GB");
  });

  it.each([
    ["id", "https://archive.example.org/news/"],
    ["title", "Test Archive – Latest articles"],
    ["subtitle", "Wire copy, kept."],
    ["updated", "2023-08-20T09:00:00+02:00"],
  ])("has <%s> %s", (name, expected) => {
    expect(textOf(feed[name])).toBe(expected);
  });

  it("links to itself and to the page it follows, absolutely", () => {
    expect(linkHref(feed, "self")).toBe("https://archive.example.org/news/feed.xml");
    expect(linkHref(feed, "alternate")).toBe("https://archive.example.org/news/");
    const self = elements(feed, "link").find((l) => l["@rel"] === "self");
    expect(self?.["@type"]).toBe("application/atom+xml");
  });

  it("names the site as the feed's author", () => {
    const author = child(feed, "author");
    expect(textOf(author.name)).toBe("Test Archive");
    expect(textOf(author.uri)).toBe("https://archive.example.org/news/");
  });

  it("keeps the articles' newest-first order", () => {
    expect(elements(feed, "entry").map((entry) => textOf(entry.title))).toEqual(articles.map((a) => a.title));
  });
});

describe("renderAtomFeed: a topic feed", () => {
  const topic = makeTopic("북한", "북한");
  const feed = parseFeed(makeFeed(makeArticles(1), { path: `${topic.path}feed.xml`, title: topic.name, pagePath: topic.path }));

  it("is identified by the topic page and percent-encodes non-ASCII paths", () => {
    const encoded = encodeURIComponent("북한");
    expect(textOf(feed.id)).toBe(`https://archive.example.org/news/topics/${encoded}/`);
    expect(linkHref(feed, "self")).toBe(`https://archive.example.org/news/topics/${encoded}/feed.xml`);
    expect(textOf(feed.title)).toBe("Test Archive – 북한");
  });
});

describe("renderAtomFeed: an entry", () => {
  const article = makeArticleFixture();
  const [entry] = elements(parseFeed(makeFeed([article])), "entry");
  const url = "https://archive.example.org/news/2023/08/06/factories-reopen/";

  it.each([
    ["id", url],
    ["title", "Factories reopen after the storm"],
    ["published", "2023-08-06T14:30:00+02:00"],
    ["updated", "2023-08-07T09:15:00+02:00"],
    ["summary", "Production resumed on Monday."],
    ["content", "<p>Production resumed on <em>Monday</em>.</p>"],
  ])("has <%s> %s", (name, expected) => {
    expect(textOf(entry![name])).toBe(expected);
  });

  it("carries the full body as HTML content and links to the article page", () => {
    expect((entry!.content as XmlElement)["@type"]).toBe("html");
    expect(linkHref(entry!, "alternate")).toBe(url);
  });

  it("gives the byline as author and the topics as categories", () => {
    expect(elements(entry!, "author").map((author) => textOf(author.name))).toEqual(["Mira Okafor"]);
    expect(elements(entry!, "category").map((category) => category["@term"])).toEqual(["Economy", "북한"]);
  });

  it.each([
    ["no author", makeArticle({ source: makeSource("Daily Ledger") }), "Daily Ledger"],
    ["a blank author", makeArticle({ author: "  " }), "Daily Ledger"],
    ["an author", makeArticle({ author: "Kim Ji-woo" }), "Kim Ji-woo"],
  ])("credits the source when the article has %s", (_case, input, expected) => {
    const [only] = elements(parseFeed(makeFeed([input])), "entry");
    expect(textOf(child(only!, "author").name)).toBe(expected);
  });

  it("uses the publication date as updated when the article was never updated, and leaves out an empty summary", () => {
    const [only] = elements(parseFeed(makeFeed([makeArticle({ summary: "" })])), "entry");
    expect(textOf(only!.updated)).toBe(textOf(only!.published));
    expect(only!.summary).toBeUndefined();
  });
});

describe("renderAtomFeed: dates", () => {
  it("writes every date as RFC 3339 with an offset, in the site zone, whatever the machine's zone", () => {
    const articles = [makeArticle({ date: at("2023-12-31T23:30:00", "America/New_York"), updated: at("2024-01-02T08:00:00", "Asia/Seoul") })];
    const feed = parseFeed(makeFeed(articles), makeSite({ timezone: "America/New_York" }));
    const [entry] = elements(feed, "entry");
    expect(textOf(entry!.published)).toBe("2023-12-31T23:30:00-05:00");
    expect(textOf(entry!.updated)).toBe("2024-01-01T18:00:00-05:00");
    for (const value of [feed.updated, entry!.published, entry!.updated]) expect(textOf(value)).toMatch(RFC3339);
  });

  it("dates the feed by its latest change, even when an older article changed last", () => {
    const [newer, older] = makeArticles(2);
    const updatedOlder = { ...older!, updated: at("2023-09-01T12:00:00") };
    expect(textOf(parseFeed(makeFeed([newer!, updatedOlder])).updated)).toBe("2023-09-01T12:00:00+02:00");
  });

  it("stays valid with no entries, dated by a fixed value rather than the build time", () => {
    const xml = renderAtomFeed(makeFeed([]), site);
    const feed = child(parseXml(xml), "feed");
    expect(elements(feed, "entry")).toEqual([]);
    expect(textOf(feed.updated)).toBe(EMPTY_FEED_UPDATED);
    expect(textOf(feed.updated)).toMatch(RFC3339);
  });
});

describe("renderAtomFeed: escaping", () => {
  const hostile = makeArticle({
    title: "<script>alert('title')</script> Tom & Jerry ]]>",
    summary: "Less < more & \"quoted\"",
    author: "O'Brien & <Partners>",
    topics: [makeTopic("<b>Bold</b> & topic", "bold")],
    bodyHtml: "<p>One ]]> two ]]> three &amp; four</p>",
  });
  const xml = renderAtomFeed(makeFeed([hostile]), makeSite({ title: "A & B <Archive>" }));

  it("still parses, and every value reads back exactly as written", () => {
    const feed = child(parseXml(xml), "feed");
    const [entry] = elements(feed, "entry");
    expect(textOf(feed.title)).toBe("A & B <Archive> – Latest articles");
    expect(textOf(entry!.title)).toBe(hostile.title);
    expect(textOf(entry!.summary)).toBe(hostile.summary);
    expect(textOf(child(entry!, "author").name)).toBe(hostile.author);
    expect(elements(entry!, "category")[0]?.["@term"]).toBe("<b>Bold</b> & topic");
    expect(textOf(entry!.content)).toBe(hostile.bodyHtml);
  });

  it("writes titles as escaped text, never as markup", () => {
    expect(xml).toContain("<title>&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt; Tom &amp; Jerry ]]&gt;</title>");
    expect(xml).not.toContain("<script>");
  });

  it("keeps entities already in the body escaped, so a code sample never turns into a tag", () => {
    const sample = makeArticle({ bodyHtml: "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>" });
    const xml = renderAtomFeed(makeFeed([sample]), site);
    expect(xml).toContain("&amp;lt;script&amp;gt;");
    const [entry] = elements(child(parseXml(xml), "feed"), "entry");
    expect(textOf(entry!.content)).toBe(sample.bodyHtml);
  });

  it("replaces characters XML cannot carry instead of writing a broken file", () => {
    const withControl = makeArticle({ title: "Bell\u0007 and null\u0000" });
    const [entry] = elements(parseFeed(makeFeed([withControl])), "entry");
    expect(textOf(entry!.title)).toBe("Bell\uFFFD and null\uFFFD");
  });
});

describe("renderAtomFeed: determinism", () => {
  it("gives identical bytes for the same feed", () => {
    const feed = makeFeed(makeArticles(5));
    expect(renderAtomFeed(feed, site)).toBe(renderAtomFeed(feed, site));
  });
});
