import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LoadedArticle } from "../../../src/content/types";
import { CACHE_FILE_FORMAT, readCacheFile, writeCacheFile } from "../../../src/markdown/cache-file";
import { bodyKey, RENDER_CACHE_FORMAT, renderConfigKey, rendererVersions, stageSource } from "../../../src/markdown/cache-key";
import { prestartRenderThreads, renderArticlesCached, renderCacheFile, type CachedRenderOptions } from "../../../src/markdown/cached-render";
import { stopRenderThreads } from "../../../src/markdown/render-pool";
import { renderArticles } from "../../../src/markdown/render-articles";

const EMBED = '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Clip"></iframe>';
const BODIES = [
  "The *first* paragraph of the report.\n\nA second paragraph.",
  '<figure><img src="https://example.org/a.jpg" alt="A" onerror="steal()"><figcaption>Caption</figcaption></figure>\n\nThe lede after a figure.',
  `${EMBED}\n\nA video report.`,
  "- a list\n- of points\n\n<script>alert(1)</script>Closing words.",
];

function article(body: string, index: number, summary?: string): LoadedArticle {
  return {
    relativePath: `2024/article-${index}.md`,
    displayPath: `content/2024/article-${index}.md`,
    title: `Article ${index}`,
    date: DateTime.fromISO("2024-03-14", { zone: "UTC" }),
    dateOnly: true,
    source: { name: "Wire" },
    tags: [],
    summary,
    slug: `article-${index}`,
    draft: false,
    body,
    bodyLine: 6,
  };
}

const ARTICLES = BODIES.map((body, index) => article(body, index, index === 3 ? "Given summary." : undefined));

let root: string;
let contentDir: string;
let cacheDir: string;
let options: CachedRenderOptions;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "render-cache-"));
  contentDir = path.join(root, "content");
  mkdirSync(contentDir);
  cacheDir = path.join(root, "cache");
  options = { allowedIframeHosts: [], contentDir, cacheDir, threads: 1 };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const cacheFile = () => renderCacheFile(cacheDir, contentDir);
const keyOf = (body: string, hosts: readonly string[] = []) => bodyKey(renderConfigKey({ allowedIframeHosts: hosts }), body);

