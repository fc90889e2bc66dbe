import { describe, expect, it } from "vitest";
import type { BodyNote } from "../../../src/markdown/body-notes";
import { createBodyRenderer } from "../../../src/markdown/render-articles";

const render = createBodyRenderer({ allowedIframeHosts: ["www.youtube-nocookie.com"] });
const renderStrict = createBodyRenderer({ allowedIframeHosts: [] });
const notesOf = (source: string, renderer = render): readonly BodyNote[] => renderer(source).notes;

describe("what the sanitizer removes is noted", () => {
  it.each<[string, string, BodyNote[]]>([
    ["a script with its content", "<script>alert(1)</script>", [{ kind: "element", line: 1, tag: "script", withContent: true }]],
    ["a style element", "<style>p{color:red}</style>", [{ kind: "element", line: 1, tag: "style", withContent: true }]],
    ["a tag whose text stays", "<font color=red>Red</font>", [{ kind: "element", line: 1, tag: "font", withContent: false }]],
    ["a form and its fields", '<form action="/x"><input name="q"></form>', [
      { kind: "element", line: 1, tag: "form", withContent: false },
      { kind: "element", line: 1, tag: "input", withContent: false },
    ]],
    ["an iframe from an unlisted host", '<iframe src="https://www.youtube.com/embed/x"></iframe>', [{ kind: "iframe", line: 1, host: "www.youtube.com" }]],
    ["an iframe without an absolute src", '<iframe src="/embed/x"></iframe>', [{ kind: "iframe", line: 1 }]],
    ["an event handler", '<img src="https://example.org/a.png" onerror="alert(1)">', [{ kind: "attribute", line: 1, tag: "img", attribute: "onerror", partly: false }]],
    ["a style attribute", '<p style="color:red">x</p>', [{ kind: "attribute", line: 1, tag: "p", attribute: "style", partly: false }]],
    ["part of a table cell's style", '<table><tr><td style="text-align:center;color:red">x</td></tr></table>', [{ kind: "attribute", line: 1, tag: "td", attribute: "style", partly: true }]],
    ["a class", '<div class="wp-block">x</div>', [{ kind: "attribute", line: 1, tag: "div", attribute: "class", partly: false }]],
    ["part of a code element's class", '<pre><code class="language-js extra">x</code></pre>', [{ kind: "attribute", line: 1, tag: "code", attribute: "class", partly: true }]],
    ["a javascript: link", '<a href="javascript:alert(1)">x</a>', [{ kind: "url", line: 1, use: "link", url: "javascript:alert(1)" }]],
    ["a protocol-relative link", '<a href="//evil.example">x</a>', [{ kind: "url", line: 1, use: "link", url: "//evil.example" }]],
    ["a data: image", '<img src="data:image/png;base64,AA" alt="">', [{ kind: "url", line: 1, use: "media", url: "data:image/png;base64,AA" }]],
    ["a mailto: video poster", '<video src="https://example.org/v.mp4" poster="mailto:x@example.org"></video>', [{ kind: "url", line: 1, use: "media", url: "mailto:x@example.org" }]],
    ["one bad source in a srcset", '<img src="https://example.org/a.png" srcset="https://example.org/a.png 1x, javascript:x 2x">', [{ kind: "attribute", line: 1, tag: "img", attribute: "srcset", partly: true }]],
  ])("%s", (_, source, notes) => {
    expect(notesOf(source)).toEqual(notes);
  });

  it("names the host of an iframe even when no host is allowed", () => {
    expect(notesOf('<iframe src="https://player.vimeo.com/video/1"></iframe>', renderStrict)).toEqual([{ kind: "iframe", line: 1, host: "player.vimeo.com" }]);
  });

  it("reports an element removed with its content once, not what was inside it", () => {
    expect(notesOf('<noscript><img src="x.png" onerror="y"><p style="a">t</p></noscript>')).toEqual([
      { kind: "element", line: 1, tag: "noscript", withContent: true },
    ]);
  });

  it.each([
    ["an allowed iframe", '<iframe src="https://www.youtube-nocookie.com/embed/x" allowfullscreen></iframe>'],
    ["a figure", '<figure><img src="https://example.org/p.jpg" alt="Port" width="300"><figcaption>The port</figcaption></figure>'],
    ["an empty attribute", '<p title="">x</p><a href="">y</a>'],
    ["a comment", "<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->"],
    ["a table aligned in Markdown beside raw HTML", "<b>x</b>\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |"],
    ["highlighted code beside raw HTML", '<b>x</b>\n\n```ts\nclass A extends B { f(): void {} }\nconst s = `${a}`;\n```'],
    ["every Markdown construct beside raw HTML", "<b>x</b>\n\n# H {#h}\n\n> *q* **b** ~~s~~\n\n1. [l](https://example.org \"t\")\n2. ![i](https://example.org/i.png \"t\")\n\n---\n\n`c`  \nhard break"],
  ])("notes nothing for %s", (_, source) => {
    expect(notesOf(source)).toEqual([]);
  });
});

describe("the line of a removal", () => {
  it("is the line of the tag in the body, within raw HTML blocks and paragraphs alike", () => {
    const source = [
      "Intro.", // 1
      "", // 2
      "<div>", // 3
      "<p>Text", // 4
      'and <span style="x">more</span>.</p>', // 5
      "</div>", // 6
      "", // 7
      "A paragraph with", // 8
      "a <font>tag</font> on its second line.", // 9
      "", // 10
      "- a list", // 11
      "- with <script>x</script>", // 12
      "", // 13
      "> quoted", // 14
      '> <iframe src="https://evil.example/x"></iframe>', // 15
    ].join("\n");
    expect(notesOf(source).map((note) => [note.kind, note.line])).toEqual([
      ["attribute", 5],
      ["element", 9],
      ["element", 12],
      ["iframe", 15],
    ]);
  });
});
