// Import, wire copy: each fixture story (written for this project in the
// shape wire copy arrives in) → the front matter and body it becomes, what
// is left for a person to review, and the stories that cannot be imported.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleText, reviewNotes } from "../../../src/import/article-file";
import type { ImportedArticle } from "../../../src/import/types";
import { importWire } from "../../../src/import/wire/import-wire";
import { IMPORT_FIXTURES, importContext } from "./context";

const WIRE = path.join(IMPORT_FIXTURES, "wire");
const context = importContext({ topics: ["Labour", "Ports", "Japan", "South Korea", "US", "Rice"], sources: ["Reuters", "Associated Press"] });
const imported = importWire([WIRE], context, { boilerplate: ["Sponsored Content"] });
const story = (name: string): ImportedArticle => {
  const found = imported.articles.find((article) => article.from.file === `tests/fixtures/import/wire/${name}`);
  if (found === undefined) throw new Error(`${name} was not imported`);
  return found;
};

describe("importWire: front matter", () => {
  it.each([
    [
      "harbour-strike.txt",
      {
        title: "Dock workers at the port of Varna walked off the job on Tuesday",
        date: "2024-03-12",
        source: "Reuters",
        tags: ["Labour", "Ports"],
        slug: "dock-workers-at-the-port-of-varna-walked-off-the-job-on-tuesday",
        aliases: [],
      },
      [
        "headline derived from the lead (write the real one)",
        "tags suggested from topics named in the text: Labour, Ports (keep those that fit)",
        'photo not in the wire copy (credit Reuters, caption "Dock workers gather outside the" (looks cut short)): add it beside the article, or delete this note',
      ],
    ],
    [
      "seoul-dateline.txt",
      {
        title: "South Korea and Japan agreed on Tuesday to resume regular talks between their coast guards",
        date: "2024-03-05",
        source: "Yonhap",
        tags: ["South Korea", "Japan"],
      },
      ["headline derived from the lead (write the real one)", "tags suggested from topics named in the text: South Korea, Japan (keep those that fit)"],
    ],
    [
      "rice-harvest.txt",
      { title: "Rice farmers in the Mekong Delta began the main harvest a week early this year", date: "2023-10-02", source: "AFP", tags: ["Rice"] },
      [
        'date taken from an "updated" stamp (2023-10-02), the story may be older',
        "headline derived from the lead (write the real one)",
        "tags suggested from topics named in the text: Rice (keep those that fit)",
      ],
    ],
  ])("%s", (name, fields, review) => {
    const article = story(name);
    expect(article.fields).toMatchObject(fields);
    expect(reviewNotes(article)).toEqual(review);
  });
});

