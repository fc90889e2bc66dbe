import { describe, expect, it } from "vitest";
import { buildArchive } from "../../../src/model/build-archive";
import type { IndexPage } from "../../../src/model/types";
import { makeArticle, siteConfig } from "./make-article";

const ZONE = "America/New_York";
const site = siteConfig({ timezone: ZONE, pageSize: 2, language: "en" });

const articles = [
  makeArticle({ zone: ZONE, date: "2023-08-05T10:00:00", file: "b.md", title: "Trade talks", tags: ["Trade", "Asia"], source: "Daily News" }),
  makeArticle({ zone: ZONE, date: "2023-08-06T23:30:00", file: "a.md", title: "Late news", tags: ["North Korea", "trade"], source: { name: "Daily News", url: "https://daily.example" } }),
  makeArticle({ zone: ZONE, date: "2022-12-31T09:00:00", file: "c.md", title: "Old story", tags: ["north  korea"], source: "Wire" }),
  makeArticle({ zone: ZONE, date: "2023-08-06T08:00:00", file: "d.md", slug: "...", title: "Morning brief", tags: [], source: "wire" }),
];
const { model, diagnostics } = buildArchive(articles, site);
const indexAt = (path: string): IndexPage => {
  const page = model.pages.indexes.find((p) => p.path === path);
  if (page === undefined) throw new Error(`no index page at ${path}`);
  return page;
};

