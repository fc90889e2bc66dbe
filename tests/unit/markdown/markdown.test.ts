import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown, truncateAtWord } from "../../../src/markdown/markdown";

const md = createMarkdown();

describe("firstParagraph", () => {
  it.each([
    ["plain paragraph", "First line\nsecond line.\n\nNext paragraph.", "First line second line."],
    ["skips a leading heading", "## Heading\n\nThe lede.", "The lede."],
    ["keeps link and emphasis text", "A [linked](https://example.org) *word* and `code`.", "A linked word and code."],
    ["ignores a paragraph inside a quote", "> quoted\n\nReal lede.", "Real lede."],
    ["ignores list items", "- item one\n- item two\n\nAfter the list.", "After the list."],
    ["drops inline HTML tags", "Text with <b>bold</b> inside.", "Text with bold inside."],
    ["empty body", "", ""],
  ])("%s", (_, source, expected) => {
    expect(renderMarkdown(md, source).firstParagraph).toBe(expected);
  });
});

describe("truncateAtWord", () => {
  it.each([
    ["short text is kept", "Short text.", 200, "Short text."],
    ["cuts at the last space", "alpha beta gamma delta", 12, "alpha beta…"],
    ["trims trailing punctuation before the ellipsis", "alpha, beta gamma", 7, "alpha…"],
    ["cuts inside a very long word", "abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij…"],
    ["counts characters, not UTF-16 units", "북한 북한 북한 북한", 8, "북한 북한…"],
  ])("%s", (_, text, limit, expected) => {
    expect(truncateAtWord(text, limit)).toBe(expected);
  });
});

describe("renderMarkdown", () => {
  it("renders headings, lists and links", () => {
    const { html } = renderMarkdown(md, "## Sub\n\n- a\n- b\n\n[x](https://example.org)");
    expect(html).toContain('<h2 id="sub">Sub</h2>');
    expect(html).toContain("<li>a</li>");
    expect(html).toContain('<a href="https://example.org">x</a>');
  });

  it("keeps markdown-it's link validation: javascript: links are not made into links", () => {
    const { html } = renderMarkdown(md, "[click](javascript:alert(1))");
    expect(html).not.toContain('href="javascript:');
  });
});
