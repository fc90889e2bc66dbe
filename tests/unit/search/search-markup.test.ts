// Search stage tests: the markup that makes search work — the /search/ page,
// the header search form on every page, and the Pagefind attributes that put
// article pages (and only article pages) into the index.

import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { Page } from "../../../src/model/types";
import { makeArticleFixture, makeArticlePage, makeContext, makeIndexPage, makeTopic, renderParsed, text, topicListing } from "../render/fixtures";

const searchPage: Page = { kind: "search", path: "/search/" };
const prefixed = makeContext({ pathPrefix: "/news" });

describe("the search page", () => {
  const { html, root } = renderParsed(searchPage, prefixed);

  it("is titled and described as the search page", () => {
    expect(text(root.querySelector("main h1"))).toBe("Search");
    expect(text(root.querySelector("title"))).toBe("Search – Test Archive");
    expect(root.querySelector('meta[name="description"]')?.getAttribute("content")).toContain("topic, source or year");
  });

  it("loads Pagefind's Default UI and styles from the prefixed bundle", () => {
    expect(root.querySelector('script[src="/news/pagefind/0/pagefind-ui.js"]')).not.toBeNull();
    expect(root.querySelector('link[rel="stylesheet"][href="/news/pagefind/0/pagefind-ui.css"]')).not.toBeNull();
    expect(root.querySelector("main #search")).not.toBeNull();
  });

  it("loads its own script after the Default UI, and inlines no script", () => {
    const scripts = root.querySelectorAll("script");
    expect(scripts.map((script) => script.getAttribute("src"))).toEqual(["/news/pagefind/0/pagefind-ui.js", "/news/search/search.js"]);
    expect(scripts.map((script) => script.text)).toEqual(["", ""]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("has an order control, hidden until the script shows it, with newest first chosen", () => {
    const control = root.querySelector("fieldset#search-order");
    expect(control?.hasAttribute("hidden")).toBe(true);
    expect(text(control?.querySelector("legend") ?? null)).toBe("Order results");
    expect(control?.querySelectorAll("input[type=radio]").map((radio) => [radio.getAttribute("name"), radio.getAttribute("value"), radio.hasAttribute("checked")])).toEqual([
      ["order", "date", true],
      ["order", "relevance", false],
    ]);
    expect(control?.querySelectorAll("label").map((label) => text(label))).toEqual(["Newest first", "Best match"]);
  });

  it("tells readers without JavaScript where else to look, with prefixed links", () => {
    const note = root.querySelector("noscript");
    expect(note?.text).toContain("Search needs JavaScript");
    // The parser keeps <noscript> as raw text, as a browser with scripting does.
    const links = parse(note?.innerHTML ?? "").querySelectorAll("a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/news/topics/", "/news/sources/", "/news/archive/"]);
  });

  it("is not itself indexed", () => {
    expect(html).not.toContain("data-pagefind-body");
  });
});

describe.each<[string, Page]>([
  ["home", makeIndexPage({ kind: "home" })],
  ["article", makeArticlePage()],
  ["search", searchPage],
  ["not found", { kind: "not-found", path: "/404.html" }],
])("the header of the %s page", (_kind, page) => {
  const { root } = renderParsed(page, prefixed);
  const form = root.querySelector("header.site-header form");

  it("has a search form that sends q to the prefixed search page", () => {
    expect(form?.getAttribute("action")).toBe("/news/search/");
    expect(form?.getAttribute("method")).toBe("get");
    expect(form?.getAttribute("role")).toBe("search");
    expect(form?.querySelector('input[type="search"]')?.getAttribute("name")).toBe("q");
    expect(text(form?.querySelector('button[type="submit"]') ?? null)).toBe("Search");
  });

  it("labels the search input", () => {
    const input = form?.querySelector("input");
    const label = form?.querySelector(`label[for="${input?.getAttribute("id")}"]`);
    expect(text(label ?? null)).toBe("Search articles");
  });
});

describe("an article page", () => {
  const article = makeArticleFixture({ topics: [makeTopic("Economy"), makeTopic("북한", "북한"), makeTopic("Q&A", "q-a")] });
  const { root } = renderParsed(makeArticlePage({ article, related: [] }), makeContext());
  const body = root.querySelectorAll("[data-pagefind-body]");

  it("marks its article, and nothing else, as the indexed content", () => {
    expect(body).toHaveLength(1);
    expect(body[0]!.tagName).toBe("ARTICLE");
    expect(body[0]!.querySelector("h1")?.text).toBe(article.title);
    expect(body[0]!.querySelector(".article-body")).not.toBeNull();
    expect(root.querySelector("header.site-header [data-pagefind-body], nav [data-pagefind-body]")).toBeNull();
  });

  it("tags a filter per topic, its source and its year, and the date sort", () => {
    const filters = root.querySelectorAll("[data-pagefind-filter]").map((el) => [el.getAttribute("data-pagefind-filter"), text(el)]);
    expect(filters).toEqual(
      expect.arrayContaining([
        ["topic:Economy", "Economy"],
        ["topic:북한", "북한"],
        // The filter value is escaped for Pagefind's filter panel (see search-attributes.ts); the link reads as written.
        ["topic:Q&amp;amp;A", "Q&A"],
        [`source:${article.source.name}`, expect.any(String)],
        ["year:2023", expect.any(String)],
      ]),
    );
    expect(body[0]!.getAttribute("data-pagefind-sort")).toBe("date:2023-08-06T12:30:00Z");
  });

  it("keeps the dateline and the source/topic list out of the indexed text", () => {
    expect(root.querySelector(".dateline")?.hasAttribute("data-pagefind-ignore")).toBe(true);
    expect(root.querySelector(".article-meta")?.hasAttribute("data-pagefind-ignore")).toBe(true);
  });
});

describe("an index page", () => {
  it("is left out of the index: no indexed content, no filters", () => {
    const { html } = renderParsed(makeIndexPage(topicListing(makeTopic("Economy"))), makeContext());
    expect(html).not.toMatch(/data-pagefind-(body|filter|sort)/);
  });
});
