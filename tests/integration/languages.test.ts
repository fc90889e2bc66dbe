// Integration: the fixture archive built in Korean and in Arabic (right to
// left) shows every interface label of the language, with `lang` and `dir` on
// every page, counts in the language's plural forms and the A–Z directory
// under Korean initial consonants; a language without labels is built in
// English with one warning.

import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, FIXTURES, type BuiltSite } from "../support/built-site";

const LANGUAGES = path.join(FIXTURES, "languages");

let korean: BuiltSite;
let arabic: BuiltSite;
beforeAll(async () => {
  korean = await buildFixtureSite({ configFile: path.join(LANGUAGES, "ko.config.json") });
  arabic = await buildFixtureSite({ configFile: path.join(LANGUAGES, "ar.config.json") });
});
afterAll(() => {
  korean?.cleanup();
  arabic?.cleanup();
});

const text = (element: HTMLElement | null | undefined) => (element?.text ?? "").replace(/\s+/g, " ").trim();
const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((element) => text(element));
const page = (site: BuiltSite, file: string) => parse(site.read(file));

describe("a site in Korean", () => {
  it("marks every page as Korean, written left to right", () => {
    for (const file of korean.files.filter((name) => name.endsWith(".html"))) {
      const html = page(korean, file).querySelector("html")!;
      expect(html.getAttribute("lang"), file).toBe("ko-KR");
      expect(html.getAttribute("dir"), file).toBeUndefined();
    }
  });

  it("labels the frame of every page in Korean", () => {
    const home = page(korean, "index.html");
    expect(texts(home, ".site-nav a")).toEqual(["최신 기사", "주제", "출처", "아카이브"]);
    expect(home.querySelector(".site-nav")?.getAttribute("aria-label")).toBe("주 메뉴");
    expect(text(home.querySelector(".skip-link"))).toBe("본문 바로가기");
    expect(home.querySelector(".site-search__input")?.getAttribute("placeholder")).toBe("기사 검색");
    expect(text(home.querySelector(".site-search__button"))).toBe("검색");
    expect(text(home.querySelector("h1"))).toBe("최신 기사");
    expect(text(home.querySelector("title"))).toBe("최신 기사 – 항구 아카이브");
  });

  it("pages through the latest articles in Korean", () => {
    const second = page(korean, "page/2/index.html");
    expect(text(second.querySelector("title"))).toBe("최신 기사, 4페이지 중 2페이지 – 항구 아카이브");
    const pagination = second.querySelector(".pagination")!;
    expect(pagination.getAttribute("aria-label")).toBe("페이지 목록");
    expect(text(pagination.querySelector('a[rel="prev"]'))).toBe("이전 페이지");
    expect(text(pagination.querySelector('a[rel="next"]'))).toBe("다음 페이지");
    expect(text(pagination.querySelector('a[aria-current="page"] .pagination__number'))).toBe("2페이지");
  });

  it("shows an article's labels and dates in Korean", () => {
    const article = page(korean, "2023/08/06/factory-tour/index.html");
    expect(texts(article, ".article-meta dt")).toEqual(["출처", "작성자", "주제"]);
    expect(text(article.querySelector(".dateline time"))).toBe("2023년 8월 6일");
    expect(texts(article, ".breadcrumb a").slice(0, 2)).toEqual(["홈", "아카이브"]);
    expect(text(article.querySelector("#related-heading"))).toBe("관련 기사");
  });

  it("files the topics under Korean initial consonants and counts them with a counter", () => {
    const topics = page(korean, "topics/index.html");
    expect(text(topics.querySelector("h1"))).toBe("주제");
    expect(text(topics.querySelector(".listing-count"))).toBe("주제 9개, 가나다순");
    const headings = texts(topics, ".term-group h2");
    expect(headings[0]).toBe("#");
    expect(headings).toContain("ㅂ");
    expect(texts(topics, "#letter-u3142 + .term-list a")).toEqual(["북한"]);
  });

  it("counts articles in Korean on the archive page", () => {
    const archive = page(korean, "archive/index.html");
    expect(texts(archive, ".archive-year h2 .count")).toEqual(["기사 2건", "기사 4건", "기사 1건"]);
  });

  it("says in Korean that a page is missing, and what search needs", () => {
    expect(text(page(korean, "404.html").querySelector("h1"))).toBe("페이지를 찾을 수 없습니다");
    const search = page(korean, "search/index.html");
    expect(text(search.querySelector(".listing-description"))).toBe("기사에 나오는 단어로 찾은 다음, 주제·출처·연도로 결과를 좁혀 보세요.");
    expect(korean.read("search/search.js")).toContain(JSON.stringify("지금은 검색을 쓸 수 없습니다. 검색 색인을 불러오지 못했습니다."));
  });

  it("names the site's feed in Korean", () => {
    expect(korean.read("feed.xml")).toContain("<title>항구 아카이브 – 최신 기사</title>");
  });

  it("gives no warning", () => {
    expect(korean.warnings).toEqual([]);
  });
});

