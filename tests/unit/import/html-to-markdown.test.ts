// Import, HTML bodies: imported HTML → the Markdown an article gets, as a
// table of input and output; what Markdown cannot say is kept as sanitized
// HTML, and what the site would refuse is taken out and listed.

import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../../src/import/html/html-to-markdown";
import { isSimpleTable } from "../../../src/import/html/table-rules";
import { createDocument } from "@mixmark-io/domino";

const convert = (html: string, rewrite: (url: string) => string = (url) => url) =>
  htmlToMarkdown(html, { allowedIframeHosts: ["www.youtube-nocookie.com"], rewrite });

describe("htmlToMarkdown", () => {
  it.each([
    ["<p>One <strong>two</strong> <em>three</em></p><p>Four</p>", "One **two** *three*\n\nFour"],
    ["<h2>Sub</h2><h3>Sub-sub</h3>", "## Sub\n\n### Sub-sub"],
    ["<ul><li>One</li><li>Two</li></ul>", "-   One\n-   Two"],
    ["<blockquote><p>Said so.</p></blockquote>", "> Said so."],
    ['<pre><code class="language-js">let x = 1;</code></pre>', "```js\nlet x = 1;\n```"],
    ["<p>Line one<br>line two</p>", "Line one\\\nline two"],
    ["<p>*stars* and [brackets] stay text</p>", "\\*stars\\* and \\[brackets\\] stay text"],
    ['<figure><img src="a.jpg" alt=""><figcaption>A crane at work.</figcaption></figure>', '![A crane at work.](a.jpg "A crane at work.")'],
    ['<figure><a href="big.jpg"><img src="a.jpg" alt="Crane"></a><figcaption>At work.</figcaption></figure>', '![Crane](a.jpg "At work.")'],
    [
      "<table><thead><tr><th>Port</th><th>Ships</th></tr></thead><tbody><tr><td>Varna</td><td>12</td></tr><tr><td>A | B</td><td>9</td></tr></tbody></table>",
      "| Port | Ships |\n| --- | --- |\n| Varna | 12 |\n| A \\| B | 9 |",
    ],
    ['<table><tr><td colspan="2">Merged</td></tr></table>', '<table><tbody><tr><td colspan="2">Merged</td></tr></tbody></table>'],
    ["<figure><table><tr><th>A</th></tr><tr><td>1</td></tr></table></figure>", "| A |\n| --- |\n| 1 |"],
    ["<p>H<sub>2</sub>O and x<sup>2</sup></p>", "H<sub>2</sub>O and x<sup>2</sup>"],
    ['<figure><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe></figure>', '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>'],
    ['<p>Table:</p><table class="wide" style="color:red" onclick="x()"><tr><td rowspan="2" style="text-align:right">1</td></tr></table>', 'Table:\n\n<table><tbody><tr><td rowspan="2" style="text-align:right">1</td></tr></tbody></table>'],
  ])("%s", (html, markdown) => {
    expect(convert(html).markdown).toBe(markdown);
  });

  it("rewrites every link and media address through the importer", () => {
    const result = convert('<p><a href="https://old.example/a/">a</a> <img src="/wp-content/uploads/x.jpg" alt="x"></p>', (url) => `new:${url}`);
    expect(result.markdown).toBe("[a](new:https://old.example/a/) ![x](new:/wp-content/uploads/x.jpg)");
  });

  it("takes out what the site refuses and lists it; turns an embed from an unlisted host into a link", () => {
    const result = convert(
      '<script>track()</script><p><a href="javascript:alert(1)">me</a><img src="data:image/png;base64,AA" alt="d"></p><iframe src="https://video.example.net/embed/1"></iframe><img src="a.jpg" srcset="a-2x.jpg 2x" alt="a">',
    );
    expect(result.markdown).toBe("me\n\n[Embedded content from video.example.net](https://video.example.net/embed/1)\n\n![a](a.jpg)");
    expect(result.problems).toEqual([
      { message: "dropped 1 <script> element (not allowed in articles)", review: false },
      { message: "turned an embed from video.example.net into a link (list the host in allowedIframeHosts of site.config.json to keep such embeds)", review: true },
      { message: "removed a link to `javascript:alert(1)` (only http, https, mailto and tel links are allowed), its text is kept", review: false },
      { message: "dropped an image from `data:image/png;base64,AA` (only http and https sources are allowed)", review: true },
      { message: "left out the other sizes (srcset) of 1 image: they are files of the old site", review: false },
    ]);
  });

  it("names what it kept as HTML", () => {
    expect(convert('<table><tr><td colspan="2">x</td></tr></table><p>x<sup>2</sup></p>').kept).toEqual([
      "a table Markdown cannot write (merged cells, a caption, blocks in cells, or no header row)",
      "<sup>",
    ]);
  });
});

describe("isSimpleTable", () => {
  it.each([
    ["<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", true],
    ["<table><thead><tr><td>A</td></tr></thead><tbody><tr><td>1</td></tr></tbody></table>", true],
    ["<table><tr><td>A</td></tr><tr><td>1</td></tr></table>", false],
    ["<table><caption>C</caption><tr><th>A</th></tr></table>", false],
    ["<table><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>", false],
    ["<table><tr><th>A</th></tr><tr><td><p>1</p><p>2</p></td></tr></table>", false],
  ])("%s → %s", (html, simple) => {
    expect(isSimpleTable(createDocument(html).body.querySelector("table")!)).toBe(simple);
  });
});
