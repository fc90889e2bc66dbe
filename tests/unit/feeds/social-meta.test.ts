// Render stage tests: Open Graph and Twitter card tags for articles and other pages.

import { describe, expect, it } from "vitest";
import type { MetaTag } from "../../../src/render/seo/social-meta";
import { ogLocale, socialMeta } from "../../../src/render/seo/social-meta";
import { makeArticle, makeArticleFixture, makeArticlePage, makeIndexPage, makeSite } from "../render/fixtures";

const site = makeSite({ title: "Test Archive", language: "en-GB" });

function asRecord(tags: readonly MetaTag[]): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const tag of tags) (record[`${tag.attribute}:${tag.key}`] ??= []).push(tag.content);
  return record;
}

describe("socialMeta", () => {
  it("describes an article with its dates and topics", () => {
    const page = makeArticlePage({ article: makeArticleFixture() });
    const tags = asRecord(
      socialMeta({ title: "Factories reopen", description: "Production resumed.", url: "https://a.example/x/", page }, site),
    );
    expect(tags).toEqual({
      "property:og:type": ["article"],
      "property:og:title": ["Factories reopen"],
      "property:og:description": ["Production resumed."],
      "property:og:url": ["https://a.example/x/"],
      "property:og:site_name": ["Test Archive"],
      "property:og:locale": ["en_GB"],
      "property:article:published_time": ["2023-08-06T14:30:00+02:00"],
      "property:article:modified_time": ["2023-08-07T09:15:00+02:00"],
      "property:article:tag": ["Economy", "북한"],
      "name:twitter:card": ["summary"],
      "name:twitter:title": ["Factories reopen"],
      "name:twitter:description": ["Production resumed."],
    });
  });

  it("claims no modified time for an article that was never updated", () => {
    const tags = asRecord(socialMeta({ title: "t", description: "d", page: makeArticlePage({ article: makeArticle() }) }, site));
    expect(tags["property:article:modified_time"]).toBeUndefined();
  });

  it.each([
    ["an index page", makeIndexPage({ kind: "home" })],
    ["no page at all", undefined],
  ])("calls %s a website, without article tags", (_name, page) => {
    const tags = asRecord(socialMeta({ title: "Latest", description: "d", url: "https://a.example/", page }, site));
    expect(tags["property:og:type"]).toEqual(["website"]);
    expect(Object.keys(tags).filter((key) => key.startsWith("property:article:"))).toEqual([]);
  });

  it("leaves out empty descriptions and a missing URL instead of writing them blank", () => {
    const tags = asRecord(socialMeta({ title: "Page not found", description: "" }, site));
    expect(Object.keys(tags)).toEqual([
      "property:og:type",
      "property:og:title",
      "property:og:site_name",
      "property:og:locale",
      "name:twitter:card",
      "name:twitter:title",
    ]);
  });
});

describe("ogLocale", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en_GB"],
    ["ko-KR", "ko_KR"],
  ])("%s → %s", (language, expected) => {
    expect(ogLocale(language)).toBe(expected);
  });
});
