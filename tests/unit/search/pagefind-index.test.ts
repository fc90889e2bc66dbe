// Search stage tests: indexing a built site with Pagefind, and a build that
// fails when indexing fails and leaves the previous output alone.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runBuild } from "../../../src/build/run-build";
import { writeSearchIndex } from "../../../src/search/pagefind-index";
import { FIXTURES } from "../../support/built-site";

vi.mock("pagefind", async (importOriginal) => {
  const real = await importOriginal<typeof import("pagefind")>();
  return { ...real, createIndex: vi.fn(real.createIndex) };
});

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "pagefind-index-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function writeSite(name: string, pages: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

interface Entry {
  readonly languages: Record<string, { readonly page_count: number }>;
}

function indexedPages(siteDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(siteDir, "pagefind", "pagefind-entry.json"), "utf8")) as Entry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

describe("writeSearchIndex", () => {
  it("indexes the pages marked data-pagefind-body and writes the browser bundle", async () => {
    const dir = writeSite("two-pages", {
      "index.html": page("<nav>Latest Topics</nav><p>home page listing</p>"),
      "2023/08/06/factory/index.html": page('<article data-pagefind-body><h1>Factory</h1><p>munitions output</p></article>'),
    });
    const summary = await writeSearchIndex(dir, { articleCount: 1 });
    expect(summary).toEqual({ pageCount: 1, bundleDir: path.join(dir, "pagefind") });
    for (const file of ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"]) {
      expect(existsSync(path.join(dir, "pagefind", file)), file).toBe(true);
    }
    expect(indexedPages(dir)).toBe(1);
  });

  it("writes an empty index for an archive without articles instead of indexing its navigation", async () => {
    const dir = writeSite("no-articles", { "index.html": page("<p>No articles yet.</p>"), "404.html": page("<p>missing</p>") });
    const summary = await writeSearchIndex(dir, { articleCount: 0 });
    expect(summary.pageCount).toBe(0);
    expect(existsSync(path.join(dir, "pagefind", "pagefind-ui.js"))).toBe(true);
    expect(indexedPages(dir)).toBe(0);
  });

  it("rejects with Pagefind's own words when Pagefind reports an error", async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValueOnce({ errors: ["the disk is on fire"] });
    const dir = writeSite("failing", { "index.html": page("<p>x</p>") });
    await expect(writeSearchIndex(dir, { articleCount: 1 })).rejects.toThrow(/Pagefind failed to start:\nthe disk is on fire/);
  });
});

describe("a build whose search indexing fails", () => {
  it("fails and leaves the previous output exactly as it was", async () => {
    const outputDir = path.join(tmp, "out", "site");
    const options = {
      contentDir: path.join(FIXTURES, "archive"),
      configFile: path.join(FIXTURES, "archive.config.json"),
      env: {},
      outputDir,
      // Without a cache the second build cannot take the search index over from the first.
      cacheDir: false as const,
    };
    await runBuild(options);
    const before = readFileSync(path.join(outputDir, "index.html"), "utf8");
    expect(existsSync(path.join(outputDir, "pagefind", "pagefind-ui.js"))).toBe(true);
    writeFileSync(path.join(outputDir, "marker.txt"), "from the previous build");

    vi.mocked(pagefind.createIndex).mockResolvedValueOnce({ errors: ["out of memory"] });
    await expect(runBuild(options)).rejects.toThrow(/out of memory/);

    expect(readFileSync(path.join(outputDir, "index.html"), "utf8")).toBe(before);
    expect(readFileSync(path.join(outputDir, "marker.txt"), "utf8")).toBe("from the previous build");
    expect(readdirSync(path.dirname(outputDir))).toEqual(["site"]);
  });
});
