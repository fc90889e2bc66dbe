import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeArchive } from "../../../src/pipeline/prepare-archive";
import { codeFingerprint, pageFingerprints, StructureHasher } from "../../../src/build/reuse/page-fingerprint";
import { loadSiteConfig, type SiteConfig } from "../../../src/config/site-config";
import { outputPathFor } from "../../../src/render/site-files";
import type { Article, ArchiveModel, Page } from "../../../src/model/types";
import type { RenderContext } from "../../../src/render/context";
import { renderAtomFeed } from "../../../src/render/feeds/atom";
import { renderJsonFeed } from "../../../src/render/feeds/json-feed";
import { renderPage } from "../../../src/render/render-page";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const SITE = loadSiteConfig(path.join(FIXTURES, "archive.config.json"), {});

let root: string;
let base: ArchiveModel;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "page-fingerprint-"));
  base = await modelOf(path.join(FIXTURES, "archive"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function modelOf(contentDir: string, site: SiteConfig = SITE): Promise<ArchiveModel> {
  return (await analyzeArchive({ contentDir, site, displayBase: contentDir })).model;
}

const contextOf = (model: ArchiveModel): RenderContext => ({ site: model.site, feeds: model.feeds });
const fingerprintsOf = (model: ArchiveModel) => pageFingerprints(model, contextOf(model));

function allPages(model: ArchiveModel): Page[] {
  const { articles, indexes, directories, notFound, search } = model.pages;
  return [...articles, ...indexes, ...directories, notFound, search];
}

/** What the build writes for every page and feed, rendered the way the Eleventy plugin renders them. */
function outputsOf(model: ArchiveModel, context: RenderContext = contextOf(model)): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const page of allPages(model)) outputs.set(outputPathFor(page.path), renderPage(page, context));
  for (const feed of model.feeds) {
    outputs.set(feed.path, feed.format === "atom" ? renderAtomFeed(feed, model.site) : renderJsonFeed(feed, model.site));
  }
  return outputs;
}

