// Import, WordPress: the fixture export (a small harbour blog written for
// these tests) → each post's front matter and body, the files it brings
// along, and every item left out with why; plus the pieces — the WXR
// reader, stored content, old links and uploads — as tables.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleText, reviewNotes } from "../../../src/import/article-file";
import { LinkMap, sitePath } from "../../../src/import/link-map";
import type { ImportedArticle } from "../../../src/import/types";
import { importWordPress } from "../../../src/import/wordpress/import-wordpress";
import { readWxr } from "../../../src/import/wordpress/read-wxr";
import { wordPressHtml } from "../../../src/import/wordpress/wp-content";
import { Uploads } from "../../../src/import/wordpress/wp-uploads";
import { IMPORT_FIXTURES, importContext } from "./context";

const EXPORT = path.join(IMPORT_FIXTURES, "wordpress/harbour-gazette.xml");
const UPLOADS = path.join(IMPORT_FIXTURES, "wordpress/uploads");
const SHOWN = "tests/fixtures/import/wordpress/harbour-gazette.xml";
const withUploads = importWordPress([EXPORT], importContext(), { uploads: UPLOADS });
const post = (result: typeof withUploads, slug: string): ImportedArticle => {
  const found = result.articles.find((article) => article.fields.slug === slug);
  if (found === undefined) throw new Error(`${slug} was not imported`);
  return found;
};

describe("importWordPress: front matter", () => {
  it.each([
    [
      "new-cranes-arrive",
      21,
      {
        title: "New cranes arrive at the container terminal",
        date: "2023-05-14T17:30:00+09:00",
        source: "Harbour Gazette",
        author: "Mara Petrova",
        tags: ["Port News", "Cranes"],
        summary: "Two new cranes for the container terminal.",
        aliases: ["/2023/05/14/new-cranes-arrive/", "/?p=101"],
      },
    ],
    [
      "ferry-timetable",
      72,
      { title: "Ferry timetable changes for the summer", date: "2022-06-04T01:00:00+09:00", author: "Tomas Reyes", tags: ["Ferries"], aliases: ["/2022/06/03/ferry-timetable/", "/?p=102"] },
    ],
    ["항구-축제", 120, { title: "항구 축제 일정", date: "2023-09-01T10:00:00+09:00", tags: ["Festivals"], aliases: ["/2023/09/01/항구-축제/", "/?p=104"] }],
  ])("%s (line %i)", (slug, line, fields) => {
    const article = post(withUploads, slug);
    expect(article.from).toEqual({ file: SHOWN, line });
    expect(article.fields).toMatchObject(fields);
    expect(article.fields.summary === undefined).toBe(!("summary" in fields));
  });

  it("leaves out every other item with why: drafts, private posts, pages, attachments, menu items", () => {
    expect(withUploads.skipped).toEqual([
      { from: { file: SHOWN, line: 102 }, reason: "a draft post, not published (pass --drafts to import it as a draft)" },
      { from: { file: SHOWN, line: 140 }, reason: "a private post, not published: left out" },
      { from: { file: SHOWN, line: 158 }, reason: '"About the Gazette" is a page, not a post: make it a page of the site in pages/ (see README, Adding a page)' },
    ]);
    expect(withUploads.notes.map((note) => note.message)).toEqual([
      'source: the site title "Harbour Gazette" (pass --source to choose another)',
      "left out 1 item of type `attachment` (not posts)",
      "left out 1 item of type `nav_menu_item` (not posts)",
    ]);
  });

  it("imports a draft as a draft with --drafts, dated by its wall time when it has no GMT date, and says so", () => {
    const drafts = importWordPress([EXPORT], importContext(), { drafts: true, source: "The Gazette" });
    const draft = drafts.articles.find((article) => article.fields.draft === true)!;
    expect(draft.fields).toMatchObject({ title: "Harbour & marina fees: what changes in 2024", date: "2023-12-01T09:00:00", source: "The Gazette", slug: "harbour-marina-fees-what-changes-in-2024", aliases: ["/?p=103"] });
    expect(reviewNotes(draft)).toEqual([
      "date from post_date, the WordPress site's own clock, in a timezone the export does not state (the site timezone was assumed)",
    ]);
    expect(draft.body).toBe("The marina’s fees rise by a fifth next year.");
  });
});

