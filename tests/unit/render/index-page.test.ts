// Render stage tests: index pages for each listing kind, their entries and pagination.

import { describe, expect, it } from "vitest";
import type { Listing, Period } from "../../../src/model/types";
import { makeArticle, makeArticles, makeContext, makeIndexPage, makeSource, makeTopic, renderParsed, text, sourceListing, topicListing } from "./fixtures";

const context = makeContext({ description: "Forty years of news." });

const august: Period = { kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 3 };
const july: Period = { kind: "month", year: 2023, month: 7, path: "/2023/07/", count: 4 };
const october: Period = { kind: "month", year: 2023, month: 10, path: "/2023/10/", count: 2 };
const year2023: Period = { kind: "year", year: 2023, path: "/2023/", count: 9 };

describe("index page headings", () => {
  it.each([
    ["home", { kind: "home" }, "Latest articles", "Forty years of news."],
    ["topic", topicListing(makeTopic("Weather", "weather", 3)), "Weather", "3 articles · 6 – 20 August 2023"],
    ["source", sourceListing(makeSource("Daily Ledger")), "Daily Ledger", "3 articles · 6 – 20 August 2023"],
    ["year", { kind: "period", period: year2023 }, "2023", "3 articles"],
    ["month", { kind: "period", period: august, parent: year2023 }, "August 2023", "3 articles"],
    ["day", { kind: "period", period: { kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 3 } }, "6 August 2023", "3 articles"],
  ] as [string, Listing, string, string][])("%s", (_kind, listing, heading, intro) => {
    const { root } = renderParsed(makeIndexPage(listing), context);
    expect(text(root.querySelector("h1"))).toBe(heading);
    expect(text(root.querySelector(".listing-header p"))).toBe(intro);
  });

  it("counts a single article in the singular", () => {
    const page = makeIndexPage(topicListing(makeTopic("Rare")), { articles: [makeArticle()] });
    expect(text(renderParsed(page, context).root.querySelector(".listing-count"))).toBe("1 article · 6 – 20 August 2023");
  });

  it("links a source's homepage when it is known", () => {
    const withUrl = renderParsed(makeIndexPage(sourceListing(makeSource("Ledger", "https://ledger.example"))), context).root;
    expect(withUrl.querySelector(".listing-homepage a")?.getAttribute("href")).toBe("https://ledger.example");
    const without = renderParsed(makeIndexPage(sourceListing(makeSource("Ledger"))), context).root;
    expect(without.querySelector(".listing-homepage")).toBeNull();
  });

  it("links a period to its parent and to the neighbouring periods with articles", () => {
    const page = makeIndexPage({ kind: "period", period: august, parent: year2023, previous: july, next: october }, { base: "/2023/08/" });
    const { root } = renderParsed(page, makeContext({ pathPrefix: "/news" }));
    const links = root.querySelectorAll('nav[aria-label="Nearby dates"] a');
    expect(links.map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["← July 2023", "/news/2023/07/"],
      ["All of 2023", "/news/2023/"],
      ["October 2023 →", "/news/2023/10/"],
    ]);
    const crumbs = root.querySelectorAll('nav[aria-label="Breadcrumb"] a');
    expect(crumbs.map((a) => a.getAttribute("href"))).toEqual(["/news/", "/news/archive/", "/news/2023/"]);
  });

  it("has no nearby-dates navigation for a lone year", () => {
    const { root } = renderParsed(makeIndexPage({ kind: "period", period: year2023 }), context);
    expect(root.querySelector(".period-nav")).toBeNull();
  });
});

