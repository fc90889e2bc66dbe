// Property: whatever bytes article files hold — odd YAML, any Unicode, huge or
// deeply nested values — the pipeline builds the good ones (every page renders)
// and reports the rest as diagnostics naming the file, thrown only as a
// ContentError. Nothing else may be thrown.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeArchive, prepareArchive } from "../../src/pipeline/prepare-archive";
import { resolveSiteConfig } from "../../src/config/site-config";
import { ContentError, type Diagnostic } from "../../src/diagnostics";
import type { Page } from "../../src/model/types";
import { renderPage } from "../../src/render/render-page";

const site = resolveSiteConfig({ title: "Property Archive", timezone: "Asia/Seoul", pageSize: 2 }, "site.config.json");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "archive-property-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ASTRAL = ["😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎𠜱", "🏳️‍🌈", "👩‍👩‍👧", "\u{10FFFF}"];
const RTL = ["שלום עולם", "مرحبا بالعالم", "\u202Eevil\u202C", "\u200Fע", "北한 ﷽"];
const TRICKY = [
  "", " ", "\t", "---", "...", "#", "&anchor", "*alias", "!!str", "'", '"', ":", "- x", "? k", "|", ">", "\\", "{", "[",
  "\u0000", "\u0085", "\u2028", "\uFEFF", "<script>alert(1)</script>", "../../x", "/etc/passwd", "C:\\x", "%00",
  "null", "~", "yes", "NO", "0x1F", "1e3", ".inf", ".NaN", "2023-02-30", "2023-08-06", "2023-08-06T25:00", "20230806",
  "__proto__", "constructor", "toString",
];

const oddText = fc.oneof(
  { weight: 10, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 6, arbitrary: fc.constantFrom(...ASTRAL, ...RTL, ...TRICKY) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("ä", "𠜎", "a ", "ع"), fc.integer({ min: 1_000, max: 50_000 })).map(([s, n]) => s.repeat(n)) },
);

const sensibleText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");

const yamlValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    oddText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(oddText, tie("value"), { maxKeys: 4 }),
  ),
})).value;

const validDate = fc
  .tuple(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), fc.boolean())
  .map(([date, dateOnly]) => (dateOnly ? date.toISOString().slice(0, 10) : date.toISOString()));
const oddDate = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.option(fc.constantFrom("T09:30", "T23:59:59Z", "T00:00+14:00", " 12:00 -05", "T24:00", "T12:00+25:00")))
  .map(([y, m, d, time]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}${time ?? ""}`);

const sometimes = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 12, arbitrary: usual as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: odd });

/** Front matter with the known keys: mostly values that build, so pages get rendered, now and then anything. */
const knownKeys = fc.record(
  {
    title: sometimes(sensibleText, yamlValue),
    date: sometimes(validDate, fc.oneof(oddDate, yamlValue)),
    source: sometimes(
      fc.oneof(sensibleText, fc.record({ name: sensibleText, url: fc.webUrl() }, { requiredKeys: ["name"] })),
      fc.oneof(yamlValue, fc.record({ name: yamlValue, url: oddText, extra: oddText }, { requiredKeys: [] })),
    ),
    tags: sometimes(fc.array(oddText, { maxLength: 5 }), fc.oneof(oddText, yamlValue)),
    summary: sometimes(sensibleText, yamlValue),
    author: sometimes(sensibleText, oddText),
    slug: sometimes(sensibleText, oddText),
    updated: sometimes(validDate, fc.oneof(oddDate, yamlValue)),
    original_url: sometimes(fc.webUrl(), oddText),
    draft: sometimes(fc.boolean(), yamlValue),
  },
  { requiredKeys: ["title", "date", "source"] },
);
const structured = fc
  .tuple(
    knownKeys,
    fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("title", "date", "source") }),
    fc.dictionary(oddText, yamlValue, { maxKeys: 2 }),
  )
  .map(([known, dropped, extra]) => {
    const data: Record<string, unknown> = { ...extra, ...known };
    if (dropped !== undefined) delete data[dropped];
    return stringify(data, { lineWidth: 0 });
  });

const RAW_LINES = [
  "title: &t Shared title", "summary: *t", "author: *missing", "<<: {title: merged}", "? [complex, key]\n: value",
  "title: !!str 123", "date: !!timestamp 2023-01-01", "date: !!int 20230101", "tags: !custom [a, b]", "source: !!binary aGVsbG8=",
  "--- second document", "%YAML 1.2", "date: 2023-08-06", "date: 20230806", "date: 1.5e9", "title: 'it''s'", 'title: "unterminated',
  "title: {a: [b, {c: d}]}", "\ttitle: tab indent", "  indented: true", "title: x\r", "date: 2023-08-06 09:30 +02",
  "tags: [a, [b, [c]]]", "tags: {a: b}", "source: {name: A, url: 'javascript:x'}", "draft: yes", "draft: true", "draft: ~",
  "title:", "title: null", "title: 0o17", "title: .inf", "__proto__: {polluted: true}", "constructor: x", "title: one\ntitle: two",
  "source: Wire", "title: Plain title", "tags: [North Korea, 북한, north  korea]",
];
const rawLine = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RAW_LINES) },
  { weight: 2, arbitrary: fc.tuple(oddText, oddText).map(([key, value]) => `${key}: ${value}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((depth) => `tags: ${"[".repeat(depth)}x${"]".repeat(depth)}`) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 80 })
      .map((depth) => `nested:\n${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} end`),
  },
);
const rawYaml = fc.array(rawLine, { maxLength: 8 }).map((lines) => lines.join("\n"));

