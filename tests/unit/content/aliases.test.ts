import { describe, expect, it } from "vitest";
import { parseAlias, parseAliases } from "../../../src/content/aliases";
import { parseFrontMatter } from "../../../src/content/front-matter";
import { validateArticle } from "../../../src/content/validate-article";

describe("parseAlias", () => {
  it.each([
    ["/2019/05/old-title/", { path: "/2019/05/old-title/" }],
    ["/old.html", { path: "/old.html" }],
    ["/caf%C3%A9/", { path: "/café/" }],
    ["/index.php?p=123", { path: "/index.php", query: "p=123" }],
    ["/?p=123", { path: "/", query: "p=123" }],
    ["https://old.example.org/2019/05/story/", { path: "/2019/05/story/" }],
    ["https://old.example.org", { path: "/" }],
    ["https://old.example.org?p=7", { path: "/", query: "p=7" }],
  ])("%s → %j", (text, alias) => {
    expect(parseAlias(text)).toEqual({ alias });
  });

  it("keeps the address but warns about a #fragment, which no server sees", () => {
    expect(parseAlias("/old/#comments")).toEqual({
      alias: { path: "/old/" },
      warning: 'the part `#comments` of `/old/#comments` is left out: a browser never sends what follows "#" to the server',
    });
  });

  const expected = "expected a path from the site's root such as /2019/05/old-title/, or the old full URL";
  it.each([
    ["old-title", `${expected}, got \`old-title\``],
    ["//cdn.example.org/x", `${expected}, got \`//cdn.example.org/x\``],
    ["ftp://example.org/x", `${expected}, got \`ftp://example.org/x\``],
    ["/a b/", `${expected}, got \`/a b/\`, which holds a space (write a space in a path as %20)`],
    ["/a/../../etc/", `${expected}, got \`/a/../../etc/\`: a path may not hold \`.\` or \`..\``],
    ["/a/%2e%2e/b", `${expected}, got \`/a/%2e%2e/b\`: a path may not hold \`.\` or \`..\``],
    ["/a%2Fb/", `${expected}, got \`/a%2Fb/\`: \`a%2Fb\` encodes a slash inside a name`],
    ["/a//b/", `${expected}, got \`/a//b/\`: a path may not hold an empty folder name (\`//\`)`],
    ["/a%zz/", `${expected}, got \`/a%zz/\`: \`a%zz\` is not valid percent-encoding`],
    ["/a\\b", `${expected}, got \`/a\\b\`: a path may not hold a backslash`],
    ["/a%00/", `${expected}, got \`/a%00/\`: \`a%00\` encodes a control character`],
    [`/${"x".repeat(256)}/`, `${expected}, got \`/${"x".repeat(256)}/\`: a name in the path is longer than 255 bytes`],
  ])("refuses %s", (text, message) => {
    expect(parseAlias(text)).toEqual({ message });
  });
});

describe("parseAliases", () => {
  it("reads one address or a list, naming the item at fault", () => {
    expect(parseAliases("aliases", "/one/")).toEqual({ aliases: [{ path: "/one/" }], problems: [] });
    expect(parseAliases("aliases", ["/one/", 2, "two"])).toEqual({
      aliases: [{ path: "/one/" }],
      problems: [
        { severity: "error", message: "aliases: item 2: expected an old address such as /2019/05/old-title/, got the number `2`" },
        {
          severity: "error",
          message: "aliases: item 3: expected a path from the site's root such as /2019/05/old-title/, or the old full URL, got `two`",
        },
      ],
    });
  });
});

describe("aliases in front matter", () => {
  const validate = (lines: readonly string[]) => {
    const parsed = parseFrontMatter(`---\n${lines.join("\n")}\n---\nBody.\n`);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    return validateArticle({ frontMatter: parsed.frontMatter, relativePath: "2019/a.md", displayPath: "content/2019/a.md", zone: "UTC" });
  };

  it("reads aliases and redirect_from together, each with the line of its key", () => {
    const result = validate(["title: A", "date: 2019-05-01", "source: AP", "aliases: [/old/, /older/]", "redirect_from:", "  - https://blog.example.org/a.html"]);
    expect(result.diagnostics).toEqual([]);
    expect(result.article?.aliases).toEqual([
      { path: "/old/", line: 5 },
      { path: "/older/", line: 5 },
      { path: "/a.html", line: 6 },
    ]);
  });

  it("reports a bad alias at its key", () => {
    const result = validate(["title: A", "date: 2019-05-01", "source: AP", "aliases: old"]);
    expect(result.article).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: "error",
        file: "content/2019/a.md",
        line: 5,
        column: 1,
        message: "aliases: expected a path from the site's root such as /2019/05/old-title/, or the old full URL, got `old`",
      },
    ]);
  });
});
