// Render stage tests: the topic, source and archive directories and the 404 page.

import { describe, expect, it } from "vitest";
import type { ArchiveYear } from "../../../src/model/types";
import { makeContext, makeSource, makeTopic, renderParsed, text, archiveDirectory, termDirectory } from "./fixtures";

describe("topic and source directories", () => {
  const terms = [
    makeTopic("2024 election", "2024-election", 4),
    makeTopic("Agriculture", "agriculture", 12),
    makeTopic("Airports", "airports", 1),
    makeTopic("Économie", "économie", 3),
    makeTopic("북한", "북한", 7),
  ];
  const { root } = renderParsed(termDirectory("topics", terms), makeContext({ pathPrefix: "/news" }));

  it("is headed Topics with the number of topics", () => {
    expect(text(root.querySelector("h1"))).toBe("Topics");
    expect(text(root.querySelector(".listing-count"))).toBe("5 topics, A–Z");
  });

  it("groups terms under letter headings, with a jump list to each group", () => {
    const headings = root.querySelectorAll(".term-group h2");
    expect(headings.map((h) => text(h))).toEqual(["#", "A", "E", "ㅂ"]);
    const jumps = root.querySelectorAll('nav[aria-label="Jump to letter"] a');
    expect(jumps.map((a) => text(a))).toEqual(["#", "A", "E", "ㅂ"]);
    for (const jump of jumps) {
      const id = jump.getAttribute("href")!.slice(1);
      expect(root.querySelector(`[id="${id}"]`)?.tagName).toBe("H2");
    }
  });

  it("links each term with its count, encoding non-ASCII slugs", () => {
    const items = root.querySelectorAll(".term-list li");
    expect(items.map((li) => [text(li.querySelector("a")), li.querySelector("a")?.getAttribute("href"), text(li.querySelector(".count"))])).toEqual([
      ["2024 election", "/news/topics/2024-election/", "4 articles"],
      ["Agriculture", "/news/topics/agriculture/", "12 articles"],
      ["Airports", "/news/topics/airports/", "1 article"],
      ["Économie", "/news/topics/%C3%A9conomie/", "3 articles"],
      ["북한", "/news/topics/%EB%B6%81%ED%95%9C/", "7 articles"],
    ]);
  });

  it("renders sources the same way under their own heading", () => {
    const sources = renderParsed(termDirectory("sources", [makeSource("Daily Ledger", undefined, 2)]), makeContext()).root;
    expect(text(sources.querySelector("h1"))).toBe("Sources");
    expect(text(sources.querySelector(".listing-count"))).toBe("1 source, A–Z");
    expect(sources.querySelector(".term-list a")?.getAttribute("href")).toBe("/sources/daily-ledger/");
    expect(text(sources.querySelector('header nav a[aria-current="page"]'))).toBe("Sources");
  });

  it("says so when there are none", () => {
    const empty = renderParsed(termDirectory("topics", []), makeContext()).root;
    expect(text(empty.querySelector(".empty"))).toBe("No topics yet.");
    expect(empty.querySelector(".letter-nav")).toBeNull();
  });
});

describe("archive directory", () => {
  const years: ArchiveYear[] = [
    {
      kind: "year",
      year: 2023,
      path: "/2023/",
      count: 40,
      months: [
        { kind: "month", year: 2023, month: 1, path: "/2023/01/", count: 15 },
        { kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 25 },
      ],
    },
    { kind: "year", year: 2021, path: "/2021/", count: 1, months: [{ kind: "month", year: 2021, month: 12, path: "/2021/12/", count: 1 }] },
  ];
  const { root } = renderParsed(archiveDirectory(years), makeContext({ pathPrefix: "/news" }));

  it("lists every year with its count, linking to the year page", () => {
    const headings = root.querySelectorAll(".archive-year h2");
    expect(headings.map((h) => [h.querySelector("a")?.getAttribute("href"), text(h)])).toEqual([
      ["/news/2023/", "2023 40 articles"],
      ["/news/2021/", "2021 1 article"],
    ]);
  });

  it("lists each year's months with counts, linking to the month pages", () => {
    const months = root.querySelectorAll(".archive-year")[0]!.querySelectorAll(".archive-months li");
    expect(months.map((li) => [li.querySelector("a")?.getAttribute("href"), text(li)])).toEqual([
      ["/news/2023/01/", "January 15 articles"],
      ["/news/2023/08/", "August 25 articles"],
    ]);
  });

  it("says so when the archive is empty", () => {
    const empty = renderParsed(archiveDirectory([]), makeContext()).root;
    expect(text(empty.querySelector(".empty"))).toBe("No articles yet.");
  });
});

describe("404 page", () => {
  it.each([
    ["", ["/", "/topics/", "/archive/"]],
    ["/news", ["/news/", "/news/topics/", "/news/archive/"]],
  ])("links home, topics and archive with prefix %j", (pathPrefix, expected) => {
    const { root } = renderParsed({ kind: "not-found", path: "/404.html" }, makeContext({ pathPrefix }));
    expect(text(root.querySelector("h1"))).toBe("Page not found");
    expect(root.querySelectorAll(".not-found a").map((a) => a.getAttribute("href"))).toEqual(expected);
    expect(root.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe(`${pathPrefix}/assets/site.css`);
  });
});
