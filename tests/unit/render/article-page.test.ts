// Render stage tests: the article page, parsed and checked element by element.

import { describe, expect, it } from "vitest";
import { at, makeArticle, makeArticleFixture, makeArticlePage, makeArticles, makeContext, makeSource, makeTopic, renderParsed, text } from "./fixtures";

const context = makeContext();

describe("article page", () => {
  it("shows the headline, and a dateline whose datetime carries the offset", () => {
    const { root } = renderParsed(makeArticlePage({ article: makeArticleFixture() }), context);
    expect(text(root.querySelector("article h1"))).toBe("Factories reopen after the storm");
    const time = root.querySelector(".dateline time");
    expect(time?.getAttribute("datetime")).toBe("2023-08-06T14:30:00+02:00");
    expect(text(time)).toBe("6 August 2023 at 14:30 CEST");
  });

  it.each([
    ["with a time", false, "6 August 2023 at 14:30 CEST"],
    ["date only", true, "6 August 2023"],
  ])("dateline %s", (_label, dateOnly, expected) => {
    const date = dateOnly ? at("2023-08-06T00:00:00") : at("2023-08-06T14:30:00");
    const { root } = renderParsed(makeArticlePage({ article: makeArticle({ date, dateOnly }) }), context);
    const time = root.querySelector(".dateline time");
    expect(text(time)).toBe(expected);
    expect(time?.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it("shows dates in the site zone, not the machine's", () => {
    const article = makeArticle({ date: at("2023-08-06T23:30:00", "UTC") });
    const { root } = renderParsed(makeArticlePage({ article }), makeContext({ timezone: "America/New_York" }));
    expect(root.querySelector(".dateline time")?.getAttribute("datetime")).toBe("2023-08-06T19:30:00-04:00");
    expect(text(root.querySelector(".dateline time"))).toMatch(/^6 August 2023 at 19:30/);
  });

  it.each([
    ["at a time of day", at("2023-08-07T09:15:00"), false, "7 August 2023 at 09:15 CEST"],
    ["at midnight", at("2023-08-07T00:00:00"), false, "7 August 2023 at 00:00 CEST"],
    ["as a bare date", at("2023-08-07T00:00:00"), true, "7 August 2023"],
  ])("shows the update time when updated %s", (_label, updated, updatedDateOnly, expected) => {
    const article = makeArticle({ updated, updatedDateOnly });
    const { root } = renderParsed(makeArticlePage({ article }), context);
    expect(text(root.querySelector(".updated time"))).toBe(expected);
    expect(text(root.querySelector(".updated"))).toMatch(/^· Updated /);
  });

  it("has no update line when the article was never updated", () => {
    const { root } = renderParsed(makeArticlePage(), context);
    expect(root.querySelector(".updated")).toBeNull();
  });

  it("links the source to the original article, with the outlet homepage and the source page", () => {
    const { root } = renderParsed(makeArticlePage({ article: makeArticleFixture() }), context);
    const links = root.querySelectorAll(".article-meta dd")[0]!.querySelectorAll("a");
    expect(links.map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["Daily Ledger", "https://ledger.example/story/123"],
      ["homepage", "https://ledger.example"],
      ["More from Daily Ledger", "/sources/daily-ledger/"],
    ]);
  });

  it("names the source as plain text when there is no original URL or it is not http(s)", () => {
    for (const originalUrl of [undefined, "javascript:alert(1)"]) {
      const article = makeArticle({ source: makeSource("Wire"), ...(originalUrl ? { originalUrl } : {}) });
      const { html, root } = renderParsed(makeArticlePage({ article }), context);
      const dd = root.querySelectorAll(".article-meta dd")[0]!;
      expect(dd.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["/sources/wire/"]);
      expect(text(dd)).toMatch(/^Wire · More from Wire$/);
      expect(html).not.toContain("javascript:");
    }
  });

  it("shows the author only when given", () => {
    const withAuthor = renderParsed(makeArticlePage({ article: makeArticleFixture() }), context).root;
    const without = renderParsed(makeArticlePage(), context).root;
    const labels = (root: typeof withAuthor) => root.querySelectorAll(".article-meta dt").map((dt) => text(dt));
    expect(labels(withAuthor)).toEqual(["Source", "Author", "Topics"]);
    expect(text(withAuthor.querySelectorAll(".article-meta dd")[1] ?? null)).toBe("Mira Okafor");
    expect(labels(without)).toEqual(["Source", "Topics"]);
  });

  it("links every topic, percent-encoding non-ASCII slugs", () => {
    const article = makeArticle({ topics: [makeTopic("Economy"), makeTopic("북한", "북한"), makeTopic("Économie", "économie")] });
    const { root } = renderParsed(makeArticlePage({ article }), makeContext({ pathPrefix: "/news" }));
    const links = root.querySelectorAll("article .topic-links a");
    expect(links.map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["Economy", "/news/topics/economy/"],
      ["북한", "/news/topics/%EB%B6%81%ED%95%9C/"],
      ["Économie", "/news/topics/%C3%A9conomie/"],
    ]);
  });

  it("leaves out the topics row for an article without topics", () => {
    const { root } = renderParsed(makeArticlePage({ article: makeArticle({ topics: [] }) }), context);
    expect(root.querySelector(".topic-links")).toBeNull();
  });

  it("puts the body in verbatim, inside the article", () => {
    const bodyHtml = '<p>Lines <strong>restart</strong>.</p>\n<table><tr><td>1</td></tr></table>';
    const { html, root } = renderParsed(makeArticlePage({ article: makeArticle({ bodyHtml }) }), context);
    expect(html).toContain(bodyHtml);
    expect(root.querySelector("article .article-body strong")).not.toBeNull();
  });

  it("links the older and newer article with their titles", () => {
    const [newer, older] = makeArticles(2);
    const { root } = renderParsed(makeArticlePage({ previous: older, next: newer }), context);
    const pager = root.querySelector('nav[aria-label="Older and newer articles"]');
    const prev = pager?.querySelector('a[rel="prev"]');
    const next = pager?.querySelector('a[rel="next"]');
    expect(prev?.getAttribute("href")).toBe(older!.path);
    expect(text(prev ?? null)).toBe("Older Story number 2");
    expect(next?.getAttribute("href")).toBe(newer!.path);
    expect(text(next ?? null)).toBe("Newer Story number 1");
  });

  it.each([
    ["only an older article", { previous: makeArticles(1)[0] }, ["prev"]],
    ["only a newer article", { next: makeArticles(1)[0] }, ["next"]],
  ])("pager with %s", (_label, neighbours, rels) => {
    const { root } = renderParsed(makeArticlePage(neighbours), context);
    expect(root.querySelectorAll(".article-pager a").map((a) => a.getAttribute("rel"))).toEqual(rels);
  });

  it("has no pager for the only article", () => {
    const { root } = renderParsed(makeArticlePage(), context);
    expect(root.querySelector(".article-pager")).toBeNull();
  });

  it.each([
    [0, 0],
    [2, 2],
    [5, 5],
    [7, 5],
  ])("with %i related articles lists %i", (given, shown) => {
    const related = makeArticles(given);
    const { root } = renderParsed(makeArticlePage({ related }), context);
    const items = root.querySelectorAll(".related li");
    expect(items).toHaveLength(shown);
    expect(root.querySelector(".related h2") === null).toBe(shown === 0);
    if (shown > 0) {
      const first = items[0]!;
      expect(first.querySelector("a")?.getAttribute("href")).toBe(related[0]!.path);
      expect(text(first.querySelector("a"))).toBe("Story number 1");
      expect(first.querySelector("time")?.getAttribute("datetime")).toBe("2023-08-20T09:00:00+02:00");
      expect(text(first)).toContain("Daily Ledger");
    }
  });

  it("shows breadcrumbs up to the article's day", () => {
    const { root } = renderParsed(makeArticlePage(), context);
    const crumbs = root.querySelectorAll('nav[aria-label="Breadcrumb"] a');
    expect(crumbs.map((a) => a.getAttribute("href"))).toEqual(["/", "/archive/", "/2023/", "/2023/08/", "/2023/08/06/"]);
    expect(crumbs.map((a) => text(a))).toEqual(["Home", "Archive", "2023", "August 2023", "6 August 2023"]);
  });
});