describe("importWire: body", () => {
  it("keeps the story's paragraphs, makes the question line a subheading, and drops header, boilerplate and closing credit", () => {
    expect(story("harbour-strike.txt").body).toBe(
      [
        "Dock workers at the port of Varna walked off the job on Tuesday, leaving container cranes idle and ships waiting at anchor, the regional labour union said.",
        "The strike is the second this year and follows months of talks over night-shift pay that broke down last week.",
        "Port officials said perishable cargo would be moved first once work resumes.",
        "## What happens to the ships at anchor?",
        "Harbour masters said the vessels could wait for up to five days before shipping lines start to divert them to other ports along the coast.",
        "The union said it would meet the port authority again on Thursday.",
      ].join("\n\n"),
    );
  });

  it("reports each thing it took out or changed at its line", () => {
    const notes = story("harbour-strike.txt").notes.filter((note) => note.kind === "note");
    expect(notes.map((note) => [note.at.line, note.at.column, note.message])).toEqual([
      [19, 1, "closing credit taken out of the body (Reuters)"],
      [1, 18, "removed boilerplate `Follow us on`"],
      [7, 1, "removed boilerplate `Also Read: Ferry timetable changes for the spring season`"],
      [15, 1, "removed boilerplate `Advertisement`"],
      [11, 1, "made a subheading of `What happens to the ships at anchor?`"],
    ]);
  });

  it("keeps a dateline in the lead and makes a title-case line a subheading", () => {
    expect(story("seoul-dateline.txt").body.split("\n\n").slice(0, 3)).toEqual([
      "SEOUL, March 5, 2024 (Yonhap) -- South Korea and Japan agreed on Tuesday to resume regular talks between their coast guards after a pause of four years.",
      "The two sides will meet every six months, alternating between Busan and Fukuoka.",
      "## Talks Resume Next Week",
    ]);
  });

  it("makes a bundle with the photo beside the story, captioned and credited, and a trailing credit taken off", () => {
    const article = story("rice-harvest.txt");
    expect(article.files).toEqual([{ name: "rice-harvest.jpg", from: path.join(WIRE, "rice-harvest.jpg") }]);
    expect(article.body).toBe(
      [
        '![Farmers bring in the rice harvest near Can Tho in the rain.](rice-harvest.jpg "Farmers bring in the rice harvest near Can Tho in the rain. (Image: AFP)")',
        "CAN THO, Vietnam (AFP) - Rice farmers in the Mekong Delta began the main harvest a week early this year as the rainy season set in sooner than expected.",
        "Growers said yields looked strong despite the wet weather, though drying the grain had become harder.",
      ].join("\n\n"),
    );
    expect(article.notes.map((note) => note.message)).toContain("removed boilerplate `Sponsored Content`");
  });
});

describe("importWire: what it cannot decide", () => {
  it("skips a story without a year or a credit, saying what to pass", () => {
    expect(imported.skipped).toEqual([
      {
        from: { file: "tests/fixtures/import/wire/no-credit.txt" },
        reason: "source: no agency credit found (a dateline's `(Reuters) -`, `(With AP inputs)`, `— AFP`, `Image Source : AP`); pass --source NAME",
      },
      {
        from: { file: "tests/fixtures/import/wire/no-year.txt", line: 1, column: 1 },
        reason: "date: the dateline gives 1/9 without a year and there is no date stamp; pass --date YYYY-MM-DD",
      },
    ]);
  });

  it("takes --title, --date and --source over what the text says, and says where they differ", () => {
    const one = importWire([path.join(WIRE, "no-year.txt")], context, { title: "Tokyo's oldest bath house closes", date: "2024-01-09", source: "Reuters" });
    const [article] = one.articles;
    expect(article?.fields).toMatchObject({ title: "Tokyo's oldest bath house closes", date: "2024-01-09", source: "Reuters", slug: "tokyo-s-oldest-bath-house-closes" });
    expect(reviewNotes(article!)).toEqual([]);
    expect(article?.notes.map((note) => note.message)).toEqual(["--source Reuters was used; the text credits Kyodo"]);
  });

  it("spells an agency the way the archive already does", () => {
    const one = importWire([path.join(WIRE, "no-credit.txt")], importContext({ sources: ["Associated Press"] }), { source: "AP" });
    expect(one.articles[0]?.fields.source).toBe("AP");
    const credited = importWire([path.join(WIRE, "harbour-strike.txt")], importContext({ sources: ["Thomson Reuters"] }), {});
    expect(credited.articles[0]?.fields.source).toBe("Thomson Reuters");
  });

  it("writes a file whose front matter lists the review notes", () => {
    expect(articleText(story("seoul-dateline.txt")).split("---\n")[1]).toBe(
      [
        "title: South Korea and Japan agreed on Tuesday to resume regular talks between their coast guards",
        "date: '2024-03-05'",
        "source: Yonhap",
        "tags: [South Korea, Japan]",
        "slug: south-korea-and-japan-agreed-on-tuesday-to-resume-regular-talks-between-their",
        "review:",
        "  - headline derived from the lead (write the real one)",
        "  - 'tags suggested from topics named in the text: South Korea, Japan (keep those that fit)'",
        "",
      ].join("\n"),
    );
  });
});
