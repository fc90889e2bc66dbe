import { describe, expect, it } from "vitest";
import { assignBundles, bundleFolder } from "../../../src/content/bundles";
import { baseName } from "../../../src/content/validate-article";

const file = (relativePath: string) => ({ relativePath, realPath: `/content/${relativePath}` });

describe("assignBundles", () => {
  const markdown = [
    "2019/flood/index.md",
    "2019/flood/notes.md",
    "2019/flood/gallery/index.md",
    "2019/storm.md",
    "2019/storm/follow-up.md",
    "index.md",
    "top.md",
  ].map(file);
  const others = ["2019/flood/map.png", "2019/storm/chart.png", "logo.png"].map(file);
  const bundles = assignBundles(markdown, others);

  it("keeps as articles the index.md of a bundle, files beside a folder of their name, and Markdown in such a folder", () => {
    expect(bundles.articles.map((f) => f.relativePath)).toEqual(["2019/flood/index.md", "2019/storm.md", "2019/storm/follow-up.md", "index.md", "top.md"]);
  });

  it("takes Markdown inside an index.md bundle (deeper bundles too) as files of that article, with a warning each", () => {
    expect([...bundles.files.keys()].sort()).toEqual(
      ["2019/flood/gallery/index.md", "2019/flood/map.png", "2019/flood/notes.md", "2019/storm/chart.png", "logo.png"].sort(),
    );
    expect(bundles.problems.map((p) => [p.relativePath, p.severity])).toEqual([
      ["2019/flood/notes.md", "warning"],
      ["2019/flood/gallery/index.md", "warning"],
    ]);
    expect(bundles.problems[0]!.message).toBe(
      "Markdown file inside the bundle of 2019/flood/index.md: it is published as a file of that article, not as an article (move it out of that folder to make it an article of its own)",
    );
  });
});

describe("bundleFolder and baseName", () => {
  it.each([
    ["2019/flood/index.md", "2019/flood/", "flood"],
    ["2019/flood/INDEX.MD", "2019/flood/", "flood"],
    ["2019/storm.md", "2019/storm/", "storm"],
    ["index.md", undefined, ""],
    ["top.md", "top/", "top"],
  ])("%s → folder %s, slug from %s", (path, folder, name) => {
    expect(bundleFolder(path)).toBe(folder);
    expect(baseName(path)).toBe(name);
  });
});
