// Render stage tests: raw HTML enters only as the article body (and as markup
// preact itself rendered earlier); every other value is escaped.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "../../../src/model/types";
import { makeArticle, makeArticlePage, makeContext, makeIndexPage, makeSource, makeTopic, renderParsed, text, sourceListing, termDirectory, topicListing } from "./fixtures";

const HOSTILE = "<script>alert(1)</script>";
const root = join(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f));
}

describe("raw HTML enters only through TrustedHtml, JsonLd and RenderedOnce", () => {
  it("uses dangerouslySetInnerHTML in exactly these three files", () => {
    const users = [...sourceFiles("layouts"), ...sourceFiles("src/render")].filter((file) =>
      readFileSync(join(root, file), "utf8").includes("dangerouslySetInnerHTML"),
    );
    // RenderedOnce places only what renderToString made of a layout fragment (see rendered-once.test.tsx).
    expect(users.sort()).toEqual([join("layouts", "JsonLd.tsx"), join("layouts", "RenderedOnce.tsx"), join("layouts", "TrustedHtml.tsx")]);
  });

  it("passes the article body through untouched", () => {
    const bodyHtml = '<p>A <a href="https://example.org">link</a> &amp; an <code>&lt;tag&gt;</code>.</p>';
    const { html, root: doc } = renderParsed(makeArticlePage({ article: makeArticle({ bodyHtml }) }), makeContext());
    expect(html).toContain(`<div class="article-body">${bodyHtml}</div>`);
    expect(doc.querySelector(".article-body a")?.getAttribute("href")).toBe("https://example.org");
  });
});

describe("everything else is escaped", () => {
  const hostileArticle = makeArticle({
    title: HOSTILE,
    summary: `Summary ${HOSTILE}`,
    author: HOSTILE,
    source: makeSource(HOSTILE, "https://x.example/?a=1&b=\"2\""),
    topics: [makeTopic(HOSTILE, "hostile")],
  });
  const pages: [string, Page][] = [
    ["article", makeArticlePage({ article: hostileArticle, related: [hostileArticle], previous: hostileArticle })],
    ["index", makeIndexPage(topicListing(makeTopic(HOSTILE, "hostile")), { articles: [hostileArticle] })],
    ["directory", termDirectory("topics", [makeTopic(HOSTILE, "hostile")])],
  ];

  it.each(pages)("%s page", (_kind, page) => {
    const { html, root: doc } = renderParsed(page, makeContext({ title: HOSTILE }));
    expect(html).not.toContain(HOSTILE);
    // preact escapes `<`, `&` and `"`; a bare `>` is inert once `<` is escaped.
    expect(html).toContain("&lt;script>alert(1)&lt;/script>");
    // The only scripts are JSON-LD data blocks, whose serializer leaves no `<` inside.
    for (const script of doc.querySelectorAll("script")) {
      expect(script.getAttribute("type")).toBe("application/ld+json");
      expect(script.innerHTML).not.toContain("<");
    }
    // Decoded, the text reads exactly as written: shown, not run.
    expect(text(doc.querySelector("title"))).toContain(HOSTILE);
    expect(text(doc.querySelector(".site-title"))).toBe(HOSTILE);
    expect(text(doc.querySelector("main"))).toContain(HOSTILE);
  });

  it("escapes quotes in attribute values", () => {
    const page = makeIndexPage(sourceListing(makeSource("Ledger", 'https://x.example/?q="><b>x</b>')));
    const { html, root: doc } = renderParsed(page, makeContext());
    expect(doc.querySelectorAll(".listing-homepage b")).toHaveLength(0);
    expect(html).toContain("&quot;");
  });
});