const frontMatter = fc.oneof(
  { weight: 5, arbitrary: structured },
  { weight: 2, arbitrary: rawYaml },
  { weight: 1, arbitrary: fc.tuple(structured, rawYaml).map(([a, b]) => `${a}\n${b}`) },
);

const body = fc.oneof(
  { weight: 3, arbitrary: oddText },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.oneof(
          oddText,
          fc.constantFrom(
            "# Heading", "> quote", "- item\n  - nested", "```js\ncode\n```", "<script>alert(1)</script>",
            "<iframe src=https://evil.example></iframe>", "[x](javascript:alert(1))", "![i](data:image/png;base64,AAAA)",
            "| a | b |\n| - | - |\n| 1 | 2 |", "<div>\n\n*unclosed", "&#x202E;", "---", "...", "\\", "<!--",
          ),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join("\n\n")),
  },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 100_000 }).map((n) => "word ".repeat(n / 5)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 500 }).map((n) => `${"> ".repeat(n)}deep`) },
);

const fileBytes = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(frontMatter, body, fc.boolean(), fc.boolean()).map(([yaml, text, bom, crlf]) => {
      let file = `---\n${yaml}\n---\n${text}`;
      if (crlf) file = file.replace(/\n/g, "\r\n");
      return Buffer.from(bom ? `\uFEFF${file}` : file, "utf8");
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }).map((text) => Buffer.from(text, "utf8")) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
);

function expectWellFormed(d: Diagnostic, files: ReadonlyMap<string, Buffer>): void {
  const bytes = files.get(d.file);
  expect(bytes, `diagnostic names ${d.file}, not a generated file`).toBeDefined();
  expect(["error", "warning"]).toContain(d.severity);
  expect(d.message.trim()).not.toBe("");
  expect(d.message).not.toContain("[object Object]");
  if (d.line !== undefined) {
    const lines = bytes!.toString("latin1").split(/\r\n|\r|\n/).length;
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}`).toBe(true);
    expect(d.column === undefined || (Number.isInteger(d.column) && d.column >= 1)).toBe(true);
  }
}

function allPages(pages: { articles: readonly Page[]; indexes: readonly Page[]; directories: readonly Page[]; notFound: Page; search: Page }): Page[] {
  return [...pages.articles, ...pages.indexes, ...pages.directories, pages.notFound, pages.search];
}

describe("any article file", () => {
  it("builds, or yields diagnostics naming the file (thrown only as a ContentError); nothing else is thrown", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileBytes, { minLength: 1, maxLength: 3 }), fc.boolean(), async (contents, includeDrafts) => {
        for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
        const files = new Map<string, Buffer>(contents.map((bytes, i) => [`article-${i + 1}.md`, bytes]));
        for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);

        const options = { contentDir: dir, site, includeDrafts, displayBase: dir };
        const { model, diagnostics } = await analyzeArchive(options);
        for (const d of diagnostics) expectWellFormed(d, files);

        const prepared = await prepareArchive(options).then(
          (result) => result,
          (error: unknown) => {
            if (!(error instanceof ContentError)) throw error;
            return error;
          },
        );
        if (prepared instanceof ContentError) {
          expect(prepared.diagnostics).toEqual(diagnostics);
          expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
        } else {
          expect(prepared.warnings).toEqual(diagnostics);
          expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
        }

        // The model holds the articles without errors; every one of its pages must render.
        const context = { site: model.site, feeds: model.feeds };
        for (const page of allPages(model.pages)) {
          expect(renderPage(page, context).startsWith("<!doctype html>\n<html")).toBe(true);
        }
        for (const article of model.articles) {
          expect(files.has(article.relativePath)).toBe(true);
          expect(article.path).toMatch(/^\/\d{4}\/\d{2}\/\d{2}\/[\p{L}\p{M}\p{N}-]+\/$/u);
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
