import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { articlePath, articleSlug, duplicatePathDiagnostics } from "../../../src/model/article-paths";
import { compareCodePoints, sortNewestFirst } from "../../../src/model/sort";
import { makeArticle } from "./make-article";

describe("articleSlug", () => {
  it.each([
    ["front-matter slug", { slug: "Kim Visits", title: "Whatever" }, "kim-visits"],
    ["slug unusable → title", { slug: "...", title: "Trade Talks Resume" }, "trade-talks-resume"],
    ["both unusable → article", { slug: "!!!", title: "???" }, "article"],
    ["non-Latin slug kept", { slug: "북한-뉴스", title: "x" }, "북한-뉴스"],
  ])("%s", (_label, input, expected) => {
    expect(articleSlug(input)).toBe(expected);
  });
});

describe("articlePath", () => {
  it.each([
    ["late evening in New York stays on that day", "2023-08-06T23:30:00", "America/New_York", "/2023/08/06/x/"],
    ["early morning in Kiritimati stays on that day", "2023-01-01T00:15:00", "Pacific/Kiritimati", "/2023/01/01/x/"],
    ["UTC midnight", "2023-12-31T00:00:00", "UTC", "/2023/12/31/x/"],
    ["year below 1000 is zero-padded", "0999-02-03T12:00:00", "UTC", "/0999/02/03/x/"],
  ])("%s", (_label, iso, zone, expected) => {
    expect(articlePath(DateTime.fromISO(iso, { zone }), "x", zone)).toBe(expected);
  });

  it("uses the site zone even when the DateTime carries another zone", () => {
    const utc = DateTime.fromISO("2023-08-07T03:30:00Z", { zone: "UTC" });
    expect(articlePath(utc, "x", "America/New_York")).toBe("/2023/08/06/x/");
    expect(articlePath(utc, "x", "UTC")).toBe("/2023/08/07/x/");
  });
});

describe("duplicatePathDiagnostics", () => {
  const placed = (relativePath: string, path: string) => ({ relativePath, displayPath: `content/${relativePath}`, path });

  it("reports nothing when every path is unique", () => {
    expect(duplicatePathDiagnostics([placed("a.md", "/2023/08/06/a/"), placed("b.md", "/2023/08/06/b/")])).toEqual([]);
  });

  it("names both files, on the later one in file path order", () => {
    const diagnostics = duplicatePathDiagnostics([placed("b.md", "/2023/08/06/x/"), placed("a.md", "/2023/08/06/x/")]);
    expect(diagnostics).toEqual([
      {
        severity: "error",
        file: "content/b.md",
        message:
          "two articles would be published at /2023/08/06/x/: content/a.md and content/b.md (give one of them a different `slug`)",
      },
    ]);
  });

  it("points at the line that decides the later file's path, when it is known", () => {
    const diagnostics = duplicatePathDiagnostics([placed("a.md", "/x/"), { ...placed("b.md", "/x/"), line: 5 }]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: "content/b.md", line: 5, column: 1 })]);
  });

  it("reports each extra article of a group of three against the first", () => {
    const diagnostics = duplicatePathDiagnostics([
      placed("c.md", "/p/"),
      placed("a.md", "/p/"),
      placed("b.md", "/p/"),
      placed("d.md", "/q/"),
    ]);
    expect(diagnostics.map((d) => d.file)).toEqual(["content/b.md", "content/c.md"]);
    expect(diagnostics.every((d) => d.message.includes("content/a.md"))).toBe(true);
  });
});

describe("sortNewestFirst", () => {
  it("orders by instant, newest first, then by file path", () => {
    const articles = [
      makeArticle({ date: "2023-08-06T10:00:00", file: "b.md" }),
      makeArticle({ date: "2023-08-06T12:00:00+01:00", file: "z.md" }),
      makeArticle({ date: "2023-08-07T00:00:00", file: "c.md" }),
      makeArticle({ date: "2023-08-06T10:00:00", file: "a.md" }),
    ];
    expect(sortNewestFirst(articles).map((a) => a.relativePath)).toEqual(["c.md", "z.md", "a.md", "b.md"]);
    expect(articles[0]!.relativePath).toBe("b.md");
  });

  it.each([
    ["a", "b", -1],
    ["b", "a", 1],
    ["ab", "a", 1],
    ["same", "same", 0],
    ["\u{1F600}", "\uFF01", 1],
  ])("compareCodePoints(%j, %j) has sign %i", (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});