describe("renderArticlesCached", () => {
  it("renders like renderArticles and stores every body on the first build", async () => {
    const { articles, stats } = await renderArticlesCached(ARTICLES, options);
    expect(articles).toEqual(renderArticles(ARTICLES, options));
    expect(stats).toEqual({ articles: 4, cached: 0, rendered: 4, threads: 0 });
    expect(readCacheFile(cacheFile(), new Set(BODIES.map((body) => keyOf(body)))).entries.size).toBe(4);
  });

  it("takes every body from the cache on the next build, with the same result", async () => {
    const first = await renderArticlesCached(ARTICLES, options);
    const second = await renderArticlesCached(ARTICLES, options);
    expect(second.stats).toMatchObject({ cached: 4, rendered: 0 });
    expect(second.articles).toEqual(first.articles);
  });

  it("uses what the cache holds instead of rendering", async () => {
    writeCacheFile(cacheFile(), contentDir, [[keyOf(BODIES[0]!), { html: "<p>from the cache</p>", firstParagraph: "From the cache", notes: [] }]]);
    const { articles, stats } = await renderArticlesCached(ARTICLES.slice(0, 1), options);
    expect(stats.cached).toBe(1);
    expect(articles[0]).toMatchObject({ bodyHtml: "<p>from the cache</p>", summaryText: "From the cache" });
  });

  it("renders a changed body again and takes the others from the cache", async () => {
    await renderArticlesCached(ARTICLES, options);
    const edited = ARTICLES.map((item, index) => (index === 0 ? { ...item, body: "An edited paragraph." } : item));
    const { articles, stats } = await renderArticlesCached(edited, options);
    expect(stats).toMatchObject({ cached: 3, rendered: 1 });
    expect(articles[0]!.bodyHtml).toBe("<p>An edited paragraph.</p>\n");
  });

  it("misses every entry when the allowed iframe hosts change", async () => {
    const before = await renderArticlesCached(ARTICLES, options);
    expect(before.articles[2]!.bodyHtml).not.toContain("<iframe");
    const after = await renderArticlesCached(ARTICLES, { ...options, allowedIframeHosts: ["www.youtube-nocookie.com"] });
    expect(after.stats).toMatchObject({ cached: 0, rendered: 4 });
    expect(after.articles[2]!.bodyHtml).toContain("<iframe");
  });

  it("renders identical bodies once", async () => {
    const twins = [article(BODIES[0]!, 1), article(BODIES[0]!, 2)];
    const { articles, stats } = await renderArticlesCached(twins, options);
    expect(stats).toMatchObject({ articles: 2, cached: 0, rendered: 1 });
    expect(articles[0]!.bodyHtml).toBe(articles[1]!.bodyHtml);
  });

  it("drops entries this build did not use when it rewrites the cache", async () => {
    await renderArticlesCached(ARTICLES, options);
    await renderArticlesCached(ARTICLES.slice(0, 2), options);
    const stored = readCacheFile(cacheFile(), new Set([keyOf(BODIES[3]!)]));
    expect(stored).toMatchObject({ stored: 2 });
    expect(stored.entries.size).toBe(0);
  });

  it("leaves the cache file alone when every body came from it and none was dropped", async () => {
    await renderArticlesCached(ARTICLES, options);
    const before = statSync(cacheFile());
    await renderArticlesCached(ARTICLES, options);
    expect(statSync(cacheFile()).ino).toBe(before.ino);
  });

  it("keeps nothing without a cache folder", async () => {
    const { stats } = await renderArticlesCached(ARTICLES, { ...options, cacheDir: undefined });
    expect(stats.cached).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
  });

  it("only gets slower when the cache folder is deleted", async () => {
    const first = await renderArticlesCached(ARTICLES, options);
    rmSync(cacheDir, { recursive: true });
    const second = await renderArticlesCached(ARTICLES, options);
    expect(second.stats).toMatchObject({ cached: 0, rendered: 4 });
    expect(second.articles).toEqual(first.articles);
    expect(existsSync(cacheFile())).toBe(true);
  });

  it("removes the cache of a content folder that no longer exists", async () => {
    const gone = path.join(root, "gone");
    mkdirSync(gone);
    await renderArticlesCached(ARTICLES, { ...options, contentDir: gone });
    const orphan = renderCacheFile(cacheDir, gone);
    expect(existsSync(orphan)).toBe(true);
    rmSync(gone, { recursive: true });
    await renderArticlesCached(ARTICLES, options);
    expect(existsSync(orphan)).toBe(false);
  });

  it("renders the same on worker threads as on the main thread", async () => {
    const many = Array.from({ length: 240 }, (_, index) => article(`${BODIES[index % BODIES.length]!}\n\nNumber ${index}.`, index));
    const threaded = await renderArticlesCached(many, { ...options, cacheDir: undefined, threads: 2, threadThreshold: 0 });
    expect(threaded.stats).toMatchObject({ rendered: 240, threads: 2 });
    expect(threaded.articles).toEqual(renderArticles(many, options));
  });

  it("stays on the main thread below the threshold", async () => {
    const { stats } = await renderArticlesCached(ARTICLES, { ...options, threads: 2, threadThreshold: 5 });
    expect(stats.threads).toBe(0);
  });

  it("renders the same on threads started while the articles were read", async () => {
    const many = Array.from({ length: 240 }, (_, index) => article(`${BODIES[index % BODIES.length]!}\n\nNumber ${index}.`, index));
    const threadOptions = { ...options, threads: 3, threadThreshold: 100 };
    const started = prestartRenderThreads(threadOptions, many.length);
    expect(started?.workers).toHaveLength(2);
    const threaded = await renderArticlesCached(many, { ...threadOptions, started });
    expect(threaded.stats).toMatchObject({ rendered: 240, threads: 3 });
    expect(threaded.articles).toEqual(renderArticles(many, options));
  });

  it("stops threads started early that are not wanted after all", async () => {
    const started = prestartRenderThreads({ ...options, threads: 2, threadThreshold: 1 }, 10);
    const exited = Promise.all(started!.workers.map((worker) => new Promise((resolve) => worker.once("exit", resolve))));
    // Every body is in the cache by now: nothing is left to render on the threads.
    await renderArticlesCached(ARTICLES, options);
    const { stats } = await renderArticlesCached(ARTICLES, { ...options, threads: 2, threadThreshold: 1, started });
    expect(stats).toMatchObject({ cached: 4, threads: 0 });
    await exited;
  });
});

describe("prestartRenderThreads", () => {
  it.each([
    ["one thread is asked for", { threads: 1, threadThreshold: 10 }, 100, false],
    ["there are fewer articles than the threshold", { threads: 2, threadThreshold: 200 }, 100, false],
    ["there are enough articles and no cache file", { threads: 2, threadThreshold: 100 }, 100, true],
  ] as const)("starts threads only when worthwhile: %s", async (_when, settings, files, starts) => {
    const started = prestartRenderThreads({ ...options, ...settings }, files);
    expect(started !== undefined).toBe(starts);
    if (started !== undefined) await stopRenderThreads(started);
  });

  it("starts none when a cache file may already hold the bodies", async () => {
    await renderArticlesCached(ARTICLES, options);
    expect(existsSync(cacheFile())).toBe(true);
    expect(prestartRenderThreads({ ...options, threads: 2, threadThreshold: 1 }, 100)).toBeUndefined();
  });
});

