import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { highlightCode } from "../../../src/markdown/highlight";
import { createMarkdown, renderMarkdown } from "../../../src/markdown/markdown";
import { createSanitizer } from "../../../src/markdown/sanitize";

const md = createMarkdown();
const sanitize = createSanitizer([]);

const HOSTILE = '</code></pre><script>alert("x")</script><img src=x onerror=alert(1)> ${`</span>`} &lt; & "\'';
const SAMPLES: Record<string, string> = {
  js: 'const a = await fetch("/data.json").then((r) => r.json());\nclass A extends B { f() { return `${a}`; } }',
  typescript: "interface A { b: number }\nexport function f<T>(x: T): T { return x; }",
  python: 'import csv\n\ndef f(path):\n    """Doc."""\n    return {r["b"]: 1 for r in csv.reader(open(path))}',
  json: '{ "a": [1, 2.5, null, true], "b": "c" }',
  sh: 'curl -s "https://example.org/a?b=1" | jq \'.[] | .c\' > out.txt # note',
  sql: "SELECT a, COUNT(*) AS n FROM t WHERE y >= 2020 GROUP BY a;",
  html: '<!doctype html>\n<a href="x" onclick="y()">z</a>\n<script>var a = 1;</script>',
  css: "@media (prefers-color-scheme: dark) { a:hover { color: #fff !important; } }",
  go: 'package main\n\nfunc main() { fmt.Println("hi") }',
  rust: "fn main() { let v: Vec<u8> = vec![1]; println!(\"{:?}\", v); }",
  php: "<?php echo htmlspecialchars($a); ?>",
  r: "x <- c(1, 2)\nsummary(lm(y ~ x))",
};

/** Every element of `html`: only spans with highlight.js classes may appear. */
function tagsOf(html: string): string[] {
  return parse(html)
    .querySelectorAll("*")
    .map((element) => `${element.tagName.toLowerCase()} ${Object.keys(element.attributes).join(",")}`);
}

/** The elements with their attributes, and the text, of `html`: what survives a change of entity spelling. */
function markupOf(html: string): { tags: string[]; text: string } {
  // node-html-parser reads a <pre> as raw text unless told otherwise.
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  return { tags: root.querySelectorAll("*").map((element) => element.outerHTML.slice(0, element.outerHTML.indexOf(">") + 1)), text: root.textContent };
}

describe("highlightCode", () => {
  it.each(Object.entries(SAMPLES))("marks up %s with spans the sanitizer keeps as they are", (language, code) => {
    const highlighted = highlightCode(`${code}\n${HOSTILE}`, language);
    expect(highlighted).toContain('<span class="hljs-');
    for (const tag of tagsOf(highlighted)) expect(tag).toBe("span class");
    const fence = renderMarkdown(md, `<b>raw HTML, so the body is sanitized</b>\n\n\`\`\`${language}\n${code}\n${HOSTILE}\n\`\`\``).html;
    const { html, removals } = sanitize(fence);
    expect(removals).toEqual([]);
    expect(markupOf(html)).toEqual(markupOf(fence));
    expect(markupOf(html).tags.filter((tag) => tag.startsWith("<span")).length).toBeGreaterThan(2);
    expect(html).not.toMatch(/<script|<img/);
  });

  // Haskell is one of highlight.js's languages, but not of the common ones the build loads.
  it.each(["", "no-such-language", "haskell"])("leaves code in %j to markdown-it, which shows it plain", (language) => {
    expect(highlightCode("a < b", language)).toBe("");
  });

  it("names the language on the code element, as markdown-it does, whatever its spelling", () => {
    expect(renderMarkdown(md, "```JS\nlet a;\n```").html).toBe(
      '<pre><code class="language-JS"><span class="hljs-keyword">let</span> a;\n</code></pre>\n',
    );
    expect(renderMarkdown(md, "```c++\nint a;\n```").html).toContain('<code class="language-c++">');
  });

  it("highlights nothing outside fences", () => {
    expect(renderMarkdown(md, "`const a = 1`\n\n    const b = 2;").html).toBe("<p><code>const a = 1</code></p>\n<pre><code>const b = 2;\n</code></pre>\n");
  });
});
