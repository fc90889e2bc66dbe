import { describe, expect, it } from "vitest";
import { lineFinder, referenceDiagnostics, unpublishedFiles, unresolvedReferences, type ReferenceProblem } from "../../../src/model/reference-problems";

describe("lineFinder", () => {
  const body = "First [a](x.png)\n\nSecond ![b](x.png)\nThird [c](caf%C3%A9.md) ![d](café.png)\n";
  it("finds each occurrence of a URL on its own line, decoded forms too, else the body's first line", () => {
    const lineOf = lineFinder(body, 10);
    expect([lineOf("x.png"), lineOf("x.png"), lineOf("caf%C3%A9.md"), lineOf("caf%C3%A9.png"), lineOf("nowhere")]).toEqual([10, 12, 13, 13, 10]);
  });
});

describe("referenceDiagnostics", () => {
  const problems: ReferenceProblem[] = Array.from({ length: 7 }, (_, i) => ({ file: "a.md", line: 20 - i, kind: "dead link", message: `link ${i}` }));
  it("lists every problem for check", () => {
    expect(referenceDiagnostics(problems, false)).toHaveLength(7);
  });

  it("summarises more than five of one kind in one file for a build, first lines first", () => {
    const shown = referenceDiagnostics([...problems, { file: "a.md", line: 1, kind: "missing file", message: "m" }], true);
    expect(shown.map((d) => [d.line, d.message])).toEqual([
      [14, "dead link: link 6"],
      [15, "dead link: link 5"],
      [16, "dead link: link 4"],
      [17, "dead link: link 3"],
      [18, "dead link: and 3 more in this file (lines 18, 19, 20); `npm run check` lists every one"],
      [1, "missing file: m"],
    ]);
  });
});

describe("unresolvedReferences", () => {
  const pending = (path: string, media = false) => ({ file: "a.md", line: () => 3, written: path, path, media });
  it("keeps what no output answers, as a missing file for media and a dead link otherwise", () => {
    const found = unresolvedReferences(
      [pending("/topics/x/"), pending("/topics/y/"), pending("/pagefind/pagefind.js"), pending("/img/a.png", true)],
      ["/topics/x/index.html", "/pagefind/"],
      "static",
    );
    expect(found.map((p) => [p.kind, p.message.slice(0, 14)])).toEqual([
      ["dead link", "`/topics/y/` l"],
      ["missing file", "`/img/a.png` i"],
    ]);
    expect(found[1]!.message).toBe("`/img/a.png` is no file of the site; add it to the static folder (static/img/a.png) or correct the reference");
  });
});

describe("unpublishedFiles", () => {
  it("gives one warning per folder", () => {
    expect(unpublishedFiles(["a/x.txt", "a/y.txt", "top.txt"], "content").map((d) => [d.file, d.message.split(" (")[0]])).toEqual([
      ["content/a/", "2 files are not published: `x.txt`, `y.txt`"],
      ["content/", "1 file is not published: `top.txt`"],
    ]);
  });
});
