// Render stage tests: hrefs with the path prefix, percent-encoding, absolute and outside URLs.

import { describe, expect, it } from "vitest";
import { absoluteUrl, encodePath, externalHref, href } from "../../../src/render/links";

describe("href", () => {
  it.each([
    ["", "/", "/"],
    ["", "/topics/x/", "/topics/x/"],
    ["/news", "/", "/news/"],
    ["/news", "/topics/x/", "/news/topics/x/"],
    ["/news", "/assets/site.css", "/news/assets/site.css"],
    ["/a/b", "/2023/08/06/slug/", "/a/b/2023/08/06/slug/"],
  ])("prefix %j + %j → %j", (pathPrefix, path, expected) => {
    expect(href({ pathPrefix }, path)).toBe(expected);
  });

  it.each([
    ["", "/topics/북한/", "/topics/%EB%B6%81%ED%95%9C/"],
    ["/news", "/topics/économie/", "/news/topics/%C3%A9conomie/"],
    ["", "/sources/le monde/", "/sources/le%20monde/"],
    ["", "/topics/100%/", "/topics/100%25/"],
    ["", "/topics/a?b#c/", "/topics/a%3Fb%23c/"],
  ])("percent-encodes unsafe segments: %j + %j → %j", (pathPrefix, path, expected) => {
    expect(href({ pathPrefix }, path)).toBe(expected);
  });
});

describe("encodePath", () => {
  it("keeps separators and leaves plain ASCII slugs untouched", () => {
    expect(encodePath("/2023/08/06/kim-factories/")).toBe("/2023/08/06/kim-factories/");
  });

  it("round-trips through decodeURI", () => {
    const path = "/topics/Україна/";
    expect(decodeURI(encodePath(path))).toBe(path);
  });
});

describe("absoluteUrl", () => {
  it.each([
    ["https://archive.example.org", "", "/", "https://archive.example.org/"],
    ["https://archive.example.org", "/news", "/topics/x/", "https://archive.example.org/news/topics/x/"],
    ["http://localhost:8080", "", "/topics/북한/", "http://localhost:8080/topics/%EB%B6%81%ED%95%9C/"],
  ])("%s + %j + %j → %s", (url, pathPrefix, path, expected) => {
    expect(absoluteUrl({ url, pathPrefix }, path)).toBe(expected);
  });
});

describe("externalHref", () => {
  it.each([
    ["https://example.org/a", "https://example.org/a"],
    ["http://example.org", "http://example.org"],
    ["  https://example.org/x  ", "https://example.org/x"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,hi", undefined],
    ["/relative/path", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%j → %j", (input, expected) => {
    expect(externalHref(input)).toBe(expected);
  });
});
