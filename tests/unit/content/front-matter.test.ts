import { describe, expect, it } from "vitest";
import { parseFrontMatter, type FrontMatter, type PositionedProblem } from "../../../src/content/front-matter";

function parsed(text: string): FrontMatter {
  const result = parseFrontMatter(text);
  if (!result.ok) throw new Error(`expected front matter to parse, got: ${result.problem.message}`);
  return result.frontMatter;
}

function problem(text: string): PositionedProblem {
  const result = parseFrontMatter(text);
  if (result.ok) throw new Error("expected a problem, the front matter parsed");
  return result.problem;
}

const ARTICLE = "---\ntitle: Port reopens\ndate: 2023-08-06\ntags:\n  - Shipping\n---\nShips docked at dawn.\n\nMore text.\n";

describe("parseFrontMatter: splitting and positions", () => {
  it("parses data, key positions relative to the whole file, body and body line", () => {
    const fm = parsed(ARTICLE);
    expect(fm.data).toEqual({ title: "Port reopens", date: "2023-08-06", tags: ["Shipping"] });
    expect([...fm.keyPositions]).toEqual([
      ["title", { line: 2, column: 1 }],
      ["date", { line: 3, column: 1 }],
      ["tags", { line: 4, column: 1 }],
    ]);
    expect(fm.body).toBe("Ships docked at dawn.\n\nMore text.\n");
    expect(fm.bodyLine).toBe(7);
  });

  it("gives the same result for a file with a BOM and CRLF line endings", () => {
    const crlf = `\uFEFF${ARTICLE.replace(/\n/g, "\r\n")}`;
    expect(parsed(crlf)).toEqual(parsed(ARTICLE));
  });

  it("reads a file the same way when a trailing comment sends it through the full YAML parser", () => {
    const withComment = ARTICLE.replace("date: 2023-08-06", "date: 2023-08-06 # checked");
    expect(parsed(withComment)).toEqual(parsed(ARTICLE));
  });

  it("reports the column of keys in a flow mapping", () => {
    const fm = parsed("---\n{title: Port reopens, date: 2023-08-06}\n---\n");
    expect(fm.keyPositions.get("title")).toEqual({ line: 2, column: 2 });
    expect(fm.keyPositions.get("date")).toEqual({ line: 2, column: 23 });
  });

  it("uses the YAML 1.2 core schema: dates and yes/no stay text, numbers stay numbers", () => {
    const fm = parsed("---\ndate: 2023-08-06\ndraft: yes\ntags: 2024\nupdated: 2023-08-06T09:30:00Z\n---\n");
    expect(fm.data).toEqual({ date: "2023-08-06", draft: "yes", tags: 2024, updated: "2023-08-06T09:30:00Z" });
  });

  it.each([
    ["a `...` closing line", "---\ntitle: A\n...\nBody"],
    ["fences with trailing spaces", "---  \ntitle: A\n--- \t\nBody"],
  ])("accepts %s", (_label, text) => {
    const fm = parsed(text);
    expect(fm.data).toEqual({ title: "A" });
    expect(fm.body).toBe("Body");
    expect(fm.bodyLine).toBe(4);
  });

  it("gives an empty body when the file ends at the closing fence", () => {
    const fm = parsed("---\ntitle: A\n---");
    expect(fm.body).toBe("");
    expect(fm.bodyLine).toBe(4);
  });

  it("treats an empty front matter block as no keys", () => {
    const fm = parsed("---\n---\nJust text.\n");
    expect(fm.data).toEqual({});
    expect(fm.keyPositions.size).toBe(0);
    expect(fm.bodyLine).toBe(3);
  });

  it("keeps a later `---` line (a Markdown rule) in the body", () => {
    const fm = parsed("---\ntitle: A\n---\nOne\n---\nTwo\n");
    expect(fm.body).toBe("One\n---\nTwo\n");
  });
});

describe("parseFrontMatter: problems", () => {
  it.each([
    ["an empty file", "", 1, 1, "file is empty"],
    ["a whitespace-only file", "  \n\n", 1, 1, "file is empty"],
    ["a file without front matter", "Port reopens\n\nShips docked.\n", 1, 1, "no front matter: expected the file to start with a `---` line"],
    ["a BOM-only file", "\uFEFF", 1, 1, "file is empty"],
    ["an unclosed block", "---\ntitle: A\ndate: 2023-08-06\n", 1, 1, "front matter is not closed"],
    ["a value with an unquoted `: `", "---\ntitle: A\nsummary: Talks: no deal\n---\n", 3, 10, "unexpected `key: value` inside a value"],
    ["a duplicate key", "---\ntitle: A\ndate: 2023-08-06\ntitle: B\n---\n", 4, 1, "the key `title` appears more than once"],
    ["tab indentation", "---\ntags:\n\t- A\n---\n", 3, 1, "tabs cannot be used for indentation"],
    ["an unclosed flow list", "---\ntags: [A, B\ntitle: C\n---\n", 3, 1, "front matter is not valid YAML: flow sequence"],
    ["a list instead of a mapping", "---\n- title\n- date\n---\n", 2, 1, "front matter: expected `key: value` lines, got a list"],
    ["a single value", "---\njust some words\n---\n", 2, 1, "got the single value `just some words`"],
    ["an unresolved alias", "---\ntitle: *headline\n---\n", 2, 1, "front matter is not valid YAML: unresolved alias"],
  ])("%s", (_label, text, line, column, fragment) => {
    const found = problem(text);
    expect(found.message).toContain(fragment);
    expect({ line: found.line, column: found.column }).toEqual({ line, column });
  });

  it("quotes the first line when front matter is missing", () => {
    expect(problem("title: Port reopens\n").message).toContain("got `title: Port reopens`");
  });

  it("positions YAML errors by file line in a CRLF file with a BOM", () => {
    const found = problem("\uFEFF---\r\ntitle: A\r\ntitle: B\r\n---\r\n");
    expect({ line: found.line, column: found.column }).toEqual({ line: 3, column: 1 });
  });
});
