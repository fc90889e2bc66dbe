// Render stage tests: what every rendered page shares — document shell, landmarks, prefix, no scripts.

import { describe, expect, it } from "vitest";
import type { ArchiveYear, Page } from "../../../src/model/types";
import { allHrefs, makeArticleFixture, makeArticles, makeContext, makeIndexPage, makeSource, makeTopic, renderParsed, text, archiveDirectory, sourceListing, termDirectory, topicListing } from "./fixtures";

const years: ArchiveYear[] = [
  { kind: "year", year: 2023, path: "/2023/", count: 3, months: [{ kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 3 }] },
];

const samples: [string, Page][] = [
  ["article", { kind: "article", path: "/2023/08/06/factories-reopen/", article: makeArticleFixture(), previous: makeArticles(2)[1], next: makeArticles(1)[0], related: makeArticles(3) }],
  ["home", makeIndexPage({ kind: "home" }, { pageNumber: 2, totalPages: 3 })],
  ["topic", makeIndexPage(topicListing(makeTopic("북한", "북한", 3)), { base: "/topics/북한/" })],
  ["source", makeIndexPage(sourceListing(makeSource("Daily Ledger", "https://ledger.example")), { base: "/sources/daily-ledger/" })],
  [
    "period",
    makeIndexPage(
      {
        kind: "period",
        period: { kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 3 },
        parent: { kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 9 },
        previous: { kind: "day", year: 2023, month: 8, day: 2, path: "/2023/08/02/", count: 1 },
      },
      { base: "/2023/08/06/" },
    ),
  ],
  ["topics", termDirectory("topics", [makeTopic("Economy"), makeTopic("북한", "북한")])],
  ["sources", termDirectory("sources", [makeSource("Daily Ledger")])],
  ["archive", archiveDirectory(years)],
  ["not-found", { kind: "not-found", path: "/404.html" }],
];

describe.each(samples)("every page kind: %s", (_kind, page) => {
  const { html, root } = renderParsed(page, makeContext({ pathPrefix: "/news", language: "en-GB" }));

  it("is a complete document in the site language", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("en-GB");
    expect(root.querySelector('meta[charset]')?.getAttribute("charset")).toBe("utf-8");
    expect(root.querySelector('meta[name="viewport"]')).not.toBeNull();
    expect(text(root.querySelector("title"))).toMatch(/ – Test Archive$/);
  });

  it("has exactly one h1, inside main#main", () => {
    expect(root.querySelectorAll("h1")).toHaveLength(1);
    expect(root.querySelector("main#main h1")).not.toBeNull();
  });

  it("offers a skip link to #main as the first focusable element", () => {
    const first = root.querySelector("a[href], button, input, select, textarea, [tabindex]");
    expect(first?.getAttribute("href")).toBe("#main");
    expect(first?.classList.contains("skip-link")).toBe(true);
  });

  it("uses landmarks: header with the main navigation, main, footer", () => {
    const nav = root.querySelector('header nav[aria-label="Main"]');
    expect(nav?.querySelectorAll("a").map((a) => text(a))).toEqual(["Latest", "Topics", "Sources", "Archive"]);
    expect(root.querySelectorAll("main")).toHaveLength(1);
    expect(root.querySelector("body > footer")).not.toBeNull();
  });

  it("puts the path prefix on every internal link and on the stylesheet", () => {
    const internal = allHrefs(root).filter((h) => h.startsWith("/"));
    expect(internal.length).toBeGreaterThan(5);
    for (const h of internal) expect(h).toMatch(/^\/news\//);
    expect(root.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/news/assets/site.css");
  });

  it("links only with absolute internal paths, fragments or http(s) URLs", () => {
    for (const h of allHrefs(root)) expect(h).toMatch(/^(\/news\/|#|https?:\/\/)/);
  });

  it("ships no JavaScript: the only scripts are JSON-LD data blocks", () => {
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toBe('<script type="application/ld+json">');
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("never leaves a non-ASCII character in an href", () => {
    for (const h of allHrefs(root)) expect(h).toMatch(/^[\x21-\x7e]*$/);
  });
});

describe("head", () => {
  it("gives the canonical URL with the prefix, except on the 404 page", () => {
    const context = makeContext({ pathPrefix: "/news", url: "https://archive.example.org" });
    const article = samples[0]![1];
    const { root } = renderParsed(article, context);
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://archive.example.org/news/2023/08/06/factories-reopen/",
    );
    const notFound = renderParsed({ kind: "not-found", path: "/404.html" }, context);
    expect(notFound.root.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it("marks the current section in the main navigation", () => {
    const { root } = renderParsed(termDirectory("topics", []), makeContext());
    const current = root.querySelectorAll('header nav a[aria-current="page"]');
    expect(current.map((a) => text(a))).toEqual(["Topics"]);
  });

  it("omits an empty meta description rather than writing content=\"\"", () => {
    const { root } = renderParsed({ kind: "not-found", path: "/404.html" }, makeContext({ description: "" }));
    expect(root.querySelector('meta[name="description"]')).toBeNull();
  });
});

describe("the site's identity on a page", () => {
  const hostile = makeContext({
    title: "Desk",
    logo: "/project/brand/logo.svg",
    logoAlt: '"><script>alert("alt")</script>',
    footer: { text: "</footer><script>alert('footer')</script>", links: [{ title: "<b>Bold</b>", url: "/privacy/" }] },
    navigation: [{ title: "<img src=x onerror=alert(1)>", url: "https://example.org/a?b=1&c=2", order: 50 }],
  });
  const { html, root } = renderParsed({ kind: "not-found", path: "/404.html" }, hostile);

  it("shows every configured text as text, never as markup", () => {
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toBe('<script type="application/ld+json">');
    expect(root.querySelectorAll("img")).toHaveLength(1);
    for (const element of root.querySelectorAll("*")) expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(root.querySelector(".site-logo")?.getAttribute("alt")).toBe('"><script>alert("alt")</script>');
    expect(text(root.querySelector(".site-footer__text"))).toBe("</footer><script>alert('footer')</script>");
    expect(text(root.querySelector(".site-footer__links a"))).toBe("<b>Bold</b>");
    expect(root.querySelectorAll(".site-nav a").map((link) => text(link))).toContain("<img src=x onerror=alert(1)>");
  });

  it("links an outside navigation URL as it is, its ampersand escaped in the markup", () => {
    expect(root.querySelectorAll(".site-nav a").map((link) => link.getAttribute("href"))).toContain("https://example.org/a?b=1&c=2");
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
  });
});
