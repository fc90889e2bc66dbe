import { describe, expect, it } from "vitest";
import { applyEdits, decodeCharacterReferences, escapeHtml, srcsetCandidates, tagAttributes, urlAttributes } from "../../../src/model/html-references";

describe("urlAttributes", () => {
  it("finds the URL attributes of links, images and media with their offsets, character references decoded", () => {
    const html = '<p><a href="a.md?x=1&amp;y=2" title="t">A</a> <img src="p.jpg" alt="x &quot;q&quot;"></p><video src="v.mp4" poster="v.jpg"></video><source srcset="a.webp 1x, b.webp 2x">';
    const found = urlAttributes(html);
    expect(found.map(({ tag, name, value }) => [tag, name, value])).toEqual([
      ["a", "href", "a.md?x=1&y=2"],
      ["img", "src", "p.jpg"],
      ["video", "src", "v.mp4"],
      ["video", "poster", "v.jpg"],
      ["source", "srcset", "a.webp 1x, b.webp 2x"],
    ]);
    for (const attribute of found) expect(decodeCharacterReferences(html.slice(attribute.valueStart, attribute.valueEnd))).toBe(attribute.value);
    expect(html.slice(found[1]!.tagStart, found[1]!.tagEnd)).toBe('<img src="p.jpg" alt="x &quot;q&quot;">');
  });

  it("finds nothing in escaped text or code", () => {
    expect(urlAttributes('<p>&lt;a href="x"&gt;</p><pre><code>&lt;img src="y"&gt;</code></pre>')).toEqual([]);
  });

  it("reads a tag's attributes", () => {
    expect([...tagAttributes('<img src="a.png" alt="A &amp; B" title="T">', 0, 42)]).toEqual([
      ["src", "a.png"],
      ["alt", "A & B"],
      ["title", "T"],
    ]);
  });
});

describe("editing and escaping", () => {
  it("applies edits in order and drops one inside a larger edit", () => {
    expect(applyEdits("abcdef", [{ start: 4, end: 5, text: "E" }, { start: 0, end: 3, text: "X" }, { start: 1, end: 2, text: "?" }])).toBe("XdEf");
  });

  it.each([
    ['a"b<c>&d', "a&quot;b&lt;c&gt;&amp;d"],
    ["plain", "plain"],
  ])("escapeHtml(%s)", (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
    expect(decodeCharacterReferences(escaped)).toBe(text);
  });

  it("decodes numeric references and leaves unknown ones", () => {
    expect(decodeCharacterReferences("&#233;&#x41;&nbsp;&#0;")).toBe("éA&nbsp;&#0;");
  });

  it("splits srcset candidates", () => {
    expect(srcsetCandidates(" a.jpg 1x,b.jpg  2x , c.jpg")).toEqual([
      { url: "a.jpg", descriptor: " 1x" },
      { url: "b.jpg", descriptor: " 2x" },
      { url: "c.jpg", descriptor: "" },
    ]);
  });
});