describe("buildArchive", () => {
  it("orders articles newest first and places them by date in the site zone", () => {
    expect(model.articles.map((a) => a.path)).toEqual([
      "/2023/08/06/a/",
      "/2023/08/06/morning-brief/",
      "/2023/08/05/b/",
      "/2022/12/31/c/",
    ]);
    expect(model.articles[0]!.date.zoneName).toBe(ZONE);
    expect(model.articles[0]!.summary).toBe("Body of Late news.");
  });

  it("creates every kind of page at the expected paths", () => {
    const paths = new Set([
      ...model.pages.articles.map((p) => p.path),
      ...model.pages.indexes.map((p) => p.path),
      ...model.pages.directories.map((p) => p.path),
      model.pages.notFound.path,
    ]);
    for (const path of [
      "/",
      "/page/2/",
      "/topics/",
      "/topics/north-korea/",
      "/topics/trade/",
      "/sources/",
      "/sources/daily-news/",
      "/sources/wire/",
      "/2023/",
      "/2023/08/",
      "/2023/08/06/",
      "/2023/08/05/",
      "/2022/12/31/",
      "/archive/",
      "/404.html",
      "/2023/08/06/a/",
    ]) {
      expect(paths, path).toContain(path);
    }
    expect(paths).not.toContain("/page/3/");
    const all = [
      ...model.pages.articles,
      ...model.pages.indexes,
      ...model.pages.directories,
      model.pages.notFound,
    ].map((p) => p.path);
    expect(new Set(all).size).toBe(all.length);
  });

  it("merges topics and sources across articles and lists them A–Z", () => {
    // "trade" and "Trade" are used once each: the newest article's spelling wins the tie.
    expect(model.topics.map((t) => [t.name, t.count])).toEqual([
      ["Asia", 1],
      ["North Korea", 2],
      ["trade", 2],
    ]);
    expect(model.sources.map((s) => [s.name, s.count, s.url])).toEqual([
      ["Daily News", 2, "https://daily.example"],
      ["wire", 2, undefined],
    ]);
    const topicsPage = model.pages.directories.find((p) => p.kind === "topics");
    expect(topicsPage).toMatchObject({ path: "/topics/", terms: model.topics });
    expect(model.articles[0]!.topics.map((t) => t.slug)).toEqual(["north-korea", "trade"]);
  });

  it("paginates index pages with the site page size", () => {
    expect(indexAt("/").articles.map((a) => a.relativePath)).toEqual(["a.md", "d.md"]);
    expect(indexAt("/page/2/").pagination).toMatchObject({ pageNumber: 2, totalPages: 2, previous: "/", next: undefined });
    expect(indexAt("/topics/trade/").articles.map((a) => a.relativePath)).toEqual(["a.md", "b.md"]);
    expect(indexAt("/topics/trade/").listing).toMatchObject({ kind: "topic", topic: { name: "trade" } });
    expect(indexAt("/sources/wire/").listing).toMatchObject({ kind: "source", source: { name: "wire" } });
  });

  it("links date archives to their parent and neighbours", () => {
    expect(indexAt("/2023/08/06/").listing).toMatchObject({
      kind: "period",
      period: { kind: "day", count: 2 },
      parent: { path: "/2023/08/" },
      previous: { path: "/2023/08/05/" },
    });
    expect(indexAt("/2023/").listing).toMatchObject({ previous: { path: "/2022/" }, next: undefined });
    const archive = model.pages.directories.find((p) => p.kind === "archive");
    expect(archive).toMatchObject({ path: "/archive/", years: model.years });
    expect(model.years.map((y) => [y.path, y.months.map((m) => m.path)])).toEqual([
      ["/2023/", ["/2023/08/"]],
      ["/2022/", ["/2022/12/"]],
    ]);
  });

  it("links each article to the older and newer one and to related articles", () => {
    const [newest, second, third, oldest] = model.pages.articles;
    expect(newest!.next).toBeUndefined();
    expect(newest!.previous).toBe(model.articles[1]);
    expect(second!.next).toBe(model.articles[0]);
    expect(oldest!.previous).toBeUndefined();
    // Both share one topic used twice, so the one closer in time comes first.
    expect(newest!.related.map((a) => a.relativePath)).toEqual(["b.md", "c.md"]);
    expect(second!.related).toEqual([]);
    expect(third!.related.map((a) => a.relativePath)).toEqual(["a.md"]);
  });

  it("reports no diagnostics for clean content and returns frozen data", () => {
    expect(diagnostics).toEqual([]);
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.articles)).toBe(true);
    expect(Object.isFrozen(model.articles[0])).toBe(true);
    expect(Object.isFrozen(model.pages.indexes[0]!.pagination)).toBe(true);
  });

  it("reports duplicate article paths and term slug collisions", () => {
    const result = buildArchive(
      [
        makeArticle({ date: "2023-08-06T10:00:00", file: "z.md", slug: "same", tags: ["C++"] }),
        makeArticle({ date: "2023-08-06T11:00:00", file: "y.md", slug: "Same", tags: ["C"] }),
      ],
      siteConfig(),
    );
    expect(result.diagnostics.map((d) => [d.severity, d.file])).toEqual([
      ["error", "content/z.md"],
      ["warning", "content/z.md"],
    ]);
    expect(result.diagnostics[0]!.message).toContain("/2023/08/06/same/");
    expect(result.model.articles).toHaveLength(2);
  });

  it("builds a home page and directories for an empty archive", () => {
    const empty = buildArchive([], site).model;
    expect(empty.pages.indexes.map((p) => p.path)).toEqual(["/"]);
    expect(empty.pages.indexes[0]!.articles).toEqual([]);
    expect(empty.pages.directories.map((p) => p.path)).toEqual(["/topics/", "/sources/", "/archive/", "/on-this-day/"]);
    expect(empty.pages.notFound.path).toBe("/404.html");
  });

  it("builds a few thousand articles with consistent counts", () => {
    const many = Array.from({ length: 3_000 }, (_, i) =>
      makeArticle({
        date: `2020-01-01T00:00:00`,
        file: `bulk/${i}.md`,
        slug: `story-${i}`,
        tags: i % 3 === 0 ? ["Big", `Small ${i % 50}`] : ["big"],
        source: i % 2 === 0 ? "Even" : "Odd",
      }),
    ).map((a, i) => ({ ...a, date: a.date.plus({ hours: i * 7 }) }));
    const built = buildArchive(many, siteConfig({ pageSize: 25 }));
    expect(built.diagnostics).toEqual([]);
    expect(built.model.pages.articles).toHaveLength(3_000);
    expect(built.model.topics.find((t) => t.slug === "big")!.count).toBe(3_000);
    expect(built.model.pages.indexes.filter((p) => p.listing.kind === "home")).toHaveLength(120);
    expect(built.model.years.reduce((sum, y) => sum + y.count, 0)).toBe(3_000);
  });
});