/** A copy of the fixture archive with `edit` applied to it. */
let copies = 0;
async function editedModel(edit: (dir: string) => void): Promise<ArchiveModel> {
  const dir = path.join(root, `content-${++copies}`);
  cpSync(path.join(FIXTURES, "archive"), dir, { recursive: true });
  edit(dir);
  return modelOf(dir);
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`test setup: ${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

const EDITS: readonly (readonly [string, (dir: string) => void])[] = [
  ["an edited title", (dir) => replaceIn(path.join(dir, "2023/december.md"), "Year-end trade figures", "Year-end trade data")],
  ["an edited body", (dir) => replaceIn(path.join(dir, "2023/december.md"), "Exports rose", "Imports rose")],
  ["changed topics", (dir) => replaceIn(path.join(dir, "2024/spring/budget.md"), "tags: [Economy, Elections]", "tags: [Economy, Space]")],
  [
    "a new article in the busiest topic",
    (dir) =>
      writeFileSync(
        path.join(dir, "2023/new-report.md"),
        "---\ntitle: A new report\ndate: 2023-10-02\nsource: AP\ntags: [Economy, North Korea]\n---\nFresh news.\n",
      ),
  ],
  ["a removed article", (dir) => rmSync(path.join(dir, "2023/late-evening.md"))],
  [
    // A new topic brings a new feed, which only its own pages announce.
    "a new article with a topic and a source of its own",
    (dir) =>
      writeFileSync(
        path.join(dir, "2023/harbour.md"),
        "---\ntitle: Harbour dredging begins\ndate: 2023-10-03\nsource: Port Gazette\ntags: [Harbours]\n---\nWork started.\n",
      ),
  ],
];

describe("pageFingerprints", () => {
  it("has one fingerprint per page and feed of the model", () => {
    const expected = [...allPages(base).map((page) => outputPathFor(page.path)), ...base.feeds.map((feed) => feed.path)];
    expect([...fingerprintsOf(base).keys()].sort()).toEqual(expected.sort());
  });

  it("is the same for the same content", async () => {
    expect(fingerprintsOf(await modelOf(path.join(FIXTURES, "archive")))).toEqual(fingerprintsOf(base));
  });

  it.each(EDITS)("after %s, changes for every page whose output changed, and not for all", async (_, edit) => {
    const after = await editedModel(edit);
    const [oldPrints, newPrints] = [fingerprintsOf(base), fingerprintsOf(after)];
    const [oldOutputs, newOutputs] = [outputsOf(base), outputsOf(after)];
    const missed = [...newOutputs.keys()].filter(
      (page) => oldOutputs.has(page) && oldOutputs.get(page) !== newOutputs.get(page) && oldPrints.get(page) === newPrints.get(page),
    );
    expect(missed).toEqual([]);
    const kept = [...newPrints].filter(([page, print]) => oldPrints.get(page) === print);
    expect(kept.length).toBeGreaterThan(newPrints.size / 4);
  });

  it("changes for every page when a site setting changes", async () => {
    const renamed = await modelOf(path.join(FIXTURES, "archive"), { ...SITE, title: "Renamed Archive" });
    const [oldPrints, newPrints] = [fingerprintsOf(base), fingerprintsOf(renamed)];
    expect([...newPrints].filter(([page, print]) => oldPrints.get(page) === print)).toEqual([]);
  });
});

// The fingerprints leave out two things pages are assumed not to show. These tests hold the
// layouts to that: if one fails, a layout now shows it, and page-fingerprint.ts must count it.
describe("what the fingerprints leave out is not rendered", () => {
  it("pages render the same whatever articles the feeds hold", () => {
    const emptyFeeds = { site: base.site, feeds: base.feeds.map((feed) => ({ ...feed, articles: [] })) };
    expect(outputsOf(base, emptyFeeds)).toEqual(outputsOf(base));
  });

  it("pages render the same whatever feeds exist for other pages", () => {
    const other = { ...base.feeds[0]!, path: "/topics/elsewhere/feed.xml", pagePath: "/topics/elsewhere/" };
    expect(outputsOf(base, { site: base.site, feeds: [...base.feeds, other] })).toEqual(outputsOf(base));
  });

  it("pages and feeds render an article's topics and source without their counts", () => {
    const known = new Set<object>(base.articles);
    const recount = (article: Article): Article => ({
      ...article,
      topics: article.topics.map((topic) => ({ ...topic, count: topic.count + 1000 })),
      source: { ...article.source, count: article.source.count + 1000 },
    });
    const recounted = mapArticles(base, known, recount) as ArchiveModel;
    expect(recounted.pages.articles[0]!.article.topics[0]!.count).toBeGreaterThan(1000);
    expect(outputsOf(recounted, contextOf(recounted))).toEqual(outputsOf(base));
  });
});

/** A copy of `value` in which every article of `known` is replaced by `change(article)`. */
function mapArticles(value: unknown, known: ReadonlySet<object>, change: (article: Article) => Article): unknown {
  if (Array.isArray(value)) return value.map((item) => mapArticles(item, known, change));
  if (value === null || typeof value !== "object" || DateTime.isDateTime(value)) return value;
  if (known.has(value)) return change(value as Article);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapArticles(item, known, change)]));
}

describe("StructureHasher", () => {
  const date = (zone: string) => DateTime.fromISO("2024-03-14T12:00:00Z").setZone(zone);

  it.each([
    ["equal objects built apart", { a: 1, b: ["x", { c: true }] }, { b: ["x", { c: true }], a: 1 }, true],
    ["a changed nested value", { a: { b: "x" } }, { a: { b: "y" } }, false],
    ["a string and a number", { a: "1" }, { a: 1 }, false],
    ["a missing and an undefined key", { a: 1 }, { a: 1, b: undefined }, false],
    ["strings that only differ where a naive join would blur them", { a: "x,y" }, { a: "x", b: "y" }, false],
    ["one instant in two zones", { at: date("UTC") }, { at: date("Asia/Tokyo") }, false],
    ["one instant in one zone", { at: date("Asia/Tokyo") }, { at: date("Asia/Tokyo") }, true],
    ["long strings that differ at the end", { a: `${"x".repeat(500)}1` }, { a: `${"x".repeat(500)}2` }, false],
  ])("%s: equal tokens %s", (_, left, right, equal) => {
    const hasher = new StructureHasher();
    expect(hasher.token(left) === hasher.token(right)).toBe(equal);
  });

  it("refuses data it cannot fingerprint faithfully", () => {
    expect(() => new StructureHasher().token({ lookup: new Map([["a", 1]]) })).toThrow(/cannot fingerprint a Map/);
  });
});

describe("codeFingerprint", () => {
  it("changes when any source file changes", () => {
    const project = path.join(root, "project");
    for (const part of ["src", "layouts"]) cpSync(path.resolve(FIXTURES, "../..", part), path.join(project, part), { recursive: true });
    const before = codeFingerprint(project);
    expect(codeFingerprint(project)).toBe(before);
    writeFileSync(path.join(project, "layouts/Base.tsx"), `${readFileSync(path.join(project, "layouts/Base.tsx"), "utf8")}\n`);
    expect(codeFingerprint(project)).not.toBe(before);
  });
});