describe("importWordPress: body", () => {
  it("converts block-editor HTML, brings the uploaded image along and points links at the new articles", () => {
    const article = post(withUploads, "new-cranes-arrive");
    expect(article.files).toEqual([{ name: "crane.jpg", from: path.join(UPLOADS, "2023/05/crane.jpg") }]);
    expect(article.body).toBe(
      [
        "Two ship-to-shore cranes arrived on a heavy-lift vessel on Sunday, the first new cranes at the terminal in a decade.",
        '![A crane is lifted onto the quay.](crane.jpg "A crane is lifted onto the quay.")',
        "## What the cranes can lift",
        "| Crane | Lift (t) |\n| --- | --- |\n| STS 1 | 65 |\n| STS 2 | 65 |",
        '<table><tbody><tr><td rowspan="2">Outreach</td><td>Sea side: 60 m</td></tr><tr><td>Land side: 20 m</td></tr></tbody></table>',
        "The cranes replace the ones retired after [last summer's ferry timetable change](/2022/06/04/ferry-timetable/) moved berths around. See also [about the Gazette](https://gazette.example.com/about/) and [the port authority's notice](https://www.portauthority.example.org/cranes).",
        '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Cranes arriving"></iframe>',
        "Harbour time: <sup>*</sup>local",
      ].join("\n\n"),
    );
    expect(reviewNotes(article)).toEqual(["/about/ is a page of the old site, not an imported post: the link now points at the old site (give it its new place)"]);
    expect(article.notes.filter((note) => note.kind === "note").map((note) => note.message)).toEqual([
      "dropped 1 <script> element (not allowed in articles)",
      "left out the other sizes (srcset) of 1 image: they are files of the old site",
      "kept as HTML: a table Markdown cannot write (merged cells, a caption, blocks in cells, or no header row)",
      "kept as HTML: <iframe>",
      "kept as HTML: <sup>",
      "pointed 1 link to other imported posts at their new URLs",
    ]);
  });

  it("gives classic-editor text its paragraphs, turns [caption] into a titled image, and keeps a shortcode it cannot convert, at its line", () => {
    const article = post(withUploads, "ferry-timetable");
    expect(article.body).toBe(
      [
        '![The ferry moored at the quay](https://gazette.example.com/wp-content/uploads/2023/06/ferry-berth.jpg "The ferry at its berth.")',
        "The island ferry will sail every two hours from June, the operator said on Friday.",
        '![Passengers on the ferry deck](ferry-deck.jpg "Passengers on the upper deck.")',
        "The full timetable is [here (PDF)](timetable.pdf).\\\nEvening sailings stop in September.",
        '\\[gallery columns="3"\\]',
        "Read how the [new cranes](/2023/05/14/new-cranes-arrive/) changed the berths.",
      ].join("\n\n"),
    );
    expect(article.files.map((file) => file.name)).toEqual(["timetable.pdf", "ferry-deck.jpg"]);
    expect(article.notes.filter((note) => note.kind === "review").map((note) => [note.at.line, note.message])).toEqual([
      [86, "[gallery] cannot be converted (it lists no ids of attachments in this export), kept as written"],
      [72, "2023/06/ferry-berth.jpg is not in the uploads folder, left at its old address"],
    ]);
  });

  it("leaves uploaded files at the old address without --uploads, and says so once for the export", () => {
    const without = importWordPress([EXPORT], importContext(), {});
    expect(post(without, "new-cranes-arrive").files).toEqual([]);
    expect(post(without, "new-cranes-arrive").body).toContain("![A crane is lifted onto the quay.](https://gazette.example.com/wp-content/uploads/2023/05/crane-1024x683.jpg ");
    expect(without.notes.at(-1)?.message).toBe(
      "4 uploaded files are left at the old site's address; pass --uploads DIR (a copy of wp-content/uploads) to bring them beside the articles",
    );
  });

  it("writes front matter with the aliases and the review notes", () => {
    expect(articleText(post(withUploads, "항구-축제"))).toBe(
      [
        "---",
        "title: 항구 축제 일정",
        "date: '2023-09-01T10:00:00+09:00'",
        "source: Harbour Gazette",
        "author: Tomas Reyes",
        "tags: [Festivals]",
        "slug: 항구-축제",
        "aliases:",
        "  - /2023/09/01/항구-축제/",
        "  - /?p=104",
        "---",
        "",
        "올해 항구 축제는 9월 둘째 주말에 열린다.",
        "",
      ].join("\n"),
    );
  });
});

describe("readWxr", () => {
  it.each([
    ["<rss><channel><title>T</title></channel>", "not well-formed XML: Unclosed tag 'rss'.", 1],
    ["<feed></feed>", "not a WordPress export: expected an <rss> document with a <channel>, as Tools → Export writes", 1],
  ])("refuses %j with the line", (xml, message, line) => {
    expect(readWxr(xml)).toMatchObject({ ok: false, message, line });
  });

  it("finds each item's line, past CDATA that looks like markup", () => {
    const xml = '<rss><channel>\n<item><content:encoded><![CDATA[<item> not an item\n]]></content:encoded></item>\n\n<item><title>B</title></item></channel></rss>';
    const result = readWxr(xml);
    expect(result.ok && result.export.items.map((item) => [item.line, item.contentLine, item.title])).toEqual([
      [2, 2, ""],
      [5, 5, "B"],
    ]);
  });
});

