import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { parseSimpleYaml } from "../../../src/content/simple-yaml";

/** What the full parser makes of the text: the reference the fast path must match. */
function reference(text: string): { data: unknown; keyLines: Map<string, number> } | "error" {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: "core", version: "1.2" });
  if (doc.errors.length > 0) return "error";
  const keyLines = new Map<string, number>();
  const data: unknown = doc.toJS() ?? {};
  if (data !== null && typeof data === "object") {
    for (const key of Object.keys(data)) keyLines.set(key, 0);
  }
  // Line numbers come from the source text so the comparison does not depend on node internals.
  text.split("\n").forEach((line, index) => {
    const key = /^([^\s:#][^:]*):/.exec(line)?.[1];
    if (key !== undefined && keyLines.has(key) && keyLines.get(key) === 0) keyLines.set(key, index + 1);
  });
  return { data, keyLines };
}

function expectSameAsYaml(text: string): void {
  const fast = parseSimpleYaml(text);
  expect(fast, `fast path refused:\n${text}`).toBeDefined();
  expect({ data: fast?.data, keyLines: fast?.keyLines }).toEqual(reference(text));
}

describe("parseSimpleYaml: the common shapes are read, exactly as the yaml package reads them", () => {
  it.each([
    ["flat keys", "title: Port reopens after storm\ndate: 2023-08-06\nsource: Island Courier\n"],
    ["date-times and URLs", "date: 2023-08-06T09:30:00+09:00\noriginal_url: https://example.org/a?b=c#d\n"],
    ["quoted values", "title: \"Kim: factories expand\"\nsummary: 'It''s done'\nauthor: ''\n"],
    ["booleans and nulls", "draft: true\nfeatured: False\nsummary:\nauthor: ~\nslug: null\n"],
    ["a one-line list", "tags: [North Korea, Military, true]\n"],
    ["an empty list", "tags: []\n"],
    ["an indented list", "tags:\n  - North Korea\n  - \"Human rights\"\n  - 'Trade'\ntitle: T\n"],
    ["a list at key indentation", "tags:\n- Economy\n- Trade\ntitle: T\n"],
    ["a nested mapping", "source:\n  name: Island Courier\n  url: https://courier.example.org\ntitle: T\n"],
    ["comments and blank lines", "# written by hand\ntitle: T\n\ntags:\n  - A\n# between items\n  - B\n\n"],
    ["plain values with inner punctuation", "title: Talks, then more talks\nsummary: C# and a:b and 50% [draft]\n"],
    ["non-Latin text", "title: 북한 공장 가동률 상승\nsource: 中央日報\ntags: [경제, 😀]\n"],
    ["keys that look like prototype names", "constructor: x\ntoString: y\n"],
    ["only comments", "# nothing yet\n\n"],
  ])("%s", (_label, text) => {
    expectSameAsYaml(text);
  });

  it("reports the line of each top-level key", () => {
    const fast = parseSimpleYaml("# c\ntitle: T\n\ntags:\n  - A\nsource: S\n");
    expect([...(fast?.keyLines ?? [])]).toEqual([
      ["title", 2],
      ["tags", 4],
      ["source", 6],
    ]);
  });
});

describe("parseSimpleYaml: anything unusual is left to the full parser", () => {
  it.each([
    ["numbers", "tags: 2024\n"],
    ["numbers in a list", "tags: [2024, Elections]\n"],
    ["escapes in double quotes", "title: \"Line\\nbreak\"\n"],
    ["a comment after a value", "title: T # note\n"],
    ["a value with `: `", "summary: Talks: no deal\n"],
    ["a multi-line plain value", "summary: first line\n  second line\n"],
    ["a block scalar", "summary: |\n  Text\n"],
    ["anchors and aliases", "title: &t T\nsummary: *t\n"],
    ["explicit tags", "date: !!str 2023-08-06\n"],
    ["a flow mapping", "source: {name: A}\n"],
    ["a flow list with quotes", "tags: ['A, B', C]\n"],
    ["a multi-line flow list", "tags: [A,\n  B]\n"],
    ["a duplicate key", "title: A\ntitle: B\n"],
    ["a tab", "title:\tT\n"],
    ["a key without a space after the colon", "title:T\n"],
    ["a quoted key", "\"title\": T\n"],
    ["a key the core schema reads as a boolean", "true: T\n"],
    ["a __proto__ key", "__proto__: T\n"],
    ["nesting below a nested mapping", "source:\n  name:\n    first: A\n"],
    ["a list of mappings", "tags:\n  - name: A\n"],
    ["an indented top-level key", "  title: T\n"],
    ["a control character", "title: T\u0007\n"],
    ["a list followed by a deeper line", "tags:\n  - A\n    B\n"],
  ])("%s", (_label, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });
});

describe("parseSimpleYaml: differential check against the yaml package", () => {
  const values = [
    "2023-08-06", "2023-08-06 09:30", "1e3", "1E3", "0x1F", "0o17", "0o8", "012", "1_000", ".5", "1.", "-1.5e-3", "+1",
    "-", "-x", "?x", ":x", "yes", "No", "on", "~", "null", "Null", "NULL", "nUll", "true", "TRUE", "tRUE", "False",
    ".inf", "-.Inf", ".nan", ".NaN", "a:b", "a:", "C#", "x#y", "x #y", "https://a.org/x?y=1#z", "a, b", "a,b", "[a]",
    "{a}", "@x", "`x`", "%x", "!x", "&x", "*x", "|", ">", "it's", "'q'", "\"q\"", "'it''s'", "\"a\\tb\"", "ünïcode",
    "中文", "😀", "a  b", "a ]", "a }", "x: y", "x - y", "#x", "--", "---x",
  ];
  const shapes: ((v: string) => string)[] = [
    (v) => `key: ${v}\n`,
    (v) => `key: [${v}]\n`,
    (v) => `key: [a, ${v}]\n`,
    (v) => `key:\n  - ${v}\n`,
    (v) => `key:\n- ${v}\nnext: n\n`,
    (v) => `key:\n  name: ${v}\n`,
  ];

  it("gives the yaml package's answer whenever it gives one", () => {
    let answered = 0;
    for (const shape of shapes) {
      for (const value of values) {
        const text = shape(value);
        const fast = parseSimpleYaml(text);
        if (fast === undefined) continue;
        answered += 1;
        expect({ data: fast.data, keyLines: fast.keyLines }, text).toEqual(reference(text));
      }
    }
    // Most of these are deliberately odd; still, the ordinary ones must take the fast path.
    expect(answered).toBeGreaterThan(values.length * 2);
  });
});