describe("index page entries", () => {
  it("lists every article with headline link, date, source, summary and topics", () => {
    const articles = makeArticles(3);
    const { root } = renderParsed(makeIndexPage({ kind: "home" }, { articles }), context);
    const entries = root.querySelectorAll("ol.article-list > li");
    expect(entries).toHaveLength(3);
    const first = entries[0]!;
    expect(first.querySelector("h2 a")?.getAttribute("href")).toBe("/2023/08/20/story-1/");
    expect(text(first.querySelector("h2"))).toBe("Story number 1");
    expect(first.querySelector("time")?.getAttribute("datetime")).toBe("2023-08-20T09:00:00+02:00");
    expect(text(first.querySelector("time"))).toBe("20 August 2023");
    expect(first.querySelector(".meta a")?.getAttribute("href")).toBe("/sources/daily-ledger/");
    expect(text(first.querySelector(".summary__text"))).toBe("Production resumed on Monday.");
    expect(first.querySelectorAll(".topic-links a").map((a) => a.getAttribute("href"))).toEqual(["/topics/economy/", "/topics/weather/"]);
  });

  it("says so when there is nothing to list", () => {
    const { root } = renderParsed(makeIndexPage({ kind: "home" }, { articles: [] }), context);
    expect(root.querySelector("ol.article-list")).toBeNull();
    expect(text(root.querySelector(".empty"))).toBe("No articles yet.");
  });

  it("leaves out an empty summary paragraph", () => {
    const { root } = renderParsed(makeIndexPage({ kind: "home" }, { articles: [makeArticle({ summary: "" })] }), context);
    expect(root.querySelector(".summary__text")).toBeNull();
  });
});

describe("pagination", () => {
  const nav = (pageNumber: number, totalPages: number) => {
    const page = makeIndexPage(topicListing(makeTopic("Weather")), { pageNumber, totalPages, base: "/topics/weather/" });
    return renderParsed(page, makeContext({ pathPrefix: "/news" })).root.querySelector('nav[aria-label="Pagination"]');
  };

  it("is absent when everything fits on one page", () => {
    expect(nav(1, 1)).toBeNull();
  });

  it("links previous, next and every page of a short series, marking the current one", () => {
    const pagination = nav(2, 3)!;
    expect(pagination.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/news/topics/weather/");
    expect(pagination.querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/news/topics/weather/page/3/");
    const numbered = pagination.querySelectorAll("a:not([rel])");
    expect(numbered.map((a) => text(a))).toEqual(["Page 1", "Page 2", "Page 3"]);
    const current = pagination.querySelectorAll('[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute("href")).toBe("/news/topics/weather/page/2/");
  });

  it.each([
    [1, 12, ["1", "2", "3", "…", "12"], false, true],
    [6, 14, ["1", "…", "4", "5", "6", "7", "8", "…", "14"], true, true],
    [14, 14, ["1", "…", "12", "13", "14"], true, false],
  ])("page %i of %i shows %j", (pageNumber, totalPages, slots, hasPrev, hasNext) => {
    const pagination = nav(pageNumber, totalPages)!;
    const shown = pagination
      .querySelectorAll("li")
      .filter((li) => !li.classList.contains("pagination__step"))
      .map((li) => text(li).replace("Page ", ""));
    expect(shown).toEqual(slots);
    expect(pagination.querySelector('a[rel="prev"]') !== null).toBe(hasPrev);
    expect(pagination.querySelector('a[rel="next"]') !== null).toBe(hasNext);
    expect(text(pagination.querySelector('[aria-current="page"]'))).toBe(`Page ${pageNumber}`);
  });

  it("names later pages in the title and under the heading", () => {
    const page = makeIndexPage({ kind: "home" }, { pageNumber: 2, totalPages: 7 });
    const { root } = renderParsed(page, context);
    expect(text(root.querySelector("title"))).toBe("Latest articles, page 2 of 7 – Test Archive");
    expect(text(root.querySelector(".listing-page"))).toBe("Page 2 of 7");
    expect(text(root.querySelector("h1"))).toBe("Latest articles");
  });

  it("does not number the first page in its title", () => {
    const { root } = renderParsed(makeIndexPage({ kind: "home" }, { pageNumber: 1, totalPages: 7 }), context);
    expect(text(root.querySelector("title"))).toBe("Latest articles – Test Archive");
    expect(root.querySelector(".listing-page")).toBeNull();
  });
});
