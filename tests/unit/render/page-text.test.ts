// Render stage tests: headings, <title> and meta descriptions as plain strings.

import { describe, expect, it } from "vitest";
import type { Listing, Page } from "../../../src/model/types";
import { articleCount, documentTitle, listingHeading, metaDescription, pageOfPages } from "../../../src/render/page-text";
import { makeArticle, makeArticlePage, makeIndexPage, makePagination, makeSite, makeSource, makeTopic, archiveDirectory, sourceListing, termDirectory, topicListing } from "./fixtures";

const site = makeSite({ title: "Gazette", description: "Forty years of news." });

describe("articleCount", () => {
  it.each([
    [0, "en", "0 articles"],
    [1, "en", "1 article"],
    [2, "en", "2 articles"],
    [1234, "en", "1,234 articles"],
    [1234, "de", "1.234 articles"],
  ])("%i in %s → %j", (n, language, expected) => {
    expect(articleCount(n, { language })).toBe(expected);
  });
});

describe("pageOfPages", () => {
  it("is silent on the first page and counts from the second", () => {
    expect(pageOfPages(makePagination(1, 7), site)).toBeUndefined();
    expect(pageOfPages(makePagination(2, 7), site)).toBe("page 2 of 7");
    expect(pageOfPages(makePagination(7, 7), site, "Page")).toBe("Page 7 of 7");
  });
});

const month: Listing = { kind: "period", period: { kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 31 } };

describe("listingHeading", () => {
  it.each([
    [{ kind: "home" }, "Latest articles"],
    [topicListing(makeTopic("North Korea")), "North Korea"],
    [sourceListing(makeSource("Daily Ledger")), "Daily Ledger"],
    [month, "August 2023"],
    [{ kind: "period", period: { kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 2 } }, "6 August 2023"],
    [{ kind: "period", period: { kind: "year", year: 2023, path: "/2023/", count: 200 } }, "2023"],
  ] as [Listing, string][])("%j → %s", (listing, expected) => {
    expect(listingHeading(listing, site)).toBe(expected);
  });
});

describe("documentTitle", () => {
  it.each([
    [makeArticlePage({ article: makeArticle({ title: "Storm hits coast" }) }), "Storm hits coast – Gazette"],
    [makeIndexPage({ kind: "home" }), "Latest articles – Gazette"],
    [makeIndexPage({ kind: "home" }, { pageNumber: 2, totalPages: 7 }), "Latest articles, page 2 of 7 – Gazette"],
    [makeIndexPage(month, { pageNumber: 3, totalPages: 4, base: "/2023/08/" }), "August 2023, page 3 of 4 – Gazette"],
    [termDirectory("topics", []), "Topics – Gazette"],
    [termDirectory("sources", []), "Sources – Gazette"],
    [archiveDirectory([]), "Archive – Gazette"],
    [{ kind: "not-found", path: "/404.html" }, "Page not found – Gazette"],
  ] as [Page, string][])("%#: %s", (page, expected) => {
    expect(documentTitle(page, site)).toBe(expected);
  });
});

describe("metaDescription", () => {
  it("uses the article summary, falling back to the site description", () => {
    expect(metaDescription(makeArticlePage({ article: makeArticle({ summary: "Lines restart." }) }), site)).toBe("Lines restart.");
    expect(metaDescription(makeArticlePage({ article: makeArticle({ summary: "" }) }), site)).toBe("Forty years of news.");
  });

  it("describes listings with their size", () => {
    const topic = makeIndexPage(topicListing(makeTopic("Weather")), { pageNumber: 2, totalPages: 3, base: "/topics/weather/" });
    expect(metaDescription(topic, site)).toBe("30 articles about Weather in Gazette. Page 2 of 3.");
    expect(metaDescription(makeIndexPage(month), site)).toBe("3 articles from August 2023 in Gazette.");
    expect(metaDescription(makeIndexPage({ kind: "home" }), site)).toBe("Forty years of news.");
    expect(metaDescription(makeIndexPage({ kind: "home" }), { ...site, description: "" })).toBe("The latest articles in Gazette.");
  });
});

describe("directory descriptions", () => {
  it.each([
    [termDirectory("topics", [makeTopic("Weather")]), "1 topic in Gazette, A–Z."],
    [termDirectory("sources", [makeSource("A"), makeSource("B")]), "2 sources in Gazette, A–Z."],
  ] as [Page, string][])("%#: %s", (page, expected) => {
    expect(metaDescription(page, site)).toBe(expected);
  });
});
