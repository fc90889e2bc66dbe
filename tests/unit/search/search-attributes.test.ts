// Search stage tests: the Pagefind attribute values an article page carries,
// and the escaping that makes filter values read as text in the filter panel.

import { parse } from "node-html-parser";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import {
  articleSearchAttributes,
  escapeHtmlText,
  inlineFilter,
  inlineValue,
  sortableInstant,
  topicFilter,
} from "../../../src/search/search-attributes";
import { SEARCH_FILTERS } from "../../../src/search/search-names";
import { at, makeArticle, makeSource, makeTopic } from "../render/fixtures";

describe("inlineValue", () => {
  it.each([
    ["source", "AP", "source:AP"],
    ["source", "Reuters, London: desk", "source:Reuters, London: desk"],
    ["source", "  Daily\n  Ledger ", "source:Daily Ledger"],
  ])("%s + %j → %j", (key, value, expected) => {
    expect(inlineValue(key, value)).toBe(expected);
  });
});

describe("escapeHtmlText", () => {
  it.each([
    ["AP", "AP"],
    ["AT&T", "AT&amp;T"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["&#60;b&#62;", "&amp;#60;b&amp;#62;"],
    ["&amp;", "&amp;amp;"],
    [`Tom's "Desk"`, `Tom's "Desk"`],
    ["북한", "북한"],
  ])("%j → %j", (text, expected) => {
    expect(escapeHtmlText(text)).toBe(expected);
  });
});

describe("inlineFilter", () => {
  it.each([
    ["year", "2024", "year:2024"],
    ["source", "AP", "source:AP"],
    ["source", "Reuters, London: desk", "source:Reuters, London: desk"],
    ["source", "  Daily\n  Ledger ", "source:Daily Ledger"],
    ["source", "AT&T", "source:AT&amp;amp;T"],
    ["topic", "<img src=x onerror=alert(1)>", "topic:&amp;lt;img src=x onerror=alert(1)&amp;gt;"],
    ["topic", "&#60;img&#62;", "topic:&amp;amp;#60;img&amp;amp;#62;"],
    ["topic", "&lt;b&gt;", "topic:&amp;amp;lt;b&amp;amp;gt;"],
    ["topic", `O'Brien "Quoted"`, `topic:O'Brien "Quoted"`],
  ])("%s + %j → %j", (key, value, expected) => {
    expect(inlineFilter(key, value)).toBe(expected);
  });

  it("names a topic's filter after the topic, whatever its link shows", () => {
    expect(topicFilter(makeTopic("Q&A"))).toBe("topic:Q&amp;amp;A");
  });

  // The road a filter value takes (Pagefind 1.6, checked for real by tests/e2e/search-xss.test.ts):
  // preact escapes the attribute, Pagefind's HTML parser decodes it, Pagefind decodes it once more,
  // and the Default UI inserts it into the filter panel as HTML.
  const decodeText = (html: string) => parse(`<p>${html}</p>`).querySelector("p")!.text;
  function filterPanelLabel(value: string): { text: string; elements: number } {
    const page = renderToString(h("a", { "data-pagefind-filter": inlineFilter(SEARCH_FILTERS.source, value) }));
    const parsed = parse(page).querySelector("a")!.getAttribute("data-pagefind-filter")!;
    const indexed = decodeText(parsed.slice(`${SEARCH_FILTERS.source}:`.length));
    const label = parse(`<label>${indexed}</label>`).querySelector("label")!;
    return { text: label.text, elements: label.querySelectorAll("*").length };
  }

  it.each([
    "AT&T",
    "<img src=x onerror=alert('source')>",
    "<script>alert(1)</script>",
    "&#60;img src=x onerror=alert('entity')&#62;",
    "&lt;img src=x onerror=alert('named')&gt;",
    "&amp;amp;",
    `Tom's "Harbour" Desk`,
    "a < b && c > d",
  ])("reaches the filter panel as the text %j, with no element", (value) => {
    expect(filterPanelLabel(value)).toEqual({ text: value, elements: 0 });
  });
});

describe("search names", () => {
  it("are plain lowercase words, since the Default UI inserts filter names into its panel as HTML", () => {
    for (const name of Object.values(SEARCH_FILTERS)) expect(name).toMatch(/^[a-z]+$/);
  });
});

describe("sortableInstant", () => {
  it("writes the instant in UTC with a fixed width, whatever the zone it was read in", () => {
    expect(sortableInstant(at("2023-08-06T09:05:00", "Asia/Seoul"))).toBe("2023-08-06T00:05:00Z");
    expect(sortableInstant(at("2023-08-05T20:05:00", "America/New_York"))).toBe("2023-08-06T00:05:00Z");
  });

  it("sorts as text in the same order as the instants", () => {
    const dates = [
      at("2023-08-06T23:30:00", "America/New_York"),
      at("2023-08-07T01:00:00", "Europe/Berlin"),
      at("0999-01-01T00:00:00", "UTC"),
      at("2024-02-29T12:00:00", "Pacific/Kiritimati"),
    ];
    const byText = [...dates].sort((a, b) => sortableInstant(a).localeCompare(sortableInstant(b)));
    const byTime = [...dates].sort((a, b) => a.toMillis() - b.toMillis());
    expect(byText).toEqual(byTime);
  });
});

describe("articleSearchAttributes", () => {
  it("gives the date sort, the source and year filters and the result metadata", () => {
    const article = makeArticle({ date: at("2023-08-06T14:30:00", "Europe/Berlin"), source: makeSource("Daily Ledger") });
    expect(articleSearchAttributes(article, { timezone: "Europe/Berlin", language: "en-GB" })).toEqual({
      sort: "date:2023-08-06T12:30:00Z",
      yearFilter: "year:2023",
      sourceFilter: "source:Daily Ledger",
      dateMeta: "date:6 August 2023",
      sourceMeta: "source:Daily Ledger",
    });
  });

  it("takes the year from the site timezone, as the article's URL does", () => {
    const newYearsEve = makeArticle({ date: at("2023-12-31T22:00:00", "America/New_York") });
    const site = { timezone: "America/New_York", language: "en" };
    const attributes = articleSearchAttributes(newYearsEve, site);
    expect(attributes.yearFilter).toBe("year:2023");
    expect(attributes.dateMeta).toBe("date:December 31, 2023");
    expect(attributes.sort).toBe("date:2024-01-01T03:00:00Z");
  });
});