describe("a cache file", () => {
  const damage: readonly (readonly [string, (bytes: Buffer) => Buffer])[] = [
    ["cut in half", (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ["missing its last byte", (bytes) => bytes.subarray(0, bytes.length - 1)],
    ["with a flipped byte", (bytes) => flip(bytes, Math.floor(bytes.length / 2))],
    ["that is empty", () => Buffer.alloc(0)],
    ["that is not a cache file", () => Buffer.from("{\"json\": true}\n")],
    ["of another cache format", (bytes) => withFormat(bytes, CACHE_FILE_FORMAT + 1)],
    ["claiming an absurd length", (bytes) => withLengthAt(bytes, 8, 0xfffffff0)],
  ];

  it.each(damage)("%s is ignored and replaced by a sound one", async (_, spoil) => {
    await renderArticlesCached(ARTICLES, options);
    writeFileSync(cacheFile(), spoil(readFileSync(cacheFile())));
    const rebuilt = await renderArticlesCached(ARTICLES, options);
    expect(rebuilt.stats).toMatchObject({ cached: 0, rendered: 4 });
    expect(rebuilt.articles).toEqual(renderArticles(ARTICLES, options));
    expect((await renderArticlesCached(ARTICLES, options)).stats.cached).toBe(4);
  });

  it("reads as empty when the path is a folder", () => {
    const folder = path.join(root, "folder.bin");
    mkdirSync(folder);
    expect(readCacheFile(folder, new Set(["x"])).entries.size).toBe(0);
  });
});

describe("the cache file format", () => {
  it("round-trips entries larger than its read and write buffers", () => {
    const file = path.join(root, "big.bin");
    const html = `<p>${"é".repeat(3_000_000)}</p>`;
    const notes = [{ kind: "element", line: 3, tag: "script", withContent: true }] as const;
    writeCacheFile(file, contentDir, [["big", { html, firstParagraph: "ü", notes }], ["small", { html: "<p>s</p>", firstParagraph: "s", notes: [] }]]);
    const { entries, stored } = readCacheFile(file, new Set(["big", "small"]));
    expect(stored).toBe(2);
    expect(entries.get("big")).toEqual({ html, firstParagraph: "ü", notes });
    expect(entries.get("small")).toEqual({ html: "<p>s</p>", firstParagraph: "s", notes: [] });
  });
});

describe("cache keys", () => {
  const installed = { versions: rendererVersions(), format: RENDER_CACHE_FORMAT, source: stageSource() };
  const options = { allowedIframeHosts: ["www.youtube-nocookie.com"] };

  it("are stable for the same configuration", () => {
    expect(renderConfigKey(options)).toBe(renderConfigKey({ allowedIframeHosts: ["www.youtube-nocookie.com"] }, installed));
  });

  it.each([
    ["another allowed iframe host", { allowedIframeHosts: ["player.vimeo.com"] }, {}],
    ["a markdown-it upgrade", options, { versions: { ...installed.versions, markdownIt: `${installed.versions.markdownIt}-next` } }],
    ["a sanitize-html upgrade", options, { versions: { ...installed.versions, sanitizeHtml: `${installed.versions.sanitizeHtml}-next` } }],
    ["a highlight.js upgrade", options, { versions: { ...installed.versions, highlightJs: `${installed.versions.highlightJs}-next` } }],
    ["a new cache format", options, { format: RENDER_CACHE_FORMAT + 1 }],
    ["an edit to the Markdown stage's code", options, { source: "edited" }],
  ])("change with %s", (_, changedOptions, changedInputs) => {
    const before = renderConfigKey(options, installed);
    const after = renderConfigKey(changedOptions, { ...installed, ...changedInputs });
    expect(after).not.toBe(before);
    expect(bodyKey(after, "Same body.")).not.toBe(bodyKey(before, "Same body."));
  });

  it("name the installed package versions", () => {
    const version = (name: string) =>
      (JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../node_modules/${name}/package.json`), "utf8")) as { version: string }).version;
    expect(installed.versions).toEqual({
      markdownIt: version("markdown-it"),
      sanitizeHtml: version("sanitize-html"),
      highlightJs: version("highlight.js"),
    });
  });

  it("differ for bodies that differ only in one character", () => {
    const config = renderConfigKey(options);
    expect(bodyKey(config, "Body.")).not.toBe(bodyKey(config, "Body!"));
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}

function withFormat(bytes: Buffer, format: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32LE(format, 4);
  return copy;
}

function withLengthAt(bytes: Buffer, at: number, length: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32LE(length, at);
  return copy;
}
