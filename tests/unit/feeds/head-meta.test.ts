// Render stage tests: the <head> of rendered pages — one canonical link, share
// tags, feed links with the prefix, and a JSON-LD block that cannot be broken out of.

import { describe, expect, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import type { Feed, Page } from "../../../src/model/types";
import type { RenderContext } from "../../../src/render/context";
import { structuredData } from "../../../src/render/seo/structured-data";
import { makeArticle, makeArticleFixture, makeArticlePage, makeIndexPage, makeSite, makeTopic, renderParsed, topicListing } from "../render/fixtures";

const topic = makeTopic("북한", "북한");
const feeds: Feed[] = [
  { path: "/feed.xml", format: "atom", title: "Latest articles", pagePath: "/", articles: [] },
  { path: "/feed.json", format: "json", title: "Latest articles", pagePath: "/", articles: [] },
  { path: `${topic.path}feed.xml`, format: "atom", title: topic.name, pagePath: topic.path, articles: [] },
];
const context: RenderContext = { site: makeSite({ url: "https://archive.example.org", pathPrefix: "/news" }), feeds };

function meta(root: HTMLElement, attribute: "property" | "name", key: string): string[] {
  return root.querySelectorAll(`head meta[${attribute}="${key}"]`).map((el) => el.getAttribute("content") ?? "");
}

function jsonLd(root: HTMLElement): unknown[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((el) => JSON.parse(el.innerHTML));
}

describe("the head of an article page", () => {
  const page = makeArticlePage({ article: makeArticleFixture() });
  const { root } = renderParsed(page, context);

  it("has exactly one canonical link, absolute and prefixed", () => {
    const canonical = root.querySelectorAll('link[rel="canonical"]');
    expect(canonical.map((el) => el.getAttribute("href"))).toEqual([
      "https://archive.example.org/news/2023/08/06/factories-reopen/",
    ]);
  });

  it.each([
    ["property", "og:type", ["article"]],
    ["property", "og:title", ["Factories reopen after the storm"]],
    ["property", "og:url", ["https://archive.example.org/news/2023/08/06/factories-reopen/"]],
    ["property", "og:site_name", ["Test Archive"]],
    ["property", "og:locale", ["en_GB"]],
    ["property", "article:published_time", ["2023-08-06T14:30:00+02:00"]],
    ["property", "article:tag", ["Economy", "북한"]],
    ["name", "twitter:card", ["summary"]],
    ["name", "twitter:description", ["Production resumed on Monday."]],
    ["name", "description", ["Production resumed on Monday."]],
  ] as const)("has <meta %s=%s>", (attribute, key, expected) => {
    expect(meta(root, attribute, key)).toEqual(expected);
  });

  it("carries the article's JSON-LD, parseable and equal to the builder's data", () => {
    expect(jsonLd(root)).toEqual([JSON.parse(JSON.stringify(structuredData(page, context.site)))]);
  });

  it("announces the site's Atom feed", () => {
    const links = root.querySelectorAll('link[rel="alternate"]').map((el) => [el.getAttribute("type"), el.getAttribute("href")]);
    expect(links).toEqual([["application/atom+xml", "/news/feed.xml"]]);
  });
});

describe("feed links on listing pages", () => {
  const cases: [string, Page, string[]][] = [
    ["home", makeIndexPage({ kind: "home" }), ["/news/feed.xml", "/news/feed.json"]],
    [
      "a topic with a non-ASCII slug",
      makeIndexPage(topicListing(topic), { base: topic.path }),
      [`/news/topics/${encodeURIComponent("북한")}/feed.xml`, "/news/feed.xml"],
    ],
  ];

  it.each(cases)("%s", (_name, page, expected) => {
    const { root } = renderParsed(page, context);
    expect(root.querySelectorAll('link[rel="alternate"]').map((el) => el.getAttribute("href"))).toEqual(expected);
    expect(meta(root, "property", "og:type")).toEqual(["website"]);
    expect(jsonLd(root)).toMatchObject([{ "@type": "CollectionPage" }]);
  });
});

describe("the head of the 404 page", () => {
  const { root } = renderParsed({ kind: "not-found", path: "/404.html" }, context);

  it("claims no URL: no canonical link, no og:url, no JSON-LD", () => {
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(root, "property", "og:url")).toEqual([]);
    expect(jsonLd(root)).toEqual([]);
  });
});

describe("a hostile title in the head", () => {
  const hostile = "</script><script>alert(1)</script> & <!-- \u2028";
  const page = makeArticlePage({ article: makeArticle({ title: hostile, topics: [makeTopic(hostile, "hostile")] }) });
  const { html, root } = renderParsed(page, context);

  it("cannot end the JSON-LD block, yet reads back exactly", () => {
    const block = html.slice(html.indexOf('<script type="application/ld+json">'), html.indexOf("</script>") + "</script>".length);
    const inside = block.slice(block.indexOf(">") + 1, -"</script>".length);
    expect(inside).not.toMatch(/<\/script|<!--|[<>&\u2028\u2029]/i);
    expect(jsonLd(root)).toMatchObject([{ headline: hostile, keywords: [hostile] }]);
  });

  it("is escaped in the share tags", () => {
    expect(html).not.toContain("<script>alert(1)");
    expect(meta(root, "property", "og:title")).toEqual([hostile]);
    expect(root.querySelectorAll("script")).toHaveLength(1);
  });
});
