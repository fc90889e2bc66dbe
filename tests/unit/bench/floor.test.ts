import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFloor } from "../../../bench/floor";
import { writeArchive } from "../../../bench/generate";
import { analyzeArchive } from "../../../src/pipeline/prepare-archive";
import { resolveSiteConfig } from "../../../src/config/site-config";
import type { ArchiveModel } from "../../../src/model/types";

function writtenPagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}

describe("runFloor", () => {
  const COUNT = 120;
  let root: string;
  let output: string;
  let written: number;
  let model: ArchiveModel;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "bench-floor-"));
    const content = path.join(root, "content");
    output = path.join(root, "floor");
    writeArchive(content, { count: COUNT, seed: 3 });
    written = runFloor({ contentDir: content, outputDir: output, pageSize: 20 });
    const site = resolveSiteConfig({ timezone: "UTC", pageSize: 20 }, "bench.config.json");
    model = (await analyzeArchive({ contentDir: content, site, displayBase: root })).model;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes the pages the real build has, except the search page", () => {
    const { articles, indexes, directories, notFound } = model.pages;
    const expected = [...articles, ...indexes, ...directories, notFound].map((page) => page.path).sort();
    expect(writtenPagePaths(output)).toEqual(expected);
    expect(written).toBe(expected.length);
  });

  it("paginates the home page 20 articles at a time", () => {
    const pages = Math.ceil(COUNT / 20);
    expect(writtenPagePaths(output).filter((page) => /^\/(page\/\d+\/)?$/.test(page))).toHaveLength(pages);
    const home = readFileSync(path.join(output, "index.html"), "utf8");
    expect(home.match(/<li>/g)).toHaveLength(20);
    expect(home).toContain(`href="/page/2/"`);
  });

  it("renders each article's Markdown into its page", () => {
    const article = model.articles[0]!;
    const html = readFileSync(path.join(output, article.path, "index.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h2>");
    expect(html).toContain(article.bodyHtml.slice(0, 60));
  });
});

describe("runFloor with a small page size", () => {
  it("writes the pages the real build has, pages per year of long topics and empty periods included", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "bench-floor-small-"));
    try {
      const content = path.join(root, "content");
      const output = path.join(root, "floor");
      writeArchive(content, { count: 60, seed: 5 });
      const written = runFloor({ contentDir: content, outputDir: output, pageSize: 2 });
      const site = resolveSiteConfig({ timezone: "UTC", pageSize: 2 }, "bench.config.json");
      const { pages } = (await analyzeArchive({ contentDir: content, site, displayBase: root })).model;
      const expected = [...pages.articles, ...pages.indexes, ...pages.directories, pages.notFound].map((page) => page.path).sort();
      expect(pages.indexes.some((page) => page.listing.kind === "topic-year")).toBe(true);
      expect(pages.indexes.some((page) => page.listing.kind === "empty-period")).toBe(true);
      expect(writtenPagePaths(output)).toEqual(expected);
      expect(written).toBe(expected.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
