import { describe, expect, it } from "vitest";
import { FALLBACK_ID, uniqueId } from "../../../src/markdown/heading-ids";
import { createMarkdown, renderMarkdown } from "../../../src/markdown/markdown";
import { createBodyRenderer } from "../../../src/markdown/render-articles";

const md = createMarkdown();
const idsOf = (html: string): string[] => [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1]!);

describe("heading ids from Markdown", () => {
  it.each([
    ["plain text", "## Harbour reopens", ["harbour-reopens"]],
    ["Latin accents dropped, as in topic URLs", "## São Paulo budget", ["sao-paulo-budget"]],
    ["non-Latin letters kept", "## 북한 경제", ["북한-경제"]],
    ["code and links count as text", "## The `fetch` call and [its docs](https://example.org)", ["the-fetch-call-and-its-docs"]],
    ["an image's description counts", "## ![Map](https://example.org/m.png) of the port", ["map-of-the-port"]],
    ["a heading of punctuation only", "## !!!", [FALLBACK_ID]],
    ["an empty heading", "##", [FALLBACK_ID]],
    ["every level", "# One\n\n###### Six", ["one", "six"]],
    ["a setext heading", "Results\n=======", ["results"]],
    ["the same text twice", "## Results\n\n## Results\n\n## Results", ["results", "results-2", "results-3"]],
    ["a text whose slug is a suffixed one already", "## Results\n\n## Results 2\n\n## Results", ["results", "results-2", "results-3"]],
    ["a layout id as text", "## Main\n\n## Related heading", ["main-2", "related-heading-2"]],
    ["an id written after the text", "## Results of 2024 {#results-2024}", ["results-2024"]],
    ["a written id with non-Latin letters", "## 결과 {#결과-2024}", ["결과-2024"]],
    ["a written id in a setext heading", "Results {#r}\n---", ["r"]],
    ["an escaped brace is text", "## Sets \\{#a}", ["sets-a"]],
    ["braces inside the text are text", "## A {#b} c", ["a-b-c"]],
  ])("%s", (_, source, ids) => {
    expect(idsOf(renderMarkdown(md, source).html)).toEqual(ids);
  });

  it("takes the written id out of the heading's text", () => {
    expect(renderMarkdown(md, "## Results of 2024 {#results-2024}").html).toBe('<h2 id="results-2024">Results of 2024</h2>\n');
  });

  it("escapes a written id in the attribute", () => {
    expect(renderMarkdown(md, '## X {#a"onmouseover="b}').html).toBe('<h2 id="a&quot;onmouseover=&quot;b">X</h2>\n');
  });

  it("notes a written id that is taken, with the heading's line", () => {
    const source = "## Intro\n\nText.\n\n## Again {#intro}\n\n## Skip {#main}\n";
    const { html, notes } = renderMarkdown(md, source);
    expect(idsOf(html)).toEqual(["intro", "intro-2", "main-2"]);
    expect(notes).toEqual([
      { kind: "heading-id", line: 5, wanted: "intro", used: "intro-2", byLayout: false },
      { kind: "heading-id", line: 7, wanted: "main", used: "main-2", byLayout: true },
    ]);
  });

  it("notes nothing for ids made from the text", () => {
    expect(renderMarkdown(md, "## Main\n\n## Main").notes).toEqual([]);
  });
});

describe("heading ids in raw HTML", () => {
  const render = createBodyRenderer({ allowedIframeHosts: [] });

  it("keeps an id on a heading and takes it off every other element", () => {
    const { html, notes } = render('<h3 id="timeline">Timeline</h3>\n<p id="x">Text</p>\n<a id="y" name="z">a</a>');
    expect(html).toBe('<h3 id="timeline">Timeline</h3>\n<p>Text</p>\n<a name="z">a</a>');
    expect(notes.map((note) => note.kind === "attribute" && `${note.tag} ${note.attribute}`)).toEqual(["p id", "a id"]);
  });

  it("renames a raw heading's id that belongs to the layout, or to an earlier heading, Markdown or raw", () => {
    const source = '<h2 id="main">A</h2>\n\n## Background\n\n<h2 id="background">B</h2>\n<h2 id="site-search-q">C</h2>\n';
    const { html, notes } = render(source);
    expect(idsOf(html)).toEqual(["main-2", "background", "background-2", "site-search-q-2"]);
    expect(notes).toEqual([
      { kind: "heading-id", line: 1, wanted: "main", used: "main-2", byLayout: true },
      { kind: "heading-id", line: 5, wanted: "background", used: "background-2", byLayout: false },
      { kind: "heading-id", line: 6, wanted: "site-search-q", used: "site-search-q-2", byLayout: true },
    ]);
  });
});

describe("uniqueId", () => {
  it.each([
    ["free", [], "free"],
    ["taken", ["taken"], "taken-2"],
    ["taken", ["taken", "taken-2", "taken-3"], "taken-4"],
  ])("%s with %j taken is %s", (wanted, taken, expected) => {
    expect(uniqueId(wanted, (id) => taken.includes(id))).toBe(expected);
  });
});
