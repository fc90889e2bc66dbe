import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics";
import { parseFrontMatter } from "../../../src/content/front-matter";
import { baseName, isHttpUrl, validateArticle, type ValidationResult } from "../../../src/content/validate-article";

const FILE = "content/2023/kim-factories.md";

/** Builds a file whose front matter holds `lines` (file line 2 onwards) and validates it. */
function validate(lines: readonly string[], relativePath = "2023/kim-factories.md", zone = "Asia/Seoul"): ValidationResult {
  const parsed = parseFrontMatter(`---\n${lines.join("\n")}\n---\nFactories reported higher output.\n`);
  if (!parsed.ok) throw new Error(`test input is not valid front matter: ${parsed.problem.message}`);
  return validateArticle({ frontMatter: parsed.frontMatter, relativePath, displayPath: FILE, zone });
}

const TITLE = "title: Factory output rises";
const DATE = "date: 2023-08-06";
const SOURCE = "source: Pyongyang Monitor";
const VALID = [TITLE, DATE, SOURCE];

describe("validateArticle: valid articles", () => {
  it("builds a LoadedArticle from the minimal keys", () => {
    const { article, diagnostics } = validate(VALID);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      relativePath: "2023/kim-factories.md",
      displayPath: FILE,
      title: "Factory output rises",
      dateOnly: true,
      source: { name: "Pyongyang Monitor" },
      tags: [],
      slug: "kim-factories",
      draft: false,
      body: "Factories reported higher output.\n",
      bodyLine: 6,
    });
    expect(article?.date.toISO()).toBe("2023-08-06T00:00:00.000+09:00");
    expect(article?.summary).toBeUndefined();
    expect(article?.updated).toBeUndefined();
  });

  it("keeps the lines of the keys later stages report on, whichever way the YAML is read", () => {
    // Flow style goes through the fast reader; a block list needs the full YAML parser.
    for (const tags of [["tags: [Economy]"], ["tags:", "  - Economy"]]) {
      const { article } = validate(["slug: output", SOURCE, ...tags, TITLE, DATE]);
      expect(article?.keyLines).toEqual({ slug: 2, source: 3, tags: 4, date: 4 + tags.length + 1 });
    }
    expect(validate(VALID).article?.keyLines).toEqual({ slug: undefined, date: 3, tags: undefined, source: 4 });
  });

  it("reads every optional key", () => {
    const { article, diagnostics } = validate([
      "title: '  Factory output rises  '",
      "date: 2023-08-06T09:30:00Z",
      "updated: 2023-08-07",
      "source: {name: Pyongyang Monitor, url: 'https://monitor.example.org'}",
      "tags: [Economy, Industry]",
      "summary: Output rose for a third month.",
      "author: J. Han",
      "slug: factory-output",
      "original_url: https://monitor.example.org/2023/08/06/factories",
      "draft: true",
    ]);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: "Factory output rises",
      dateOnly: false,
      source: { name: "Pyongyang Monitor", url: "https://monitor.example.org" },
      tags: ["Economy", "Industry"],
      summary: "Output rose for a third month.",
      author: "J. Han",
      slug: "factory-output",
      originalUrl: "https://monitor.example.org/2023/08/06/factories",
      draft: true,
    });
    expect(article?.date.toISO()).toBe("2023-08-06T18:30:00.000+09:00");
    expect(article?.updated?.toISO()).toBe("2023-08-07T00:00:00.000+09:00");
    expect(article?.updatedDateOnly).toBe(true);
  });

  it.each([
    ["a list, trimming, collapsing spaces and dropping case-insensitive repeats", "tags: ['  North   Korea ', military, Military, '', 2024]", ["North Korea", "military", "2024"]],
    ["one comma-separated text", "tags: North Korea, Military, , north korea", ["North Korea", "Military"]],
    ["an empty list", "tags: []", []],
  ])("reads tags given as %s", (_label, line, tags) => {
    expect(validate([...VALID, line]).article?.tags).toEqual(tags);
  });

  it("derives the slug from the file name without slugifying it", () => {
    expect(validate(VALID, "2023/08/Kim Factories.MD").article?.slug).toBe("Kim Factories");
  });

  it("reads a date written in another unambiguous form, with a warning", () => {
    const { article, diagnostics } = validate([TITLE, "date: Sun, 06 Aug 2023 10:00:00 +0000", SOURCE]);
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(article?.date.toISO()).toBe("2023-08-06T19:00:00.000+09:00");
    expect(article?.dateOnly).toBe(false);
  });

  it("still returns the article when there are only warnings", () => {
    const { article, diagnostics } = validate([...VALID, "mood: upbeat"]);
    expect(article?.title).toBe("Factory output rises");
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });
});

