// Import, Jekyll and Hugo: the fixture sites (written for these tests) →
// each post's front matter and body, its old addresses as aliases, the files
// it brings along, and what cannot be converted, reported at its line.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { reviewNotes } from "../../../src/import/article-file";
import { hugo } from "../../../src/import/hugo/hugo-site";
import { jekyll } from "../../../src/import/jekyll/jekyll-site";
import { importStaticSite } from "../../../src/import/static-site/import-static-site";
import type { ImportedArticle, ImporterResult } from "../../../src/import/types";
import { IMPORT_FIXTURES, importContext } from "./context";

const JEKYLL = path.join(IMPORT_FIXTURES, "jekyll");
const HUGO = path.join(IMPORT_FIXTURES, "hugo");
const bySlug = (result: ImporterResult, slug: string): ImportedArticle => {
  const found = result.articles.find((article) => article.fields.slug === slug);
  if (found === undefined) throw new Error(`${slug} was not imported`);
  return found;
};

describe("Jekyll", () => {
  const result = importStaticSite(jekyll, [path.join(JEKYLL, "_posts")], importContext(), {});

  it.each([
    ["tide-tables", { title: "Spring tide tables are out", date: "2021-04-02", source: "Quayside Notes", tags: ["harbour", "news", "Tides"], aliases: ["/harbour/news/2021/04/02/tide-tables/"] }],
    [
      "lighthouse-open-day",
      {
        title: "Lighthouse open day draws a crowd",
        date: "2021-05-10 15:30:00 +0100",
        author: "Ines Moreau",
        summary: "Visitors climbed the lighthouse for the first time in years.",
        tags: ["Lighthouse", "Events"],
        aliases: ["/events/lighthouse-open-day/", "/lighthouse/", "/2021/05/10/lighthouse-open-day/"],
      },
    ],
    ["regatta", { title: "Regatta results", date: "2021-07-15", tags: ["Sailing"], aliases: ["/sailing/2021/07/15/regatta/"] }],
  ])("%s: front matter from the post, its file name and _config.yml", (slug, fields) => {
    expect(bySlug(result, slug).fields).toMatchObject(fields);
  });

  it("writes Liquid out, brings the image along, points links at the new articles, and reports the rest at its line", () => {
    const post = bySlug(result, "tide-tables");
    expect(post.body).toBe(
      [
        "The harbour office has published the tide tables for April and May.",
        "![Tide chart for April](tide-chart.png)",
        "```text\nHigh water  06:12  4.1 m\nLow water   12:30  0.6 m\n```",
        "Plan a visit for the [lighthouse open day](/2021/05/10/lighthouse-open-day/).",
        "{% include signup.html %}",
        "The printable tables are [here](https://notes.example.net/assets/docs/tides.pdf).",
      ].join("\n\n"),
    );
    expect(post.files).toEqual([{ name: "tide-chart.png", from: path.join(JEKYLL, "assets/img/tide-chart.png") }]);
    expect(post.notes.filter((note) => note.kind === "review").map((note) => [note.at.line, note.message])).toEqual([
      [19, "Liquid `{% include signup.html %}` cannot be converted, kept as written"],
      [21, "/assets/docs/tides.pdf is neither among the old site's files nor an imported post: the link now points at the old site (give it its new place)"],
    ]);
    expect(bySlug(result, "lighthouse-open-day").body).toContain("Check the [tide tables](/2021/04/02/tide-tables/) before you come by boat.");
  });

  it("converts an HTML post, and leaves out drafts and files that are not posts, saying why", () => {
    expect(bySlug(result, "regatta").body).toBe("The summer regatta ended on Sunday with a win for the *Curlew*.\n\n| Boat | Place |\n| --- | --- |\n| Curlew | 1 |\n| Petrel | 2 |");
    expect(result.skipped.map((item) => [item.from.file, item.reason])).toEqual([
      ["tests/fixtures/import/jekyll/_posts/notes.md", "not a post: Jekyll names post files YYYY-MM-DD-title.md, with a real date"],
      ["tests/fixtures/import/jekyll/_posts/2021-06-01-draft-notes.md", "a draft (pass --drafts to import it as a draft)"],
    ]);
    const drafts = importStaticSite(jekyll, [JEKYLL], importContext(), { drafts: true, source: "Quayside" });
    expect(bySlug(drafts, "draft-notes").fields).toMatchObject({ draft: true, date: "2021-06-01", source: "Quayside" });
  });
});