describe("wordPressHtml", () => {
  const attachments = (id: string) => ({ "7": "https://g.example/wp-content/uploads/a.jpg" })[id];
  it.each([
    ["First.\n\nSecond line\nwith a break.", "<p>First.</p>\n\n<p>Second line<br>\nwith a break.</p>"],
    ["<pre>code\n\nmore code</pre>\n\nAfter.", "<pre>code\n\nmore code</pre>\n\n<p>After.</p>"],
    ["<!-- wp:paragraph --><p>Blocks stay.</p>\n\n<p>As they are.</p>", "<!-- wp:paragraph --><p>Blocks stay.</p>\n\n<p>As they are.</p>"],
    ['[caption id="x" width="300"]<img src="a.jpg"> A caption[/caption]', '<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>'],
    ['[caption caption="From the attribute"]<img src="a.jpg">[/caption]', '<figure><img src="a.jpg"><figcaption>From the attribute</figcaption></figure>'],
    ["[embed]https://video.example.net/v/1[/embed]", '<p><a href="https://video.example.net/v/1">https://video.example.net/v/1</a></p>'],
    ['[gallery ids="7"]', '<p><img src="https://g.example/wp-content/uploads/a.jpg" alt=""></p>'],
    ['[video mp4="https://g.example/v.mp4"][/video]', '<video controls src="https://g.example/v.mp4"></video>'],
    ["He said [sic] and cited [1].", "<p>He said [sic] and cited [1].</p>"],
  ])("%j", (content, html) => {
    const result = wordPressHtml(content, attachments);
    expect(result.html).toBe(html);
    expect(result.problems).toEqual([]);
  });

  it("keeps a shortcode it cannot convert and says where it is", () => {
    const result = wordPressHtml('Intro.\n\n[contact-form-7 id="5"]\n\n[poll id="9"]', attachments);
    expect(result.html).toBe('<p>Intro.</p>\n\n<p>[contact-form-7 id="5"]</p>\n\n<p>[poll id="9"]</p>');
    expect(result.problems).toEqual([
      { offset: 8, message: "shortcode [contact-form-7] cannot be converted, kept as written (replace it by hand)" },
      { offset: 33, message: "shortcode [poll] cannot be converted, kept as written (replace it by hand)" },
    ]);
  });
});

describe("LinkMap", () => {
  const links = new LinkMap("https://gazette.example.com");
  links.add("https://gazette.example.com/2023/05/14/new-cranes-arrive/", "/2023/05/14/new-cranes-arrive/");
  links.add("/?p=102", "/2022/06/04/ferry-timetable/");
  it.each([
    ["https://gazette.example.com/2023/05/14/new-cranes-arrive/", { kind: "article", url: "/2023/05/14/new-cranes-arrive/" }],
    ["http://www.gazette.example.com/2023/05/14/new-cranes-arrive#quay", { kind: "article", url: "/2023/05/14/new-cranes-arrive/#quay" }],
    ["/2023/05/14/new-cranes-arrive/", { kind: "article", url: "/2023/05/14/new-cranes-arrive/" }],
    ["https://gazette.example.com/?p=102", { kind: "article", url: "/2022/06/04/ferry-timetable/" }],
    ["https://gazette.example.com/about/", { kind: "old-site", path: "/about/", rootRelative: false }],
    ["/category/ferries/", { kind: "old-site", path: "/category/ferries/", rootRelative: true }],
    ["https://elsewhere.example.org/2023/05/14/new-cranes-arrive/", { kind: "elsewhere" }],
    ["#top", { kind: "elsewhere" }],
    ["mailto:desk@gazette.example.com", { kind: "elsewhere" }],
  ])("%s", (href, target) => {
    expect(links.resolve(href)).toEqual(target);
  });

  it.each([
    ["https://gazette.example.com/2023/09/01/%ed%95%ad%ea%b5%ac/", "/2023/09/01/항구/"],
    ["https://gazette.example.com/?p=7", "/?p=7"],
    ["https://elsewhere.example.org/x/", undefined],
  ])("the alias of %s is %s", (address, alias) => {
    expect(sitePath(address, "https://gazette.example.com")).toBe(alias);
  });
});

describe("Uploads", () => {
  const uploads = new Uploads(UPLOADS);
  it.each([
    ["https://gazette.example.com/wp-content/uploads/2023/05/crane.jpg", { relative: "2023/05/crane.jpg", file: path.join(UPLOADS, "2023/05/crane.jpg") }],
    ["https://cdn.example.net/gazette/wp-content/uploads/2023/05/crane-300x200.jpg", { relative: "2023/05/crane-300x200.jpg", file: path.join(UPLOADS, "2023/05/crane.jpg") }],
    ["/wp-content/uploads/2023/05/missing.jpg", { relative: "2023/05/missing.jpg" }],
    ["/wp-content/uploads/../../../../etc/passwd", undefined],
    // The project's own package.json is there, five folders up: the uploads folder is never left.
    ["/wp-content/uploads/..%2f..%2f..%2f..%2f..%2fpackage.json", { relative: "../../../../../package.json" }],
    ["https://gazette.example.com/about/", undefined],
  ])("%s", (address, found) => {
    expect(uploads.find(address)).toEqual(found);
  });
});
