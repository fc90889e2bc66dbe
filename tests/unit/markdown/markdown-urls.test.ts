import sanitizeHtml from "sanitize-html";
import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../src/markdown/markdown";
import { createBodyRenderer } from "../../../src/markdown/render-articles";
import { sanitizerOptions } from "../../../src/markdown/sanitize";
import { allowsUrl } from "../../../src/markdown/url-policy";

const md = createMarkdown();
const render = (source: string): string => renderMarkdown(md, source).html.trim();
/** The whole body step the build runs (sanitizing only bodies with raw HTML). */
const renderBody = createBodyRenderer({ allowedIframeHosts: [] });

/** Every href and src in `html`, as the attributes hold them. */
const urlsIn = (html: string): string[] => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

describe("hostile links and images written in Markdown", () => {
  // Each row: the Markdown, and the HTML markdown-it must make of it. A refused link or image is
  // not made at all: its source stays in the page as text, so the reader still sees what was written.
  it.each([
    ["a data: link", "[m](data:text/html,alert)", "<p>[m](data:text/html,alert)</p>"],
    ["a data: image with SVG", "![i](data:image/svg+xml,%3Csvg%3E)", "<p>![i](data:image/svg+xml,%3Csvg%3E)</p>"],
    ["a data: PNG image (markdown-it's own check allows it)", "![i](data:image/png;base64,iVBOR)", "<p>![i](data:image/png;base64,iVBOR)</p>"],
    ["an ftp: link", "[f](ftp://files.example/a.zip)", "<p>[f](ftp://files.example/a.zip)</p>"],
    ["an ms-msdt: link", "[m](ms-msdt:/id%20PCWDiagnostic)", "<p>[m](ms-msdt:/id%20PCWDiagnostic)</p>"],
    ["an intent:// link", "[i](intent://scan/#Intent;scheme=zxing;end)", "<p>[i](intent://scan/#Intent;scheme=zxing;end)</p>"],
    ["a protocol-relative link", "[p](//evil.example/x)", "<p>[p](//evil.example/x)</p>"],
    ["a protocol-relative link in brackets", "[p](<//evil.example>)", "<p>[p](&lt;//evil.example&gt;)</p>"],
    ["a protocol-relative link written with entities", "[p](&#x2F;&#x2F;evil.example)", "<p>[p](//evil.example)</p>"],
    ["a protocol-relative image", "![p](//evil.example/x.png)", "<p>![p](//evil.example/x.png)</p>"],
    ["javascript&colon;", "[c](javascript&colon;alert(1))", "<p>[c](javascript:alert(1))</p>"],
    ["javascript&#58;", "[c](javascript&#58;alert(1))", "<p>[c](javascript:alert(1))</p>"],
    ["mixed case", "[d](JaVaScRiPt:alert(1))", "<p>[d](JaVaScRiPt:alert(1))</p>"],
    ["mixed case data:", "[d](DaTa:text/html,x)", "<p>[d](DaTa:text/html,x)</p>"],
    ["leading spaces", "[e](   javascript:alert(1))", "<p>[e](   javascript:alert(1))</p>"],
    ["a leading tab in brackets", "[e](<\tjavascript:alert(1)>)", "<p>[e](&lt;\tjavascript:alert(1)&gt;)</p>"],
    ["an autolink with ftp:", "<ftp://files.example/a>", "<p>&lt;ftp://files.example/a&gt;</p>"],
    ["an autolink with javascript:", "<javascript:alert(1)>", "<p>&lt;javascript:alert(1)&gt;</p>"],
    ["an autolink with ms-msdt:", "<ms-msdt:/id>", "<p>&lt;ms-msdt:/id&gt;</p>"],
    ["linkified ftp://", "Get it from ftp://files.example/a.zip today.", "<p>Get it from ftp://files.example/a.zip today.</p>"],
    ["linkified protocol-relative text", "See //evil.example/x now.", "<p>See //evil.example/x now.</p>"],
    ["a reference link to javascript:", "[r][evil]\n\n[evil]: javascript:alert(1)", "<p>[r][evil]</p>\n<p>[evil]: javascript:alert(1)</p>"],
    ["a reference link to data:", "[r][evil]\n\n[evil]: data:text/html,x", "<p>[r][evil]</p>\n<p>[evil]: data:text/html,x</p>"],
    ["a reference image to ftp:", "![r][pic]\n\n[pic]: ftp://files.example/a.png", "<p>![r][pic]</p>\n<p>[pic]: ftp://files.example/a.png</p>"],
  ])("%s stays text", (_, source, expected) => {
    expect(render(source)).toBe(expected);
    expect(urlsIn(renderBody(source).html)).toEqual([]);
  });

  // Bodies with raw HTML go through the sanitizer as well; these have none, so markdown-it alone decides.
  it.each([
    ["mailto:", "![m](mailto:desk@example.org)", "<p>m</p>"],
    ["tel:", "![t](tel:+15550100)", "<p>t</p>"],
    ["mailto: by reference", "![m][desk]\n\n[desk]: mailto:desk@example.org", "<p>m</p>"],
    ["tel: with emphasis in the alt text", "![*call* us](tel:+15550100)", "<p><em>call</em> us</p>"],
  ])("an image from %s becomes its alt text", (_, source, expected) => {
    expect(render(source)).toBe(expected);
  });

  it("notes each refused image with its line in the body", () => {
    const source = "First paragraph.\n\nSecond, with ![a map](mailto:maps@example.org)\nand on its next line ![x](tel:1).\n";
    expect(renderMarkdown(md, source).notes).toEqual([
      { kind: "url", use: "media", url: "mailto:maps@example.org", line: 3 },
      { kind: "url", use: "media", url: "tel:1", line: 4 },
    ]);
    expect(renderMarkdown(md, "![ok](https://example.org/a.png)").notes).toEqual([]);
  });

  it("notes each link not made, with the line of its block (a reference definition's own line)", () => {
    const source = [
      "Fine [link](https://example.org).",
      "",
      "- A list item with a [bad one](javascript:alert(1))",
      "",
      "> Quoted <ftp://files.example/a>",
      "",
      "[r][evil] and ![img](data:image/png;base64,AA)",
      "",
      "",
      "[evil]: javascript:alert(2)",
      "",
      "Nested [a [b](javascript:x) c](https://example.org) is tried twice, noted once.",
    ].join("\n");
    expect(renderMarkdown(md, source).notes).toEqual([
      { kind: "url", use: "link", url: "javascript:alert(2)", line: 10 },
      { kind: "url", use: "link", url: "javascript:alert(1)", line: 3 },
      { kind: "url", use: "link", url: "ftp://files.example/a", line: 5 },
      { kind: "url", use: "link", url: "data:image/png;base64,AA", line: 7 },
      { kind: "url", use: "link", url: "javascript:x", line: 12 },
    ]);
  });

  it("notes nothing when a body is parsed again after one with refusals", () => {
    renderMarkdown(md, "[bad](javascript:alert(1))");
    expect(renderMarkdown(md, "[good](https://example.org)").notes).toEqual([]);
  });

  it("keeps the link text and reference links that resolve to allowed URLs", () => {
    expect(render("[ok][good] and [bad][evil]\n\n[good]: https://example.org\n\n[evil]: javascript:alert(1)")).toBe(
      '<p><a href="https://example.org">ok</a> and [bad][evil]</p>\n<p>[evil]: javascript:alert(1)</p>',
    );
  });
});

