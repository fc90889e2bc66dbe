// Render stage tests: headings, <title> and meta descriptions as plain strings.

import { describe, expect, it } from "vitest";
import type { Listing, Page } from "../../../src/model/types";
import { articleCount, documentTitle, listingHeading, metaDescription, pageOfPages, pageTitle } from "../../../src/render/page-text";
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
    expect(pageOfPages(makePagination(7, 7), site, "sentence")).toBe("Page 7 of 7");
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

describe("in the site's language", () => {
  const korean = makeSite({ title: "한겨레 아카이브", description: "", language: "ko" });
  const arabic = makeSite({ title: "الأرشيف", description: "", language: "ar" });
  const topic = makeIndexPage(topicListing(makeTopic("북한")), { pageNumber: 2, totalPages: 3, base: "/topics/북한/" });

  it.each([
    [korean, "북한, 3페이지 중 2페이지 – 한겨레 아카이브"],
    [arabic, "북한، الصفحة 2 من 3 – الأرشيف"],
  ])("titles a later page of a listing: %#", (language, expected) => {
    expect(documentTitle(topic, language)).toBe(expected);
  });

  it.each([
    [korean, "한겨레 아카이브에 실린 북한 관련 기사 30건입니다. 3페이지 중 2페이지."],
    [arabic, "30 مقالًا عن 북한 في الأرشيف. الصفحة 2 من 3."],
  ])("describes it with its size: %#", (language, expected) => {
    expect(metaDescription(topic, language)).toBe(expected);
  });

  it.each([
    [korean, "한겨레 아카이브의 주제 2개를 가나다순으로 보여 줍니다."],
    [arabic, "موضوعان في الأرشيف، بالترتيب الأبجدي."],
  ])("describes the topic directory: %#", (language, expected) => {
    expect(metaDescription(termDirectory("topics", [makeTopic("A"), makeTopic("B")]), language)).toBe(expected);
  });

  it.each([
    [korean, "페이지를 찾을 수 없습니다"],
    [arabic, "الصفحة غير موجودة"],
  ])("names the 404 page: %#", (language, expected) => {
    expect(pageTitle({ kind: "not-found", path: "/404.html" }, language)).toBe(expected);
  });
});