describe("Hugo", () => {
  const result = importStaticSite(hugo, [path.join(HUGO, "content")], importContext(), {});

  it.each([
    [
      "storm-breakwater",
      {
        title: "Storm damages the north breakwater",
        date: "2024-01-18T07:45:00+01:00",
        updated: "2024-01-19",
        source: "Tidewatch",
        tags: ["Harbour", "Storms", "Breakwater"],
        aliases: ["/news/storm/", "/2024/01/storm-breakwater/"],
      },
    ],
    ["spring-works", { title: "Spring works on the breakwater begin", date: "2023-04-03", author: "Aino Lehto", summary: "Contractors start repairs on the north breakwater.", aliases: ["/2023/04/spring-works-on-the-breakwater-begin/"] }],
  ])("%s: front matter (TOML, YAML) and the old address from the site's permalinks", (slug, fields) => {
    expect(bySlug(result, slug).fields).toMatchObject(fields);
  });

  it("brings a leaf bundle's files along, writes shortcodes out, and reports what it cannot convert", () => {
    const post = bySlug(result, "storm-breakwater");
    expect(post.files.map((file) => [file.name, path.relative(HUGO, file.from)])).toEqual([
      ["parapet.jpg", "content/posts/storm-damage/gallery/parapet.jpg"],
      ["warning-map.png", "static/images/warning-map.png"],
      ["survey.pdf", "content/posts/storm-damage/survey.pdf"],
    ]);
    expect(post.body).toBe(
      [
        "Waves broke over the north breakwater overnight and tore away part of its parapet.",
        '![The damaged parapet at dawn.](parapet.jpg "The damaged parapet at dawn.")',
        "Engineers will survey the damage once the sea calms, the harbour master said.\nEarlier repairs are described in [the spring works](/2023/04/03/spring-works/).",
        "[Video on YouTube](https://www.youtube.com/watch?v=w7Ejbq1)",
        '{{< tide-widget station="north" >}}',
        "The warning map is [here](warning-map.png).",
      ].join("\n\n"),
    );
    expect(reviewNotes(post)).toEqual([
      'the embedded YouTube item `{{< youtube id="w7Ejbq1" >}}` became a link to it (embeds need the host in allowedIframeHosts)',
      'shortcode `{{< tide-widget station="north" >}}` cannot be converted, kept as written (replace it by hand)',
    ]);
    expect(post.notes.find((note) => note.message.startsWith("shortcode"))?.at).toEqual({ file: "tests/fixtures/import/hugo/content/posts/storm-damage/index.md", line: 21 });
    expect(post.notes.map((note) => note.message)).toContain("left out notes.md: a Markdown file in a bundle is not an article of its own");
  });

  it("points ref shortcodes and old addresses at the new article, and keeps an escaped shortcode as its text", () => {
    const post = bySlug(result, "spring-works");
    expect(post.body).toContain('// an escaped shortcode is shown as written: {{< figure src="x.jpg" >}}');
    expect(post.body).toContain("Later: the [storm report](/2024/01/18/storm-breakwater/) and its [old address](/2024/01/18/storm-breakwater/).");
    expect(reviewNotes(post)).toEqual([]);
  });

  it("leaves out section pages and drafts, saying so", () => {
    expect(result.skipped.map((item) => [item.from.file, item.reason])).toEqual([["tests/fixtures/import/hugo/content/notes/pier-lights.md", "a draft (pass --drafts to import it as a draft)"]]);
    expect(result.notes.map((note) => note.message)).toEqual(["left out 2 section pages (_index.md): the archive makes its own lists"]);
  });
});
