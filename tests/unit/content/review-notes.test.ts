// Content stage: the `review` key an import leaves on an article that needs a
// person's eye — its forms, its errors, and the one warning it makes.

import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../../src/content/front-matter";
import { readReviewNotes, reviewWarning } from "../../../src/content/review-notes";
import { validateArticle } from "../../../src/content/validate-article";

describe("readReviewNotes", () => {
  it.each([
    [["headline derived from the lead"], ["headline derived from the lead"]],
    ["caption looks cut short", ["caption looks cut short"]],
    [["  two\n  lines ", "", "   "], ["two lines"]],
    [[], []],
  ])("reads %j as the notes %j", (value, notes) => {
    expect(readReviewNotes(value)).toEqual({ ok: true, notes });
  });

  it.each([
    [true, "expected a list of notes (e.g. `review: [headline derived from the lead]`) or one note as text, got `true`"],
    [{ note: "x" }, "expected a list of notes (e.g. `review: [headline derived from the lead]`) or one note as text, got a mapping"],
    [["fine", 3], "item 2: expected a note as text, got the number `3`"],
    [["bell\u0007"], "item 1: expected a note without control characters, got U+0007 (BEL) at character 5 (delete it; it may be invisible in an editor)"],
  ])("refuses %j", (value, message) => {
    expect(readReviewNotes(value)).toEqual({ ok: false, messages: [message] });
  });

  it("words the warning with every note and how to clear it", () => {
    expect(reviewWarning(["headline derived from the lead", "no agency credit"])).toBe(
      "review: needs a person's eye (2 points): headline derived from the lead; no agency credit (check each, then delete the `review` key)",
    );
    expect(reviewWarning(["one"])).toBe("review: needs a person's eye (1 point): one (check each, then delete the `review` key)");
  });
});

describe("validateArticle with a review key", () => {
  const validate = (reviewLines: string) => {
    const parsed = parseFrontMatter(`---\ntitle: Kim visits factories\ndate: 2023-08-06\nsource: AP\n${reviewLines}\n---\nBody.\n`);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    return validateArticle({ frontMatter: parsed.frontMatter, relativePath: "2023/kim.md", displayPath: "content/2023/kim.md", zone: "UTC" });
  };

  it("keeps the article and warns once at the key, naming every note", () => {
    const { article, diagnostics } = validate("review:\n  - headline derived from the lead\n  - caption looks cut short");
    expect(article?.title).toBe("Kim visits factories");
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        file: "content/2023/kim.md",
        line: 5,
        column: 1,
        message: reviewWarning(["headline derived from the lead", "caption looks cut short"]),
      },
    ]);
  });

  it("is silent once every note is gone", () => {
    expect(validate("review: []").diagnostics).toEqual([]);
  });

  it("is an error at the key when a note is not text, and the article is left out", () => {
    const { article, diagnostics } = validate("review: [ok, [nested]]");
    expect(article).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([["error", 5, "review: item 2: expected a note as text, got a list"]]);
  });
});
