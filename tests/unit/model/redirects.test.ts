import { describe, expect, it } from "vitest";
import { aliasOutputPath, buildRedirects, redirectCollisions } from "../../../src/model/redirects";
import { renderRedirectsFile } from "../../../src/render/redirect-files";

describe("aliasOutputPath", () => {
  it.each([
    ["/old/", "/old/index.html"],
    ["/old", "/old/index.html"],
    ["/", "/index.html"],
    ["/old.html", "/old.html"],
    ["/OLD.HTM", "/OLD.HTM"],
    ["/story.php", undefined],
    ["/feed.rss", undefined],
    ["/2019.05.01", "/2019.05.01/index.html"],
  ])("%s → %s", (path, output) => {
    expect(aliasOutputPath(path)).toBe(output);
  });
});

const article = (relativePath: string, path: string, aliases: { path: string; query?: string }[]) => ({
  relativePath,
  displayPath: `content/${relativePath}`,
  path,
  title: `Title of ${relativePath}`,
  aliases: aliases.map((alias) => ({ ...alias, line: 5 })),
});

describe("buildRedirects and redirectCollisions", () => {
  const redirects = buildRedirects([
    article("b.md", "/2020/01/02/b/", [{ path: "/old/" }, { path: "/old" }, { path: "/", query: "p=2" }]),
    article("a.md", "/2020/01/01/a/", [{ path: "/old" }, { path: "/x.php" }, { path: "/", query: "p=1" }]),
  ]);

  it("lists every old address in file order, once per article", () => {
    expect(redirects.map((r) => [r.displayPath, r.from, r.query, r.outputPath])).toEqual([
      ["content/a.md", "/old", undefined, "/old/index.html"],
      ["content/a.md", "/x.php", undefined, undefined],
      ["content/a.md", "/", "p=1", undefined],
      ["content/b.md", "/old/", undefined, "/old/index.html"],
      ["content/b.md", "/", "p=2", undefined],
    ]);
  });

  it("reports an address two articles claim, and one onto a file of the site, at the later file", () => {
    const taken = new Map([["/x.html", "the page pages/x.md"]]);
    const more = [...redirects, ...buildRedirects([article("c.md", "/2020/01/03/c/", [{ path: "/x.html" }])])];
    expect(redirectCollisions(more, taken)).toEqual([
      { severity: "error", file: "content/b.md", line: 5, column: 1, message: "aliases: the old address /old/ is also an old address of content/a.md; remove it from one of them" },
      { severity: "error", file: "content/c.md", line: 5, column: 1, message: "aliases: the old address /x.html would be written to /x.html, which is the page pages/x.md; remove it from one of them" },
    ]);
  });

  it("writes /_redirects with the prefix, encoded, query rules last in Netlify's syntax", () => {
    const moved = buildRedirects([article("a.md", "/2020/01/01/a/", [{ path: "/old café/" }, { path: "/", query: "p=1&lang=en" }])]);
    expect(renderRedirectsFile(moved, { pathPrefix: "/news" })).toBe(
      [
        "# Old addresses of the archive's articles (front matter `aliases`), written by the build.",
        "/news/old%20caf%C3%A9/  /news/2020/01/01/a/  301",
        "# With a query: Netlify's syntax, which other hosts ignore.",
        "/news/  p=1 lang=en  /news/2020/01/01/a/  301",
        "",
      ].join("\n"),
    );
  });
});
