import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticleFile, loadContent, toDisplayPath } from "../../../src/content/load-content";
import { ContentError, type Diagnostic } from "../../../src/diagnostics";

const REPO = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const BAD = join(REPO, "tests/fixtures/bad");
const CONTENT_UNIT = join(REPO, "tests/fixtures/content-unit");

describe("loadContent over tests/fixtures/bad", () => {
  let result: Awaited<ReturnType<typeof loadContent>>;
  beforeAll(async () => {
    result = await loadContent({ contentDir: BAD, zone: "Europe/London", includeDrafts: false, displayBase: REPO });
  });

  const shown = (name: string): string => `tests/fixtures/bad/${name}`;

  it.each<[string, Diagnostic["severity"], number, number, string]>([
    ["yaml-syntax-error.md", "error", 3, 10, "front matter is not valid YAML: unexpected `key: value` inside a value"],
    ["no-front-matter.md", "error", 1, 1, "no front matter: expected the file to start with a `---` line"],
    ["missing-title.md", "error", 1, 1, "title: missing"],
    ["empty-title.md", "error", 2, 1, "title: expected text, got an empty value"],
    ["missing-date.md", "error", 1, 1, "date: missing"],
    ["impossible-date.md", "error", 4, 1, "date: `2023-02-30` is not a real calendar date"],
    ["unparseable-date.md", "error", 5, 1, "date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got `yesterday`"],
    ["tags-number.md", "error", 5, 1, "tags: expected a list of topics"],
    ["title-list.md", "error", 2, 1, "title: expected text, got a list"],
    ["empty.md", "error", 1, 1, "file is empty"],
    ["not-utf8.md", "error", 7, 53, "not valid UTF-8 text: first bad byte 0xff at line 7, column 53"],
    ["unknown-key-typo.md", "warning", 2, 1, "unknown key `tittle` is ignored; did you mean `title`?"],
  ])("%s: %s at %i:%i", (name, severity, line, column, fragment) => {
    const found = result.diagnostics.filter((d) => d.file === shown(name) && d.message.includes(fragment));
    expect(found, JSON.stringify(result.diagnostics.filter((d) => d.file === shown(name)))).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, line, column });
  });

  it("gives one diagnostic per bad file, except the typo file that also lacks its title and the file of four control characters", () => {
    const perFile = new Map<string, number>();
    for (const d of result.diagnostics) perFile.set(d.file, (perFile.get(d.file) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({
      [shown("control-characters.md")]: 4,
      [shown("empty-title.md")]: 1,
      [shown("empty.md")]: 1,
      [shown("impossible-date.md")]: 1,
      [shown("missing-date.md")]: 1,
      [shown("missing-title.md")]: 1,
      [shown("no-front-matter.md")]: 1,
      [shown("not-utf8.md")]: 1,
      [shown("tags-number.md")]: 1,
      [shown("title-list.md")]: 1,
      [shown("unknown-key-typo.md")]: 2,
      [shown("unparseable-date.md")]: 1,
      [shown("yaml-syntax-error.md")]: 1,
      [shown("year-10000.md")]: 1,
      [shown("year-zero.md")]: 1,
    });
    expect(result.diagnostics.find((d) => d.file === shown("unknown-key-typo.md") && d.severity === "error")?.message).toContain(
      "title: missing",
    );
  });

  it("loads only the good file, bom-crlf.md, cleanly", () => {
    expect(result.articles).toHaveLength(1);
    const article = result.articles[0]!;
    expect(article).toMatchObject({
      relativePath: "bom-crlf.md",
      displayPath: shown("bom-crlf.md"),
      title: "Storm warning lifted for the coast",
      dateOnly: false,
      source: { name: "Island Courier", url: "https://courier.example.org" },
      tags: ["Weather", "Coast"],
      slug: "bom-crlf",
      body: "Forecasters lifted the warning on Monday evening.\n\nFerries will sail again from Tuesday morning.\n",
      bodyLine: 11,
    });
    expect(article.date.toISO()).toBe("2023-10-02T18:45:00.000+01:00");
    expect(article.date.zoneName).toBe("Europe/London");
  });
});

