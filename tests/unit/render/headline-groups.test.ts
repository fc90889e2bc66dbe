import { describe, expect, it } from "vitest";
import type { Listing, Period } from "../../../src/model/types";
import { groupHeadlines, headlineGrouping } from "../../../src/render/headline-groups";
import { at, makeArticle, ZONE } from "./fixtures";

const day: Period = { kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 1 };
const month: Period = { kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 1 };

describe("headlineGrouping", () => {
  it.each([
    [{ kind: "period", period: day }, "none"],
    [{ kind: "period", period: month }, "day"],
    [{ kind: "empty-period", period: month }, "day"],
    [{ kind: "on-this-day", day: { month: 8, day: 6, path: "/on-this-day/08/06/" } }, "year"],
    [{ kind: "home" }, undefined],
    [{ kind: "topic-year", topic: { name: "Trade", path: "/topics/trade/" }, year: 2023 }, undefined],
  ] as [Listing, string | undefined][])("%j → %s", (listing, grouping) => {
    expect(headlineGrouping(listing)).toBe(grouping);
  });
});

describe("groupHeadlines", () => {
  const articles = [
    makeArticle({ slug: "late", date: at("2023-08-06T23:30:00") }),
    makeArticle({ slug: "early", date: at("2023-08-06T08:00:00") }),
    // 23:30 UTC on the 5th is already the 6th in Berlin.
    makeArticle({ slug: "utc", date: at("2023-08-05T23:30:00Z", "UTC") }),
    makeArticle({ slug: "before", date: at("2023-08-05T12:00:00") }),
    makeArticle({ slug: "last-year", date: at("2022-08-06T12:00:00") }),
  ];
  const slugs = (groups: ReturnType<typeof groupHeadlines>) => groups.map((group) => [group.day, group.articles.map((article) => article.slug)]);

  it("groups consecutive articles by their day in the site zone", () => {
    expect(slugs(groupHeadlines(articles, "day", ZONE))).toEqual([
      [{ year: 2023, month: 8, day: 6 }, ["late", "early", "utc"]],
      [{ year: 2023, month: 8, day: 5 }, ["before"]],
      [{ year: 2022, month: 8, day: 6 }, ["last-year"]],
    ]);
  });

  it("groups by year for a day of the year", () => {
    expect(slugs(groupHeadlines(articles, "year", ZONE)).map(([, list]) => list)).toEqual([["late", "early", "utc", "before"], ["last-year"]]);
  });

  it("keeps one group without a heading for a day", () => {
    expect(groupHeadlines(articles, "none", ZONE)).toHaveLength(1);
    expect(groupHeadlines([], "none", ZONE)).toEqual([]);
  });
});