describe("validateArticle: each rule, positioned at the offending key", () => {
  it.each<[string, readonly string[], Diagnostic["severity"], number, number, string]>([
    ["missing title", [DATE, SOURCE], "error", 1, 1, "title: missing; every article needs one"],
    ["blank title", ["title: '   '", DATE, SOURCE], "error", 2, 1, "title: expected text, got an empty value"],
    ["empty title", ["title:", DATE, SOURCE], "error", 2, 1, "title: expected text, got an empty value"],
    ["title list", ["title: [A, B]", DATE, SOURCE], "error", 2, 1, "title: expected text, got a list"],
    ["title number", ["title: 1984", DATE, SOURCE], "error", 2, 1, "title: expected text, got the number `1984` (put it in quotes"],
    ["title mapping", ["title: {en: A}", DATE, SOURCE], "error", 2, 1, "title: expected text, got a mapping"],
    ["missing date", [TITLE, SOURCE], "error", 1, 1, "date: missing; every article needs one, e.g. `date: 2023-08-06`"],
    ["impossible date", [TITLE, SOURCE, "date: 2023-02-30"], "error", 4, 1, "date: `2023-02-30` is not a real calendar date"],
    ["unparseable date", [TITLE, "date: yesterday", SOURCE], "error", 3, 1, "date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got `yesterday`"],
    ["numeric date", [TITLE, "date: 20230806", SOURCE], "error", 3, 1, "date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got the number `20230806`"],
    ["bad updated", [...VALID, "updated: soon"], "error", 5, 1, "updated: expected YYYY-MM-DD or an ISO 8601 date-time"],
    ["date with one-digit month", [TITLE, "date: 2024-4-09", SOURCE], "warning", 3, 1, "date: read `2024-4-09` as 2024-04-09; write it as `2024-04-09`"],
    ["date with slashes", [TITLE, SOURCE, "date: 2023/08/06"], "warning", 4, 1, "date: read `2023/08/06` as 2023-08-06; write it as `2023-08-06`"],
    ["RFC 2822 updated", [...VALID, 'updated: "Sun, 06 Aug 2023 10:00:00 +0000"'], "warning", 5, 1, "updated: read `Sun, 06 Aug 2023 10:00:00 +0000` as 2023-08-06T10:00Z; write it as `2023-08-06T10:00Z`"],
    ["day-first or month-first date", [TITLE, "date: 08/06/2023", SOURCE], "error", 3, 1, "date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got `08/06/2023`, with the year last"],
    ["missing source", [TITLE, DATE], "error", 1, 1, "source: missing"],
    ["blank source", [TITLE, DATE, "source: ''"], "error", 4, 1, "source: expected the outlet's name, or `{name, url}`, got an empty value"],
    ["source list", [TITLE, DATE, "source: [A, B]"], "error", 4, 1, "source: expected the outlet's name, or `{name, url}`, got a list"],
    ["source without name", [TITLE, DATE, "source: {url: 'https://a.example'}"], "error", 4, 1, "source: name: expected the outlet's name as text, got an empty value"],
    ["source with a bad url", [TITLE, DATE, "source: {name: A, url: 'ftp://a.example'}"], "error", 4, 1, "source: url: expected an absolute http(s) URL such as https://example.org/story, got `ftp://a.example`"],
    ["source with an extra key", [TITLE, DATE, "source: {name: A, city: Seoul}"], "warning", 4, 1, "source: unknown key `city` is ignored"],
    ["tags number", [...VALID, "tags: 2024"], "error", 5, 1, "tags: expected a list of topics (e.g. `tags: [Economy, Trade]`) or one comma-separated text, got the number `2024`"],
    ["tags mapping", [...VALID, "tags: {a: b}"], "error", 5, 1, "tags: expected a list of topics"],
    ["tags list item mapping", [...VALID, "tags: [Economy, {a: b}]"], "error", 5, 1, "tags: item 2: expected a topic name, got a mapping"],
    ["empty summary", [...VALID, "summary: ''"], "error", 5, 1, "summary: expected text, got an empty value"],
    ["author number", [...VALID, "author: 7"], "error", 5, 1, "author: expected text, got the number `7`"],
    ["empty slug", [...VALID, "slug: ' '"], "error", 5, 1, "slug: expected text, got an empty value"],
    ["relative original_url", [...VALID, "original_url: www.example.com/story"], "error", 5, 1, "original_url: expected an absolute http(s) URL such as https://example.org/story, got `www.example.com/story`"],
    ["script original_url", [...VALID, "original_url: 'javascript:alert(1)'"], "error", 5, 1, "original_url: expected an absolute http(s) URL"],
    ["draft as yes", [...VALID, "draft: yes"], "error", 5, 1, "draft: expected true or false, got `yes`"],
    ["typo key", [...VALID, "sumary: Output rose."], "warning", 5, 1, "unknown key `sumary` is ignored; did you mean `summary`?"],
    ["alias topics", [...VALID, "topics: [Economy]"], "warning", 5, 1, "unknown key `topics` is ignored; did you mean `tags`?"],
    ["alias url", [...VALID, "url: https://a.example/x"], "warning", 5, 1, "did you mean `original_url`?"],
    ["alias link", [...VALID, "link: https://a.example/x"], "warning", 5, 1, "did you mean `original_url`?"],
    ["alias description", [...VALID, "description: Output rose."], "warning", 5, 1, "did you mean `summary`?"],
    ["alias excerpt", [...VALID, "excerpt: Output rose."], "warning", 5, 1, "did you mean `summary`?"],
    ["wrong case", [...VALID, "Author: J. Han"], "warning", 5, 1, "unknown key `Author` is ignored; did you mean `author`?"],
    ["camel case", [...VALID, "originalUrl: https://a.example/x"], "warning", 5, 1, "did you mean `original_url`?"],
    ["unrelated key", [...VALID, "mood: upbeat"], "warning", 5, 1, "unknown key `mood` is ignored; known keys are title, date, source, tags, summary, author, slug, updated, original_url, draft"],
  ])("%s", (_label, lines, severity, line, column, fragment) => {
    const { diagnostics } = validate(lines);
    const found = diagnostics.find((d) => d.message.includes(fragment));
    expect(found, `no diagnostic containing "${fragment}" in ${JSON.stringify(diagnostics)}`).toBeDefined();
    expect(found).toMatchObject({ severity, file: FILE, line, column });
  });

  it.each<[string, readonly string[], number, string]>([
    ["NUL in the title", ['title: "Harbour\\0 bridge"', DATE, SOURCE], 2, "title: expected text without control characters, got U+0000 (NUL) at character 8"],
    ["ESC in the title", ['title: "\\e[31mRed alert"', DATE, SOURCE], 2, "title: expected text without control characters, got U+001B (ESC) at character 1"],
    ["a raw right-to-left override in the title", [`title: Invoice for gpj.\u202Eexe`, DATE, SOURCE], 2, "title: expected text without control characters, got U+202E (RIGHT-TO-LEFT OVERRIDE) at character 17"],
    ["a tab in the title", ['title: "Harbour\\tbridge"', DATE, SOURCE], 2, "title: expected text without control characters, got U+0009 (TAB) at character 8"],
    ["a line break in the title", ["title: |", "  Harbour", "  bridge", DATE, SOURCE], 2, "title: expected text without control characters, got U+000A (LF) at character 8"],
    ["BEL in the author", [...VALID, 'author: "J. Han\\a"'], 5, "author: expected text without control characters, got U+0007 (BEL) at character 7"],
    ["DEL in the summary", [...VALID, 'summary: "Output\\x7F rose."'], 5, "summary: expected text without control characters, got U+007F (DEL) at character 7"],
    ["a C1 control in the summary", [...VALID, 'summary: "Output\\x85rose."'], 5, "summary: expected text without control characters, got U+0085 (NEL) at character 7"],
    ["an isolate in the slug", [...VALID, 'slug: "output\\u2066up"'], 5, "slug: expected text without control characters, got U+2066 (LEFT-TO-RIGHT ISOLATE) at character 7"],
    ["ESC in a source name", [TITLE, DATE, 'source: "Wire\\e"'], 4, "source: expected the outlet's name without control characters, got U+001B (ESC) at character 5"],
    ["NUL in a source mapping's name", [TITLE, DATE, 'source: {name: "Wire\\0", url: "https://wire.example"}'], 4, "source: name: expected the outlet's name without control characters, got U+0000 (NUL) at character 5"],
    ["an override in a source URL", [TITLE, DATE, 'source: {name: Wire, url: "https://wire.example/\\u202E"}'], 4, "source: url: expected an absolute http(s) URL without control characters, got U+202E (RIGHT-TO-LEFT OVERRIDE) at character 22"],
    ["NUL in original_url", [...VALID, 'original_url: "https://wire.example/a\\0"'], 5, "original_url: expected an absolute http(s) URL without control characters, got U+0000 (NUL) at character 23"],
    ["ESC in a tag", [...VALID, 'tags: [Economy, "Tr\\eade"]'], 5, "tags: item 2: expected a topic name without control characters, got U+001B (ESC) at character 3"],
    ["a pop of direction in comma-separated tags", [...VALID, 'tags: "Economy, Trade\\u202C"'], 5, "tags: item 2: expected a topic name without control characters, got U+202C (POP DIRECTIONAL FORMATTING) at character 6"],
  ])("%s", (_label, lines, line, message) => {
    const { article, diagnostics } = validate(lines);
    const hint = "(delete it; it may be invisible in an editor)";
    expect(diagnostics).toEqual([{ severity: "error", file: FILE, line, column: 1, message: `${message} ${hint}` }]);
    expect(article).toBeUndefined();
  });

  it("allows tabs and line breaks where text may span lines, and in tags, which collapse them", () => {
    const { article, diagnostics } = validate([...VALID, "summary: |", "  Output rose", "  \tfor a third month.", 'tags: ["North\\tKorea"]']);
    expect(diagnostics).toEqual([]);
    expect(article?.summary).toBe("Output rose\n\tfor a third month.");
    expect(article?.tags).toEqual(["North Korea"]);
  });

  it("leaves the article out when any rule fails", () => {
    expect(validate([TITLE, "date: yesterday", SOURCE]).article).toBeUndefined();
  });
});