describe("links and images the allowlist keeps", () => {
  it.each([
    ["http", "[a](http://example.org/a)", '<p><a href="http://example.org/a">a</a></p>'],
    ["https, upper-case scheme", "[a](HTTPS://example.org/a)", '<p><a href="HTTPS://example.org/a">a</a></p>'],
    ["mailto", "[a](mailto:desk@example.org)", '<p><a href="mailto:desk@example.org">a</a></p>'],
    ["tel", "[a](tel:+15550100)", '<p><a href="tel:+15550100">a</a></p>'],
    ["root-relative", "[a](/topics/economy/)", '<p><a href="/topics/economy/">a</a></p>'],
    ["relative file", "[a](x.png)", '<p><a href="x.png">a</a></p>'],
    ["anchor", "[a](#part-2)", '<p><a href="#part-2">a</a></p>'],
    ["parent folder", "[a](../y.md)", '<p><a href="../y.md">a</a></p>'],
    ["a backslash, which markdown-it percent-encodes into a path", "[a](/\\evil.example)", '<p><a href="/%5Cevil.example">a</a></p>'],
    ["an https image", "![p](https://img.example.org/p.jpg)", '<p><img src="https://img.example.org/p.jpg" alt="p"></p>'],
    ["a relative image", "![p](p.jpg)", '<p><img src="p.jpg" alt="p"></p>'],
    ["an autolink", "<https://example.org>", '<p><a href="https://example.org">https://example.org</a></p>'],
    ["an e-mail autolink", "<desk@example.org>", '<p><a href="mailto:desk@example.org">desk@example.org</a></p>'],
    ["linkified text", "See https://example.org/x now.", '<p>See <a href="https://example.org/x">https://example.org/x</a> now.</p>'],
    ["a reference link", "[a][r]\n\n[r]: https://example.org", '<p><a href="https://example.org">a</a></p>'],
  ])("%s", (_, source, expected) => {
    expect(render(source)).toBe(expected);
  });
});

describe("allowsUrl agrees with the sanitizer for raw HTML", () => {
  // What sanitize-html, configured with the body allowlist, keeps of one URL in `<a href>` / `<img src>`.
  const options = sanitizerOptions([]);
  const sanitizerKeeps = (url: string, use: "link" | "media"): boolean => {
    const html = use === "link" ? `<a href="${url}">x</a>` : `<img src="${url}">`;
    return /\s(?:href|src)=/.test(sanitizeHtml(html, options));
  };

  it.each([
    "https://example.org",
    "HTTP://example.org",
    "mailto:desk@example.org",
    "tel:+15550100",
    "/x",
    "x.png",
    "#anchor",
    "../y.md",
    "//evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "java<!-- x -->script:alert(1)",
    "data:text/html,x",
    "data:image/png;base64,iVBOR",
    "ftp://files.example/a",
    "ms-msdt:/id",
    "intent://scan/#Intent;end",
    "%01javascript:alert(1)",
  ])("%j", (url) => {
    expect(allowsUrl(url, "link")).toBe(sanitizerKeeps(url, "link"));
    expect(allowsUrl(url, "media")).toBe(sanitizerKeeps(url, "media"));
  });
});
