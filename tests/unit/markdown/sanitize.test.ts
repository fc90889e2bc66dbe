import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../src/markdown/markdown";
import { createSanitizer } from "../../../src/markdown/sanitize";

const md = createMarkdown();
const strict = createSanitizer([]);
const withEmbeds = createSanitizer(["www.youtube-nocookie.com"]);

function render(source: string, sanitize = strict): string {
  const { html, hasRawHtml } = renderMarkdown(md, source);
  return hasRawHtml ? sanitize(html).html : html;
}

describe("raw HTML in bodies", () => {
  it.each([
    ["script block", "<script>alert(1)</script>", /<script|alert\(1\)/i],
    ["inline script", "Text <script>alert(1)</script> more", /<script|alert\(1\)/i],
    ["event handler", '<img src="https://example.org/a.png" onerror="alert(1)">', /onerror/i],
    ["javascript: href", '<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ["encoded javascript: href", '<a href="jav&#x61;script:alert(1)">x</a>', /javascript|jav&#x61;script/i],
    ["data: href", '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/i],
    ["data: image source", '<img src="data:image/svg+xml;base64,PHN2Zz4=">', /data:/i],
    ["svg payload", '<svg onload="alert(1)"><script>alert(2)</script></svg>', /<svg|onload|alert/i],
    ["style element", "<style>body{display:none}</style>", /<style|display:none/i],
    ["style attribute", '<p style="position:fixed;top:0">x</p>', /position:fixed/i],
    ["iframe not on the allowlist", '<iframe src="https://evil.example/"></iframe>', /<iframe/i],
    ["object/embed", '<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/i],
    ["form", '<form action="https://evil.example"><input name="q"></form>', /<form|<input/i],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta/i],
    ["markdown javascript: link", "[x](javascript:alert(1))", /href="javascript:/i],
  ])("removes %s", (_, source, forbidden) => {
    expect(render(source)).not.toMatch(forbidden);
  });

  it.each([
    ["a figure with caption", '<figure><img src="https://example.org/p.jpg" alt="Port"><figcaption>The port</figcaption></figure>', ["<figure>", 'alt="Port"', "<figcaption>The port</figcaption>"]],
    ["a table", "<table><tr><th>Year</th></tr><tr><td>2023</td></tr></table>", ["<table>", "<th>Year</th>", "<td>2023</td>"]],
    ["a plain link", '<a href="https://example.org/report">report</a>', ['href="https://example.org/report"']],
    ["markdown table alignment next to raw HTML", "<b>x</b>\n\n| a |\n|--:|\n| 1 |", ['style="text-align:right"']],
  ])("keeps %s", (_, source, expected) => {
    const html = render(source);
    for (const fragment of expected) expect(html).toContain(fragment);
  });

  it("keeps iframes only from allowed hosts", () => {
    const allowed = '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>';
    const other = '<iframe src="https://evil.example/embed"></iframe>';
    expect(render(allowed, withEmbeds)).toContain('src="https://www.youtube-nocookie.com/embed/abc"');
    expect(render(other, withEmbeds)).not.toContain("evil.example");
    expect(render(other, withEmbeds)).not.toContain("<iframe");
    expect(render(allowed, strict)).not.toContain("<iframe");
  });

  it("leaves bodies without raw HTML exactly as markdown-it renders them", () => {
    const source = "# Title\n\nSome *text* with a [link](https://example.org).";
    expect(render(source)).toBe(md.render(source));
  });
});
