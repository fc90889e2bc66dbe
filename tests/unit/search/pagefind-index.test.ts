// Search stage tests: indexing shards of a written site with Pagefind's own
// program, reporting its failures in words, and a build that fails when
// indexing fails and leaves the previous output alone.

import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runBuild } from "../../../src/pipeline/run-build";
import type { Article } from "../../../src/model/types";
import { placeholderPage, runPagefind, writeSearchIndex } from "../../../src/search/pagefind-index";
import { planSearchShards } from "../../../src/search/search-shards";
import { FIXTURES } from "../../support/built-site";
import { killStandIns, pagefindStandIn, processRunning, type StandIn } from "../../support/pagefind-stand-in";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "pagefind-index-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});
/** Stand-ins that would write for ever, killed after each test whether it passed or not. */
const standIns: StandIn[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const standIn of standIns.splice(0)) killStandIns(standIn);
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
const articlePage = (words: string, date: string) =>
  page(`<article data-pagefind-body data-pagefind-sort="date:${date}"><h1>${words}</h1><p>${words} reported</p></article>`);
const article = (slug: string, iso: string) => ({ path: `/${slug}/`, date: DateTime.fromISO(iso, { zone: "utc" }) }) as unknown as Article;

/** A stand-in for Pagefind's program: a shell script. */
function fakePagefind(name: string, script: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

function pageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

describe("writeSearchIndex", () => {
  const articles = [article("a", "2021-01-01"), article("b", "2022-01-01"), article("c", "2023-01-01")];
  const pages = {
    "index.html": page("<nav>Latest Topics</nav><p>home page listing</p>"),
    "a/index.html": articlePage("alpha munitions", "2021-01-01"),
    "b/index.html": articlePage("bravo factory", "2022-01-01"),
    "c/index.html": articlePage("charlie launch", "2023-01-01"),
  };

  it("indexes each shard's article pages into its own bundle and lists the shards for the search page", async () => {
    const dir = writeSite("three-articles", pages);
    const shards = planSearchShards(articles, 2);
    const summary = await writeSearchIndex(dir, { shards, language: "en", concurrency: 2 });
    expect(summary).toEqual({ shards: 2, indexed: 2, pagesIndexed: 3, fresh: ["pagefind/0/", "pagefind/1/", "pagefind/shards.json"] });
    // Each bundle holds its articles and the placeholder; the home page is in none.
    expect([pageCount(path.join(dir, "pagefind/0")), pageCount(path.join(dir, "pagefind/1"))]).toEqual([3, 2]);
    for (const file of ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"]) {
      expect(existsSync(path.join(dir, "pagefind/0", file)), file).toBe(true);
    }
    expect(JSON.parse(readFileSync(path.join(dir, "pagefind/shards.json"), "utf8"))).toEqual({
      shards: [
        { dir: "0/", weight: 1 },
        { dir: "1/", weight: 3 },
      ],
    });
    expect(readdirSync(dir).sort()).toEqual(["a", "b", "c", "index.html", "pagefind"]);
  });

  it("leaves alone the shards the caller reuses and reports progress per shard", async () => {
    const dir = writeSite("reused", pages);
    const shards = planSearchShards(articles, 2);
    const progress: number[] = [];
    const summary = await writeSearchIndex(dir, { shards, language: "en", reused: (shard) => shard.id === "0", onShard: (done) => progress.push(done) });
    expect(summary).toEqual({ shards: 2, indexed: 1, pagesIndexed: 1, fresh: ["pagefind/1/", "pagefind/shards.json"] });
    expect(existsSync(path.join(dir, "pagefind/0"))).toBe(false);
    expect(pageCount(path.join(dir, "pagefind/1"))).toBe(2);
    expect(progress).toEqual([1, 2]);
  });

  it("writes a working bundle with no articles for an empty archive", async () => {
    const dir = writeSite("no-articles", { "index.html": page("<p>No articles yet.</p>") });
    const summary = await writeSearchIndex(dir, { shards: planSearchShards([]), language: "en" });
    expect(summary).toEqual({ shards: 1, indexed: 1, pagesIndexed: 0, fresh: ["pagefind/0/", "pagefind/shards.json"] });
    expect(existsSync(path.join(dir, "pagefind/0/pagefind-ui.js"))).toBe(true);
  });

  it("kills the Pagefind processes still running when one shard fails, before it rejects", async () => {
    const standIn = pagefindStandIn(mkdtempSync(path.join(tmp, "stand-in-")), "0");
    standIns.push(standIn);
    for (const [name, value] of Object.entries(standIn.env)) vi.stubEnv(name, value);
    const dir = writeSite("one-shard-fails", pages);
    const started: number[] = [];
    const indexing = writeSearchIndex(dir, {
      shards: planSearchShards(articles, 2),
      language: "en",
      concurrency: 2,
      onProcess: (child) => started.push(child.pid!),
    });
    await expect(indexing).rejects.toThrow(/Pagefind exited with status 2 while indexing .*:\nError: shard 0 broke/);
    // The other shard's stand-in wrote into its bundle and would have gone on for ever.
    expect(standIn.pids()).toHaveLength(1);
    expect(readdirSync(path.join(dir, "pagefind/1")).length).toBeGreaterThan(0);
    expect(started).toEqual(expect.arrayContaining(standIn.pids()));
    expect(standIn.pids().filter(processRunning)).toEqual([]);
  }, 30_000);

  it("rejects with Pagefind's own words when Pagefind fails, and removes its work folder", async () => {
    vi.stubEnv("PAGEFIND_BINARY_PATH", fakePagefind("fails", 'echo "Error: the disk is on fire" >&2; exit 3'));
    const dir = writeSite("failing", pages);
    await expect(writeSearchIndex(dir, { shards: planSearchShards(articles), language: "en" })).rejects.toThrow(
      /Pagefind exited with status 3 while indexing .*:\nError: the disk is on fire/,
    );
    expect(readdirSync(dir).sort()).toEqual(["a", "b", "c", "index.html"]);
  });
});

describe("runPagefind", () => {
  it("says a killed Pagefind most likely ran out of memory, instead of waiting for it forever", async () => {
    const killed = fakePagefind("killed", "kill -9 $$");
    await expect(runPagefind(tmp, path.join(tmp, "out"), killed)).rejects.toThrow(/killed \(SIGKILL\), most often because the machine ran out of memory/);
  });

  it("names the program it could not start", async () => {
    const missing = path.join(tmp, "no-such-pagefind");
    await expect(runPagefind(tmp, path.join(tmp, "out"), missing)).rejects.toThrow(`could not start Pagefind (${missing})`);
  });
});

describe("placeholderPage", () => {
  it("sorts before every article, in the site language, and keeps odd characters out of the lang attribute", () => {
    const html = placeholderPage('en-GB"><script>');
    expect(html).toContain('<html lang="en-GBscript">');
    expect(html).toContain('data-pagefind-sort="date:0000-00-00T00:00:00Z"');
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
    expect(existsSync(path.join(outputDir, "pagefind", "0", "pagefind-ui.js"))).toBe(true);
    writeFileSync(path.join(outputDir, "marker.txt"), "from the previous build");

    vi.stubEnv("PAGEFIND_BINARY_PATH", fakePagefind("out-of-memory", 'echo "memory allocation failed" >&2; exit 1'));
    await expect(runBuild(options)).rejects.toThrow(/memory allocation failed/);

    expect(readFileSync(path.join(outputDir, "index.html"), "utf8")).toBe(before);
    expect(readFileSync(path.join(outputDir, "marker.txt"), "utf8")).toBe("from the previous build");
    expect(readdirSync(path.dirname(outputDir))).toEqual(["site"]);
  });
});
