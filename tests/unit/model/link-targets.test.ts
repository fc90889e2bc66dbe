import { describe, expect, it } from "vitest";
import { joinPath, pathKey, resolveReference, type TargetIndex } from "../../../src/model/link-targets";

const file = (relativePath: string) => [relativePath, { relativePath, realPath: `/c/${relativePath}` }] as const;

const index = (pathPrefix = ""): TargetIndex => ({
  articleFiles: new Map([
    ["2019/flood/index.md", "/2019/05/14/flood/"],
    ["2019/storm.md", "/2019/05/16/storm/"],
  ]),
  aliases: new Map([
    ["/news/2019/old-flood.html", "/2019/05/14/flood/"],
    ["/2019/05/storm-warning", "/2019/05/16/storm/"],
  ]),
  known: new Set(["/2019/05/14/flood", "/2019/05/16/storm", "/images/logo.png", "/about"]),
  contentFiles: new Map([file("2019/flood/map.png"), file("images/shared.jpg"), file("2019/storm/chart.png")]),
  pathPrefix,
});

const storm = { relativePath: "2019/storm.md", path: "/2019/05/16/storm/", aliases: ["/blog/2019/storm-coming.html"] };

describe("resolveReference", () => {
  it.each([
    ["https://example.org/x", undefined],
    ["mailto:desk@example.org", undefined],
    ["#part", undefined],
    ["?page=2", undefined],
    ["//cdn.example.org/x.png", undefined],
    ["flood/index.md", { target: { kind: "page", path: "/2019/05/14/flood/" }, suffix: "" }],
    ["./flood/index.md#damage", { target: { kind: "page", path: "/2019/05/14/flood/" }, suffix: "#damage" }],
    ["/2019/storm.md", { target: { kind: "page", path: "/2019/05/16/storm/" }, suffix: "" }],
    ["storm/chart.png", { target: { kind: "file", relativePath: "2019/storm/chart.png" }, suffix: "" }],
    ["../images/shared.jpg?v=2", { target: { kind: "file", relativePath: "images/shared.jpg" }, suffix: "?v=2" }],
    ["/news/2019/old-flood.html", { target: { kind: "page", path: "/2019/05/14/flood/" }, suffix: "" }],
    ["/2019/05/storm-warning/index.html", { target: { kind: "page", path: "/2019/05/16/storm/" }, suffix: "" }],
    ["/images/logo.png", { target: { kind: "page", path: "/images/logo.png" }, suffix: "" }],
    ["/about", { target: { kind: "page", path: "/about" }, suffix: "" }],
    ["../../14/flood/", { target: { kind: "page", path: "/2019/05/14/flood/" }, suffix: "" }],
    ["/topics/weather/", { target: { kind: "unknown", path: "/topics/weather/" }, suffix: "" }],
    ["../../../topics/weather/", { target: { kind: "unknown", path: "/2019/topics/weather/" }, suffix: "" }],
    ["other.md", { target: { kind: "missing", relativePath: "2019/other.md" }, suffix: "" }],
    ["radar.png", { target: { kind: "missing", relativePath: "2019/radar.png" }, suffix: "" }],
    ["caf%C3%A9.pdf", { target: { kind: "missing", relativePath: "2019/café.pdf" }, suffix: "" }],
  ])("%s from 2019/storm.md → %j", (url, expected) => {
    expect(resolveReference(url, storm, index(), false)).toEqual(expected);
  });

  it("reads a relative link from the article's old address when nothing else answers", () => {
    const moved = { ...index(), aliases: new Map([...index().aliases, ["/blog/2019/flood-story.html", "/2019/05/14/flood/"]]) };
    expect(resolveReference("flood-story.html", storm, moved, false)).toEqual({ target: { kind: "page", path: "/2019/05/14/flood/" }, suffix: "" });
  });

  it("reads a path from the root with or without the path prefix", () => {
    expect(resolveReference("/news/images/logo.png", storm, index("/news"), true)?.target).toEqual({ kind: "page", path: "/images/logo.png" });
    expect(resolveReference("/news/2019/old-flood.html", storm, index("/news"), false)?.target).toEqual({ kind: "page", path: "/2019/05/14/flood/" });
    expect(resolveReference("/news/topics/x/", storm, index("/news"), false)?.target).toEqual({ kind: "unknown", path: "/topics/x/" });
  });

  it("takes an image that is nowhere as a missing file, a page that is nowhere as one to check later", () => {
    expect(resolveReference("photos/", storm, index(), true)?.target).toEqual({ kind: "missing", relativePath: "2019/photos/" });
    expect(resolveReference("photos/", storm, index(), false)?.target).toEqual({ kind: "unknown", path: "/2019/05/16/storm/photos/" });
  });
});

describe("joinPath and pathKey", () => {
  it.each([
    ["2019/", "photo.jpg", "", "2019/photo.jpg"],
    ["2019/", "../x.md", "", "x.md"],
    ["2019/", "../../x.md", "", undefined],
    ["2019/", "./a/./b/", "", "2019/a/b/"],
    ["/2019/05/01/a/", "../b/", "/", "/2019/05/01/b/"],
    ["/2019/05/01/a/", "..", "/", "/2019/05/01/"],
    ["/", "../x", "/", undefined],
  ])("joinPath(%s, %s) → %s", (base, relative, root, expected) => {
    expect(joinPath(base, relative, root)).toBe(expected);
  });

  it.each([
    ["/a/", "/a"],
    ["/a", "/a"],
    ["/a/index.html", "/a"],
    ["/", ""],
    ["/a.html", "/a.html"],
  ])("pathKey(%s) → %s", (path, key) => {
    expect(pathKey(path)).toBe(key);
  });
});