describe("loadContent over tests/fixtures/content-unit", () => {
  it("returns the articles in relative-path order and skips drafts with their problems", async () => {
    const { articles, diagnostics } = await loadContent({ contentDir: CONTENT_UNIT, zone: "America/New_York", includeDrafts: false, displayBase: REPO });
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.relativePath, a.slug, a.date.toISODate()])).toEqual([
      ["2023/08/ferry-timetable.md", "ferry-winter-2023", "2023-08-06"],
      ["2023/08/harbour-strike.md", "harbour-strike", "2023-08-06"],
      ["2024/leap-day-budget.md", "leap-day-budget", "2024-02-29"],
      ["Zebra-crossing.md", "Zebra-crossing", "2022-05-10"],
    ]);
    expect(articles[0]?.tags).toEqual(["Transport", "Winter Schedules"]);
    expect(articles[1]?.tags).toEqual(["Labour", "Shipping"]);
    expect(articles[2]?.updated?.toISO()).toBe("2024-03-01T03:00:00.000-05:00");
  });

  it("validates drafts when they are included", async () => {
    const { articles, diagnostics } = await loadContent({ contentDir: CONTENT_UNIT, zone: "UTC", includeDrafts: true, displayBase: REPO });
    expect(articles).toHaveLength(4);
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.message.split(";")[0]])).toEqual([
      ["tests/fixtures/content-unit/drafts/unfinished.md", 1, 1, "date: missing"],
      ["tests/fixtures/content-unit/drafts/unfinished.md", 1, 1, "source: missing"],
    ]);
  });

  it("tells how many article files it found before it reads any", async () => {
    const counts: number[] = [];
    const { articles, diagnostics } = await loadContent({
      contentDir: CONTENT_UNIT,
      zone: "UTC",
      includeDrafts: true,
      onFiles: (count) => counts.push(count),
    });
    // Every file found becomes an article or a diagnostic; the count is of files, not of valid articles.
    expect(counts).toHaveLength(1);
    expect(counts[0]).toBeGreaterThanOrEqual(articles.length);
    expect(counts[0]).toBeLessThanOrEqual(articles.length + diagnostics.length);
  });

  it("shows paths relative to the working directory by default", async () => {
    expect(process.cwd()).toBe(REPO);
    const { articles } = await loadContent({ contentDir: CONTENT_UNIT, zone: "UTC", includeDrafts: false });
    expect(articles[0]?.displayPath).toBe("tests/fixtures/content-unit/2023/08/ferry-timetable.md");
  });

  it("shows paths relative to displayBase", async () => {
    const { articles } = await loadContent({ contentDir: CONTENT_UNIT, zone: "UTC", includeDrafts: false, displayBase: join(CONTENT_UNIT, "2024") });
    expect(articles.map((a) => a.displayPath)).toEqual([
      "../2023/08/ferry-timetable.md",
      "../2023/08/harbour-strike.md",
      "leap-day-budget.md",
      "../Zebra-crossing.md",
    ]);
  });
});

describe("loadContent: content folder problems", () => {
  it.each([
    ["a missing folder", "tests/fixtures/no-such-folder", "content folder does not exist"],
    ["a file instead of a folder", "tests/fixtures/bad/empty.md", "content folder is a file"],
  ])("throws a ContentError for %s", async (_label, dir, fragment) => {
    const attempt = loadContent({ contentDir: join(REPO, dir), zone: "UTC", includeDrafts: false, displayBase: REPO });
    await expect(attempt).rejects.toBeInstanceOf(ContentError);
    await expect(attempt).rejects.toMatchObject({ diagnostics: [{ severity: "error", file: dir, message: expect.stringContaining(fragment) }] });
  });
});

describe("loadContent: many files", () => {
  let root = "";
  const count = 300;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "load-content-"));
    for (let i = 0; i < count; i++) {
      const folder = join(root, String(2000 + (i % 7)));
      await mkdir(folder, { recursive: true });
      const date = `${2000 + (i % 7)}-01-${String((i % 28) + 1).padStart(2, "0")}`;
      await writeFile(join(folder, `story-${String(i).padStart(4, "0")}.md`), `---\ntitle: Story ${i}\ndate: ${date}\nsource: Wire\n---\nText ${i}.\n`);
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("keeps the relative-path order across read batches", async () => {
    const { articles, diagnostics } = await loadContent({ contentDir: root, zone: "UTC", includeDrafts: false, displayBase: root });
    expect(diagnostics).toEqual([]);
    const paths = articles.map((a) => a.relativePath);
    expect(paths).toHaveLength(count);
    expect(paths).toEqual([...paths].sort());
    expect(articles.every((a) => a.body === `Text ${a.title.slice("Story ".length)}.\n`)).toBe(true);
  });
});

describe("loadArticleFile", () => {
  const file = (text: string) => ({ relativePath: "a/draft-story.md", displayPath: "content/a/draft-story.md", bytes: Buffer.from(text) });
  const draft = "---\ntitle: Half-written\ndraft: true\n---\n";

  it("skips a draft, problems included, when drafts are excluded", () => {
    expect(loadArticleFile(file(draft), "UTC", false)).toEqual({ diagnostics: [] });
  });

  it("validates a draft when drafts are included", () => {
    const outcome = loadArticleFile(file(draft), "UTC", true);
    expect(outcome.article).toBeUndefined();
    expect(outcome.diagnostics.map((d) => d.message.split(";")[0])).toEqual(["date: missing", "source: missing"]);
  });

  it("keeps a complete draft when drafts are included", () => {
    const outcome = loadArticleFile(file(`---\ntitle: Ready\ndate: 2023-01-01\nsource: Wire\ndraft: true\n---\n`), "UTC", true);
    expect(outcome.article?.draft).toBe(true);
  });

  it("does not treat `draft: false` as a draft", () => {
    const outcome = loadArticleFile(file(`---\ntitle: Ready\ndate: 2023-01-01\nsource: Wire\ndraft: false\n---\n`), "UTC", false);
    expect(outcome.article?.title).toBe("Ready");
  });
});

describe("toDisplayPath", () => {
  it.each([
    ["/site", "/site/content/2023/kim.md", "content/2023/kim.md"],
    ["/site/content", "/site/content/kim.md", "kim.md"],
    ["/site/other", "/site/content/kim.md", "../content/kim.md"],
    ["/site", "/site", "."],
  ])("%s + %s → %s", (base, path, shown) => {
    expect(toDisplayPath(base, path)).toBe(shown);
  });
});
