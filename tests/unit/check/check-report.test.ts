// Unit: ordering, --strict, counting, the summary line and the exit code of
// `npm run check`.

import { describe, expect, it } from "vitest";
import {
  applyStrict,
  checkedArticleCount,
  exitCodeFor,
  sortDiagnostics,
  summaryLine,
} from "../../../src/check/check-report";
import type { Diagnostic } from "../../../src/diagnostics";

const warning = (file: string, line?: number, column?: number): Diagnostic => ({
  severity: "warning",
  file,
  line,
  column,
  message: `w ${file}`,
});
const error = (file: string, line?: number, column?: number): Diagnostic => ({
  severity: "error",
  file,
  line,
  column,
  message: `e ${file}`,
});

describe("sortDiagnostics", () => {
  it("orders by file in code-point order, then line, then column, line-less first", () => {
    const sorted = sortDiagnostics([
      error("b.md", 3, 1),
      warning("a.md", 5, 2),
      error("a.md", 5, 1),
      error("B.md", 9, 9),
      warning("a.md"),
      error("a.md", 2, 7),
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line ?? "-"}:${d.column ?? "-"}`)).toEqual([
      "B.md:9:9",
      "a.md:-:-",
      "a.md:2:7",
      "a.md:5:1",
      "a.md:5:2",
      "b.md:3:1",
    ]);
  });

  it("keeps the order of problems at the same position and does not change its input", () => {
    const input = [error("a.md", 1, 1), warning("a.md", 1, 1)];
    expect(sortDiagnostics(input).map((d) => d.severity)).toEqual(["error", "warning"]);
    expect(input.map((d) => d.severity)).toEqual(["error", "warning"]);
  });
});

describe("applyStrict", () => {
  it("turns every warning into an error, keeping file, position and message", () => {
    const input = [warning("a.md", 2, 1), error("b.md")];
    expect(applyStrict(input, true)).toEqual([{ ...input[0], severity: "error" }, input[1]]);
  });

  it("changes nothing without --strict", () => {
    const input = [warning("a.md", 2, 1), error("b.md")];
    expect(applyStrict(input, false)).toEqual(input);
  });
});

describe("checkedArticleCount", () => {
  it.each<[string, string[], Diagnostic[], number]>([
    ["good articles only", ["a.md", "b.md"], [], 2],
    ["bad files that never became articles count too", ["a.md"], [error("x.md", 1, 1), error("y.md")], 3],
    ["several problems in one file count once", [], [error("x.md", 1, 1), warning("x.md", 2, 1)], 1],
    ["a warning on an article does not count it twice", ["a.md"], [warning("a.md", 4, 1)], 1],
    ["nothing checked", [], [], 0],
  ])("%s", (_label, articles, diagnostics, count) => {
    expect(checkedArticleCount(articles, diagnostics)).toBe(count);
  });
});

describe("summaryLine", () => {
  it.each<[number, Diagnostic[], string]>([
    [0, [], "Checked 0 articles: 0 errors, 0 warnings."],
    [1, [warning("a.md")], "Checked 1 article: 0 errors, 1 warning."],
    [12, [error("a.md"), error("b.md"), warning("c.md")], "Checked 12 articles: 2 errors, 1 warning."],
    [2, [error("a.md")], "Checked 2 articles: 1 error, 0 warnings."],
  ])("%i articles → %s", (articles, diagnostics, line) => {
    expect(summaryLine(articles, diagnostics)).toBe(line);
  });
});

describe("exitCodeFor", () => {
  it.each<[string, Diagnostic[], 0 | 1]>([
    ["no problems", [], 0],
    ["warnings only", [warning("a.md"), warning("b.md")], 0],
    ["one error among warnings", [warning("a.md"), error("b.md")], 1],
  ])("%s → %i", (_label, diagnostics, code) => {
    expect(exitCodeFor(diagnostics)).toBe(code);
  });
});
