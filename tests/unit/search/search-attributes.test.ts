// Search stage tests: the Pagefind attribute values an article page carries.

import { describe, expect, it } from "vitest";
import { articleSearchAttributes, inlineValue, sortableInstant } from "../../../src/search/search-attributes";
import { at, makeArticle, makeSource } from "../render/fixtures";

describe("inlineValue", () => {
  it.each([
    ["source", "AP", "source:AP"],
    ["source", "Reuters, London: desk", "source:Reuters, London: desk"],
    ["source", "  Daily\n  Ledger ", "source:Daily Ledger"],
  ])("%s + %j → %j", (key, value, expected) => {
    expect(inlineValue(key, value)).toBe(expected);
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
