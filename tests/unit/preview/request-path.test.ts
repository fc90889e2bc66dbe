// Preview stage tests for request paths: how a raw request path maps onto the
// site folder, and that every redirect built from it stays on the site.

import { describe, expect, it } from "vitest";
import { encodePath, folderLocation, resolveRequestPath, splitRequestTarget } from "../../../src/preview/request-path";

describe("resolveRequestPath", () => {
  it.each([
    ["/", "", { kind: "file", segments: [], trailingSlash: true }],
    ["/topics/", "", { kind: "file", segments: ["topics"], trailingSlash: true }],
    ["/assets/site.css", "", { kind: "file", segments: ["assets", "site.css"], trailingSlash: false }],
    ["/topics/%EB%B6%81%ED%95%9C/", "", { kind: "file", segments: ["topics", "북한"], trailingSlash: true }],
    ["/a%20b/", "", { kind: "file", segments: ["a b"], trailingSlash: true }],
    ["/news/2023/", "/news", { kind: "file", segments: ["2023"], trailingSlash: true }],
    ["/news/", "/news", { kind: "file", segments: [], trailingSlash: true }],
    ["/", "/news", { kind: "redirect", location: "/news/" }],
    ["/news", "/news", { kind: "redirect", location: "/news/" }],
    ["/newsroom/", "/news", { kind: "outside-prefix" }],
    ["/2023/", "/news", { kind: "outside-prefix" }],
    ["/../etc/passwd", "", { kind: "bad-request" }],
    ["/a/%2e%2e/b", "", { kind: "bad-request" }],
    ["/a%2Fb", "", { kind: "bad-request" }],
    ["/a%5Cb", "", { kind: "bad-request" }],
    ["/a%00b", "", { kind: "bad-request" }],
    ["/%E0%A4%A", "", { kind: "bad-request" }],
    ["/%", "", { kind: "bad-request" }],
    ["http://example.org/", "", { kind: "bad-request" }],
    ["*", "", { kind: "bad-request" }],
    // Runs of slashes count as one, as nginx reads them.
    ["//topics", "", { kind: "file", segments: ["topics"], trailingSlash: false }],
    ["///topics//page/", "", { kind: "file", segments: ["topics", "page"], trailingSlash: true }],
    ["//", "", { kind: "file", segments: [], trailingSlash: true }],
    ["//", "/news", { kind: "redirect", location: "/news/" }],
    ["//news", "/news", { kind: "redirect", location: "/news/" }],
    ["//news//topics", "/news", { kind: "file", segments: ["topics"], trailingSlash: false }],
    ["/\\topics", "", { kind: "bad-request" }],
    ["/%2F%2Ftopics", "", { kind: "bad-request" }],
    ["/%2f/topics", "", { kind: "bad-request" }],
    ["/%5C%5Ctopics", "", { kind: "bad-request" }],
  ])("%s with prefix %j", (urlPath, prefix, expected) => {
    expect(resolveRequestPath(urlPath, prefix)).toEqual(expected);
  });
});

describe("splitRequestTarget", () => {
  it.each([
    ["/topics", { path: "/topics", search: "" }],
    ["/topics?page=2", { path: "/topics", search: "?page=2" }],
    ["/?q=a?b", { path: "/", search: "?q=a?b" }],
  ])("%s", (target, expected) => {
    expect(splitRequestTarget(target)).toEqual(expected);
  });
});

describe("encodePath and folderLocation", () => {
  it.each([
    [[], true, "/"],
    [["topics"], false, "/topics"],
    [["topics", "북한"], true, "/topics/%EB%B6%81%ED%95%9C/"],
    [["a b"], true, "/a%20b/"],
  ])("encodePath(%j, %s) → %s", (segments, trailingSlash, expected) => {
    expect(encodePath(segments, trailingSlash)).toBe(expected);
  });

  it.each([
    [["topics"], "", "/topics/"],
    [["topics"], "/news", "/news/topics/"],
    [[], "/news", "/news/"],
  ])("folderLocation(%j, %j) → %s", (segments, prefix, expected) => {
    expect(folderLocation(segments, prefix)).toBe(expected);
  });

  // A Location starting with two slashes (or a slash and a backslash) names another host.
  it.each(["//topics", "///topics", "//topics/%EB%B6%81%ED%95%9C", "/.//topics", "//example.org", "//news//topics"])(
    "keeps the folder redirect for %s on the site",
    (urlPath) => {
      for (const prefix of ["", "/news"]) {
        const target = resolveRequestPath(urlPath, prefix);
        const location =
          target.kind === "file" ? folderLocation(target.segments, prefix) : target.kind === "redirect" ? target.location : "/";
        expect(location).toMatch(/^\/(?![/\\])/);
      }
    },
  );
});
