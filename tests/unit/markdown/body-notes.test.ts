import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../src/diagnostics";
import { describeNote, MAX_NOTES_PER_KIND, noteDiagnostics, type BodyNote } from "../../../src/markdown/body-notes";

const FILE = "content/2019/port.md";

describe("describeNote", () => {
  it.each<[BodyNote, string]>([
    [{ kind: "iframe", line: 1, host: "www.youtube.com" }, "removed an `<iframe>` from `www.youtube.com`: add `www.youtube.com` to `allowedIframeHosts` in site.config.json to keep embeds from it"],
    [{ kind: "iframe", line: 1 }, "removed an `<iframe>` without an absolute http(s) `src`"],
    [{ kind: "element", line: 1, tag: "script", withContent: true }, "removed a `<script>` element with its content: scripts cannot be kept in an article"],
    [{ kind: "element", line: 1, tag: "style", withContent: true }, "it cannot be kept, since styles in an article would restyle the whole page"],
    [{ kind: "element", line: 1, tag: "form", withContent: false }, "removed the `<form>` tag, keeping its content: it cannot be kept, since an archived article sends nothing"],
    [{ kind: "element", line: 1, tag: "center", withContent: false }, "`<center>` is not among the HTML elements an article may hold (see docs/safety.md)"],
    [{ kind: "attribute", line: 1, tag: "a", attribute: "onclick", partly: false }, "removed the `onclick` attribute of `<a>`: event handlers are scripts"],
    [{ kind: "attribute", line: 1, tag: "p", attribute: "style", partly: false }, "removed the `style` attribute of `<p>`: inline styles cannot be kept (table cells keep `text-align`)"],
    [{ kind: "attribute", line: 1, tag: "td", attribute: "style", partly: true }, "removed part of the `style` attribute of `<td>`"],
    [{ kind: "attribute", line: 1, tag: "div", attribute: "id", partly: false }, "ids are kept on headings only"],
    [{ kind: "attribute", line: 1, tag: "a", attribute: "target", partly: false }, "`target` is not among the attributes `<a>` may keep"],
    [{ kind: "url", line: 1, use: "link", url: "javascript:alert(1)" }, "`javascript:alert(1)` was not made a link or image (the text stays): links may use http, https, mailto, tel or stay on the site"],
    [{ kind: "url", line: 1, use: "media", url: "mailto:a@example.org" }, "removed the image, video or audio source `mailto:a@example.org`: media load only from http(s) addresses or from the site"],
    [{ kind: "url", line: 1, use: "media", url: `data:image/png;base64,${"A".repeat(100)}` }, `\`data:image/png;base64,${"A".repeat(37)}…\``],
    [{ kind: "heading-id", line: 1, wanted: "main", used: "main-2", byLayout: true }, "heading id `main` is already used by the page layout; this heading's id is `main-2` (choose another id, and update links to `#main`)"],
  ])("%j", (note, fragment) => {
    expect(describeNote(note)).toContain(fragment);
  });
});

describe("noteDiagnostics", () => {
  it("gives one warning per note at its file line, in line order", () => {
    const notes: BodyNote[] = [
      { kind: "element", line: 9, tag: "script", withContent: true },
      { kind: "iframe", line: 2, host: "www.youtube.com" },
    ];
    expect(noteDiagnostics(FILE, 7, notes).map(formatDiagnostic)).toEqual([
      `${FILE}:8: warning: ${describeNote(notes[1]!)}`,
      `${FILE}:15: warning: ${describeNote(notes[0]!)}`,
    ]);
  });

  it(`summarises more than ${MAX_NOTES_PER_KIND} notes of one kind in one line at the first of them`, () => {
    const styles: BodyNote[] = [3, 4, 8, 9, 12, 20, 31].map((line) => ({ kind: "attribute", line, tag: "p", attribute: "style", partly: false }));
    const script: BodyNote = { kind: "element", line: 5, tag: "script", withContent: true };
    const diagnostics = noteDiagnostics(FILE, 1, [...styles, script]);
    expect(diagnostics.map((d) => d.line)).toEqual([3, 5]);
    expect(diagnostics[0]!.message).toBe(`${describeNote(styles[0]!)} (7 times in this file, on lines 3, 4, 8, 9, 12 and 2 more)`);
  });

  it("names each line once in a summary", () => {
    const fonts: BodyNote[] = [8, 8, 9, 9, 10].map((line) => ({ kind: "element", line, tag: "font", withContent: false }));
    expect(noteDiagnostics(FILE, 1, fonts)[0]!.message).toContain("(5 times in this file, on lines 8, 9, 10)");
  });

  it(`keeps ${MAX_NOTES_PER_KIND} notes of one kind as they are, and tells kinds apart`, () => {
    const notes: BodyNote[] = [
      { kind: "attribute", line: 1, tag: "p", attribute: "onclick", partly: false },
      { kind: "attribute", line: 2, tag: "a", attribute: "onmouseover", partly: false },
      { kind: "attribute", line: 3, tag: "div", attribute: "onload", partly: false },
      { kind: "attribute", line: 4, tag: "div", attribute: "class", partly: false },
      { kind: "iframe", line: 5, host: "a.example" },
      { kind: "iframe", line: 6, host: "b.example" },
    ];
    expect(noteDiagnostics(FILE, 1, notes)).toHaveLength(6);
    expect(noteDiagnostics(FILE, 1, [...notes, { kind: "attribute", line: 7, tag: "p", attribute: "onkeyup", partly: false }])[0]!.message).toContain(
      "(4 times in this file, on lines 1, 2, 3, 7)",
    );
  });
});