describe("a site in Arabic", () => {
  it("marks every page as Arabic, written right to left", () => {
    for (const file of arabic.files.filter((name) => name.endsWith(".html"))) {
      const html = page(arabic, file).querySelector("html")!;
      expect(html.getAttribute("lang"), file).toBe("ar");
      expect(html.getAttribute("dir"), file).toBe("rtl");
    }
  });

  it("labels the frame and the pagination in Arabic, the page word read before the number", () => {
    const second = page(arabic, "page/2/index.html");
    expect(texts(second, ".site-nav a")).toEqual(["الأحدث", "المواضيع", "المصادر", "الأرشيف"]);
    expect(text(second.querySelector("title"))).toBe("أحدث المقالات، الصفحة 2 من 4 – أرشيف الميناء");
    const previous = second.querySelector('.pagination a[rel="prev"]')!;
    expect(text(previous)).toBe("الصفحة السابقة");
    expect(text(previous.querySelector(".visually-hidden"))).toBe("الصفحة");
    expect(text(second.querySelector('.pagination a[aria-current="page"] .visually-hidden'))).toBe("الصفحة");
  });

  it("counts with the Arabic forms for one, two and a few", () => {
    const archive = page(arabic, "archive/index.html");
    expect(texts(archive, ".archive-year h2 .count")).toEqual(["مقالان", "4 مقالات", "مقال واحد"]);
    expect(text(page(arabic, "topics/index.html").querySelector(".listing-count"))).toBe("9 مواضيع، بالترتيب الأبجدي");
  });

  it("shows an article's labels and dates in Arabic", () => {
    const article = page(arabic, "2023/08/06/factory-tour/index.html");
    expect(texts(article, ".article-meta dt")).toEqual(["المصدر", "الكاتب", "المواضيع"]);
    expect(text(article.querySelector(".dateline time"))).toContain("أغسطس");
    expect(text(page(arabic, "404.html").querySelector("h1"))).toBe("الصفحة غير موجودة");
  });

  it("points the arrows of the period navigation outwards from right to left", () => {
    const month = page(arabic, "2023/09/index.html");
    expect(text(month.querySelector(".period-nav__previous span"))).toBe("→");
    expect(text(month.querySelector(".period-nav__next span"))).toBe("←");
  });
});

describe("a site in a language without labels", () => {
  it("is built with English labels, the language's own dates, and one warning", async () => {
    const french = await buildFixtureSite({ configFile: path.join(LANGUAGES, "fr.config.json") });
    try {
      const home = page(french, "index.html");
      expect(home.querySelector("html")?.getAttribute("lang")).toBe("fr");
      expect(texts(home, ".site-nav a")).toEqual(["Latest", "Topics", "Sources", "Archive"]);
      expect(text(page(french, "2023/08/06/factory-tour/index.html").querySelector(".dateline time"))).toBe("6 août 2023");
      expect(french.warnings).toHaveLength(1);
      expect(french.warnings[0]).toMatchObject({ severity: "warning", file: path.join(LANGUAGES, "fr.config.json") });
      expect(french.warnings[0]!.message).toMatch(/^language: no interface labels for "fr"/);
    } finally {
      french.cleanup();
    }
  });
});
