import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOPIC_COUNT } from "../../../bench/corpus";
import {
  archiveCacheDir,
  GENERATOR_VERSION,
  ensureArchive,
  generateArchive,
  newArticle,
  nextArticle,
  writeArchive,
  writePhotos,
  type GeneratedFile,
} from "../../../bench/generate";
import { analyzeArchive } from "../../../src/pipeline/prepare-archive";
import { resolveSiteConfig } from "../../../src/config/site-config";
import { discoverArticleFiles } from "../../../src/content/discover";
import { loadContent } from "../../../src/content/load-content";

const generate = (count: number, seed: number): GeneratedFile[] => [...generateArchive({ count, seed })];

async function articlePaths(dir: string): Promise<string[]> {
  return (await discoverArticleFiles(dir)).files.map((file) => file.relativePath);
}

function frontMatterValue(file: GeneratedFile, key: string): string | undefined {
  return new RegExp(`^${key}: (.*)$`, "m").exec(file.text)?.[1];
}

function tagsOf(file: GeneratedFile): string[] {
  const raw = frontMatterValue(file, "tags") ?? "";
  return raw.replace(/^[["]|[\]"]$/g, "").split(", ");
}

/** Words of the body as a reader sees them: link targets, Markdown markers and code are not words. */
function bodyWordCount(file: GeneratedFile): number {
  const body = file.text.slice(file.text.indexOf("\n---\n", 4) + 5);
  return body.replace(/^```[^]*?^```$/gm, " ").replace(/\]\([^)]*\)/g, " ").match(/\p{L}+/gu)?.length ?? 0;
}

describe("generateArchive", () => {
  it("gives the same files, byte for byte, for the same seed and count", () => {
    expect(generate(40, 7)).toEqual(generate(40, 7));
  });

  it.each([
    [1, 2],
    [7, 8],
    [0, 123_456],
  ])("gives different files for seeds %i and %i", (a, b) => {
    const first = generate(20, a);
    const second = generate(20, b);
    first.forEach((file, i) => {
      expect(file.text).not.toEqual(second[i]!.text);
    });
  });

  it.each([1, 25, 300])("generates exactly %i articles at distinct paths", (count) => {
    const files = generate(count, 3);
    expect(files).toHaveLength(count);
    expect(new Set(files.map((file) => file.relativePath)).size).toBe(count);
  });

  it("adds a new article dated after every article of the archive, in that date's folder", () => {
    const archive = [...generateArchive({ count: 200, seed: 3 })];
    const added = newArticle({ count: 200, seed: 3 });
    const dateOf = (text: string) => /^date: (.*)$/m.exec(text)![1]!;
    const newest = Math.max(...archive.map((file) => Date.parse(dateOf(file.text))));
    expect(Date.parse(dateOf(added.text))).toBeGreaterThan(newest);
    expect(added.relativePath).toMatch(/^2026\/01\/[^/]+\.md$/);
    expect(added.text.replace(/^date: .*$/m, "")).toBe(nextArticle({ count: 200, seed: 3 }).text.replace(/^date: .*$/m, ""));
  });

  it("makes a smaller archive the start of a larger one, and nextArticle the article after it", () => {
    const large = generate(30, 5);
    expect(generate(20, 5)).toEqual(large.slice(0, 20));
    expect(nextArticle({ count: 20, seed: 5 })).toEqual(large[20]);
  });

  it("places files in year/month folders matching their date", () => {
    for (const file of generate(200, 11)) {
      const [year, month] = file.relativePath.split("/");
      expect(frontMatterValue(file, "date")).toMatch(new RegExp(`^${year}-${month}-\\d\\d`));
      expect(Number(year)).toBeGreaterThanOrEqual(2004);
      expect(Number(year)).toBeLessThanOrEqual(2025);
    }
  });

  it("writes mostly calendar dates, and some date-times with and without a UTC offset", () => {
    const dates = generate(1000, 2).map((file) => frontMatterValue(file, "date")!);
    const dateOnly = dates.filter((date) => /^\d{4}-\d\d-\d\d$/.test(date)).length;
    const withOffset = dates.filter((date) => /T\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(date)).length;
    const withoutOffset = dates.filter((date) => /T\d\d:\d\d:\d\d$/.test(date)).length;
    expect(dateOnly + withOffset + withoutOffset).toBe(dates.length);
    expect(dateOnly).toBeGreaterThan(dates.length / 2);
    expect(withOffset).toBeGreaterThan(0);
    expect(withoutOffset).toBeGreaterThan(0);
  });

  it("gives every article 1 to 5 distinct topics and a body of 300 to 900 words with headings, lists, quotes, links and code", () => {
    const files = generate(300, 4);
    for (const file of files) {
      const tags = tagsOf(file);
      expect(tags.length).toBeGreaterThanOrEqual(1);
      expect(tags.length).toBeLessThanOrEqual(5);
      expect(new Set(tags).size).toBe(tags.length);
      const words = bodyWordCount(file);
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(900);
    }
    const all = files.map((file) => file.text).join("\n");
    for (const marker of [/^## \S/m, /^- \S/m, /^> \S/m, /\[[^\]]+\]\(https:\/\/[^)]+\)/, /^```python\n[^]+?\n```$/m]) {
      expect(all).toMatch(marker);
    }
  });

  it("draws topics Zipf-like: the top topic is far more common than the median one", () => {
    const counts = new Map<string, number>();
    for (const file of generate(3000, 9)) for (const tag of tagsOf(file)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top = sorted[0]!;
    const medianCount = sorted[Math.floor(sorted.length / 2)]!;
    expect(counts.size).toBeGreaterThan(TOPIC_COUNT * 0.8);
    expect(counts.size).toBeLessThanOrEqual(TOPIC_COUNT);
    expect(top).toBeGreaterThan(20 * medianCount);
    // The head is steep: the second topic is well behind the first, the tenth far behind.
    expect(sorted[1]!).toBeLessThan(top * 0.75);
    expect(sorted[9]!).toBeLessThan(top * 0.25);
  });
});

describe("a generated archive on disk", () => {
  const COUNT = 200;
  let root: string;
  let dir: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "bench-generate-"));
    dir = path.join(root, "content");
    writeArchive(dir, { count: COUNT, seed: 1 });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is read by the content loader with zero diagnostics", async () => {
    const loaded = await loadContent({ contentDir: dir, zone: "UTC", includeDrafts: false, displayBase: root });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.articles).toHaveLength(COUNT);
    expect(loaded.articles.filter((article) => article.summary !== undefined).length).toBeGreaterThan(0);
    expect(loaded.articles.filter((article) => article.author !== undefined).length).toBeGreaterThan(0);
    expect(loaded.articles.filter((article) => article.source.url !== undefined).length).toBeGreaterThan(0);
  });

  it("builds into a model without duplicate paths or slug collisions", async () => {
    const site = resolveSiteConfig({ timezone: "UTC", pageSize: 20 }, "bench.config.json");
    const { model, diagnostics } = await analyzeArchive({ contentDir: dir, site, displayBase: root });
    expect(diagnostics).toEqual([]);
    expect(model.articles).toHaveLength(COUNT);
  });

  it("is written identically a second time", async () => {
    const again = path.join(root, "again");
    expect(writeArchive(again, { count: COUNT, seed: 1 })).toBe(COUNT);
    const files = await articlePaths(dir);
    expect(await articlePaths(again)).toEqual(files);
    expect(files).toHaveLength(COUNT);
    for (const file of files) {
      expect(readFileSync(path.join(again, file))).toEqual(readFileSync(path.join(dir, file)));
    }
  });
});