describe("validateArticle: collects every problem in the file", () => {
  it("reports each problem once, in file order", () => {
    const { article, diagnostics } = validate([
      "tittle: Factory output rises",
      "date: 2023-02-30",
      "source: [A]",
      "tags: 7",
      "draft: no",
    ]);
    expect(article).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.line, d.message.split(":")[0]])).toEqual([
      ["error", 1, "title"],
      ["warning", 2, "unknown key `tittle` is ignored; did you mean `title`?"],
      ["error", 3, "date"],
      ["error", 4, "source"],
      ["error", 5, "tags"],
      ["error", 6, "draft"],
    ]);
  });
});

describe("helpers", () => {
  it.each([
    ["2023/kim-factories.md", "kim-factories"],
    ["top.md", "top"],
    ["a/b/c.d.md", "c.d"],
  ])("baseName(%s) is %s", (path, name) => {
    expect(baseName(path)).toBe(name);
  });

  it.each([
    ["https://example.org", true],
    ["http://example.org/a?b=c#d", true],
    ["HTTPS://EXAMPLE.ORG/", true],
    ["ftp://example.org", false],
    ["mailto:desk@example.org", false],
    ["//example.org/story", false],
    ["https://example.org/a b", false],
    ["example.org", false],
  ])("isHttpUrl(%s) is %s", (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});
