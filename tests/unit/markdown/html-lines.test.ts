import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../../src/content/front-matter";
import { renderBlocks, tagLines } from "../../../src/markdown/html-lines";
import { createMarkdown, renderMarkdown } from "../../../src/markdown/markdown";

const md = createMarkdown();
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

/** The bodies of the fixture archives: every Markdown construct the tests use. */
function fixtureBodies(): [string, string][] {
  const bodies: [string, string][] = [];
  for (const folder of ["xss", "migrated", "archive/2023"]) {
    for (const name of readdirSync(path.join(FIXTURES, folder)).filter((file) => file.endsWith(".md"))) {
      const parsed = parseFrontMatter(readFileSync(path.join(FIXTURES, folder, name), "utf8"));
      if (parsed.ok) bodies.push([`${folder}/${name}`, parsed.frontMatter.body]);
    }
  }
  return bodies;
}

describe("renderBlocks", () => {
  it.each(fixtureBodies())("renders %s exactly as markdown-it does", (_, body) => {
    const rendered = renderMarkdown(md, body);
    expect(renderBlocks(md, rendered.tokens, rendered.env).html).toBe(rendered.html);
  });
});

describe("tagLines", () => {
  it("gives the body line of each opening tag, as the sanitizer counts them", () => {
    const body = "# Title\n\nText with <b>bold</b>\nand <i>italic</i>.\n\n<div>\n<p>\n<span>x</span></p>\n</div>\n\n- item <u>u</u>\n";
    const rendered = renderMarkdown(md, body);
    const lineOf = tagLines(md, rendered.tokens, rendered.env, rendered.html);
    // h1, p, b, i, div, p, span, ul, li, u
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(lineOf)).toEqual([1, 3, 3, 4, 6, 7, 8, 11, 11, 11]);
  });

  it("falls back to the first line for HTML it was not given", () => {
    const rendered = renderMarkdown(md, "Text.");
    expect(tagLines(md, rendered.tokens, rendered.env, "<p>other</p>")(0)).toBe(1);
  });
});