describe("ensureArchive", () => {
  let cacheRoot: string;
  beforeAll(() => {
    cacheRoot = mkdtempSync(path.join(tmpdir(), "bench-cache-"));
  });
  afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }));

  it("generates into <count>-<seed>-v<generator version>/ once, then reuses it", async () => {
    const spec = { count: 12, seed: 42 };
    const first = await ensureArchive(spec, cacheRoot);
    expect(first).toEqual({ dir: path.join(cacheRoot, `12-42-v${GENERATOR_VERSION}`), generated: true });
    expect(archiveCacheDir(spec, cacheRoot)).toBe(first.dir);
    expect(await articlePaths(first.dir)).toHaveLength(12);
    expect(await ensureArchive(spec, cacheRoot)).toEqual({ dir: first.dir, generated: false });
    expect(readdirSync(cacheRoot)).toEqual([`12-42-v${GENERATOR_VERSION}`]);
  });
});

describe("an archive with images", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "bench-images-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("shows a photo beside one article in ten, after the lead paragraph, and writes the same photo every time", async () => {
    const spec = { count: 21, seed: 4, images: true };
    const files = [...generateArchive(spec)];
    expect(files.map((file, index) => (file.image === undefined ? -1 : index)).filter((index) => index >= 0)).toEqual([0, 10, 20]);
    const first = files[0]!;
    expect(first.image).toBe(first.relativePath.replace(/\.md$/, "/photo.jpg"));
    const body = first.text.slice(first.text.indexOf("---\n", 4) + 4);
    expect(body.split("\n\n")[1]).toMatch(/^!\[[^\]]+\]\([^/]+\/photo\.jpg "[^"]+"\)$/);
    // Without images the same articles, without the photo.
    expect([...generateArchive({ count: 21, seed: 4 })][0]!.text).toBe(first.text.replace(/\n\n!\[[^\n]*\)/, ""));

    expect(await writePhotos(path.join(root, "a"), { count: 11, seed: 4, images: true })).toBe(2);
    await writePhotos(path.join(root, "b"), { count: 11, seed: 4, images: true });
    const photo = (dir: string) => readFileSync(path.join(root, dir, files[10]!.image!));
    expect(photo("a")).toEqual(photo("b"));
    expect(photo("a").equals(readFileSync(path.join(root, "a", first.image!)))).toBe(false);
    expect(archiveCacheDir(spec, root)).toBe(path.join(root, `21-4-images-v${GENERATOR_VERSION}`));
  });
});
