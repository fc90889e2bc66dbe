// Import, the writer: articles land at <year>/<slug>.md or as a bundle, an
// existing file or URL is never overwritten, a dry run writes nothing, and
// nothing is written that `check` would refuse. Also the report it makes.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_ARCHIVE, readExistingArchive } from "../../../src/import/existing-archive";
import { importExitCode, reportLines, summaryLine } from "../../../src/import/import-report";
import type { ArticleFields, ImportedArticle } from "../../../src/import/types";
import { writeArticles, type WriteOptions } from "../../../src/import/write-articles";

let root: string;
let content: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "import-write-"));
  content = path.join(root, "content");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function article(fields: Partial<ArticleFields> = {}, extra: Partial<ImportedArticle> = {}): ImportedArticle {
  return {
    from: { file: "in/story.txt" },
    fields: { title: "Ferry fares rise", date: "2024-03-01", source: "AP", tags: ["Ferries"], slug: "ferry-fares-rise", aliases: [], ...fields },
    body: "Fares rise in April.",
    files: [],
    notes: [],
    ...extra,
  };
}

const options = (more: Partial<WriteOptions> = {}): WriteOptions => ({ contentDir: content, zone: "Asia/Seoul", existing: EMPTY_ARCHIVE, displayBase: root, ...more });
const read = (relative: string) => readFileSync(path.join(content, relative), "utf8");

describe("writeArticles", () => {
  it("writes <year>/<slug>.md in the site timezone's year, with front matter and body", () => {
    const outcomes = writeArticles([article({ date: "2023-12-31T20:00:00Z" })], options());
    expect(outcomes).toEqual([expect.objectContaining({ kind: "written", file: "content/2024/ferry-fares-rise.md", url: "/2024/01/01/ferry-fares-rise/" })]);
    expect(read("2024/ferry-fares-rise.md")).toBe(
      "---\ntitle: Ferry fares rise\ndate: '2023-12-31T20:00:00Z'\nsource: AP\ntags: [Ferries]\nslug: ferry-fares-rise\n---\n\nFares rise in April.\n",
    );
  });

  it("writes a bundle with its files beside index.md", () => {
    const photo = path.join(root, "photo.jpg");
    writeFileSync(photo, "jpeg bytes");
    const outcomes = writeArticles([article({}, { files: [{ name: "harbour.jpg", from: photo }], body: "![A ferry](harbour.jpg)" })], options());
    expect(outcomes[0]).toMatchObject({ kind: "written", file: "content/2024/ferry-fares-rise/index.md" });
    expect(readdirSync(path.join(content, "2024/ferry-fares-rise")).sort()).toEqual(["harbour.jpg", "index.md"]);
    expect(read("2024/ferry-fares-rise/harbour.jpg")).toBe("jpeg bytes");
  });

  it("never overwrites: a taken file name gets -2, the URL keeps the slug", () => {
    mkdirSync(path.join(content, "2024"), { recursive: true });
    writeFileSync(path.join(content, "2024/ferry-fares-rise.md"), "kept as it was");
    const outcomes = writeArticles([article({ date: "2024-05-05" })], options());
    expect(outcomes[0]).toMatchObject({ kind: "written", file: "content/2024/ferry-fares-rise-2.md", url: "/2024/05/05/ferry-fares-rise/" });
    expect(read("2024/ferry-fares-rise.md")).toBe("kept as it was");
  });

  it("leaves an article the archive already has at that URL alone, and says which file has it", async () => {
    writeArticles([article()], options());
    const existing = await readExistingArchive(content, "Asia/Seoul", root);
    const outcomes = writeArticles([article({ title: "Ferry fares rise again" })], options({ existing }));
    expect(outcomes).toEqual([
      expect.objectContaining({ kind: "exists", reason: "/2024/03/01/ferry-fares-rise/ is content/2024/ferry-fares-rise.md (an import never overwrites an article)" }),
    ]);
    expect(read("2024/ferry-fares-rise.md")).toContain("title: Ferry fares rise\n");
  });

  it("skips the second of two items with one URL, naming the first", () => {
    const outcomes = writeArticles([article(), article({}, { from: { file: "in/export.xml", line: 40 } })], options());
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["written", "skipped"]);
    expect(outcomes[1]).toMatchObject({
      reason: "/2024/03/01/ferry-fares-rise/ is also the URL of in/story.txt in this import (give one of them another slug, or import them apart)",
    });
  });

  it("skips what check would refuse, with check's own message", () => {
    const outcomes = writeArticles([article({ title: "Bell\u0007 rings" })], options());
    expect(outcomes).toEqual([
      {
        kind: "skipped",
        from: { file: "in/story.txt" },
        reason:
          "would not pass `npm run check`: title: expected text without control characters, got U+0007 (BEL) at character 5 (delete it; it may be invisible in an editor)",
      },
    ]);
    expect(() => readdirSync(content)).toThrow();
  });

  it("keeps no alias that is the article's new URL", () => {
    writeArticles([article({ aliases: ["/2024/03/01/ferry-fares-rise", "/?p=7"] })], options());
    expect(read("2024/ferry-fares-rise.md")).toContain("aliases:\n  - /?p=7\n---");
  });

  it("decides everything on a dry run and writes nothing", () => {
    const outcomes = writeArticles([article()], options({ dryRun: true }));
    expect(outcomes[0]).toMatchObject({ kind: "written", file: "content/2024/ferry-fares-rise.md" });
    expect(() => readdirSync(content)).toThrow();
  });
});

describe("the import report", () => {
  it("lists each item and its notes in input order, then a summary; skipping fails, an article already there does not", () => {
    const withNotes = article({}, {
      from: { file: "in/a.txt" },
      notes: [
        { kind: "note", at: { file: "in/a.txt", line: 3, column: 1 }, message: "removed boilerplate `Advertisement`" },
        { kind: "review", at: { file: "in/a.txt" }, message: "headline derived from the lead (write the real one)" },
      ],
    });
    const report = {
      dryRun: false,
      notes: [{ kind: "note" as const, at: { file: "in/z.xml" }, message: "left out 2 attachment items" }],
      outcomes: [
        { kind: "written" as const, article: withNotes, file: "content/2024/ferry-fares-rise.md", url: "/2024/03/01/ferry-fares-rise/" },
        { kind: "skipped" as const, from: { file: "in/b.txt", line: 2, column: 5 }, reason: "date: no date" },
        { kind: "exists" as const, article: article({}, { from: { file: "in/c.txt" } }), reason: "/x/ is content/x.md" },
      ],
    };
    expect(reportLines(report)).toEqual([
      "in/a.txt: wrote content/2024/ferry-fares-rise.md (/2024/03/01/ferry-fares-rise/)",
      "in/a.txt: needs review: headline derived from the lead (write the real one)",
      "in/a.txt:3:1: note: removed boilerplate `Advertisement`",
      "in/b.txt:2:5: skipped: date: no date",
      "in/c.txt: already in the archive: /x/ is content/x.md",
      "in/z.xml: note: left out 2 attachment items",
    ]);
    expect(summaryLine(report)).toBe(
      "Imported 3 items: 1 written, 1 already in the archive, 1 skipped; 1 article needs review (their `review` key; `npm run check` lists them).",
    );
    expect(importExitCode(report)).toBe(1);
    expect(importExitCode({ ...report, outcomes: [report.outcomes[0]!, report.outcomes[2]!] })).toBe(0);
  });
});
