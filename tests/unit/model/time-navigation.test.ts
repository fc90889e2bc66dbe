// Model stage: what the time navigation is built from — calendars, overviews,
// empty periods, "on this day", topics through the years — on a small archive
// in America/New_York whose dates sit on day, month and year boundaries.

import { describe, expect, it } from "vitest";
import { buildArchive } from "../../../src/model/build-archive";
import type { IndexPage, Listing } from "../../../src/model/types";
import { makeArticle, siteConfig } from "./make-article";

const ZONE = "America/New_York";
const site = siteConfig({ timezone: ZONE, pageSize: 2, language: "en" });
const at = (date: string, tags: string[], file: string) => makeArticle({ zone: ZONE, date, tags, file, slug: file.replace(/\.md$/, "") });

const { model } = buildArchive(
  [
    // 03:30 on 1 April in UTC, still 31 March in New York.
    at("2023-03-31T23:30:00-04:00", ["Economy", "Trade"], "late-march.md"),
    at("2023-04-01T02:00:00Z", ["Economy", "Trade"], "utc-april.md"),
    at("2023-03-05", ["Economy", "Ports"], "early-march.md"),
    at("2022-03-31T12:00:00", ["Economy"], "year-before.md"),
    at("2020-07-04", ["Weather"], "first.md"),
    // 04:00 on 1 January 2024 in UTC, New Year's Eve in New York.
    at("2023-12-31T23:00:00-05:00", ["Economy"], "new-years-eve.md"),
    at("2024-01-01T00:30:00", ["Weather"], "new-year.md"),
  ],
  site,
);

const index = (path: string): IndexPage => {
  const page = model.pages.indexes.find((candidate) => candidate.path === path);
  if (page === undefined) throw new Error(`no index page at ${path}`);
  return page;
};
const listingOf = <K extends Listing["kind"]>(path: string, kind: K): Extract<Listing, { kind: K }> => {
  const { listing } = index(path);
  if (listing.kind !== kind) throw new Error(`${path} is a ${listing.kind} page, not ${kind}`);
  return listing as Extract<Listing, { kind: K }>;
};
const pathsOf = (kind: Listing["kind"]) => model.pages.indexes.filter((page) => page.listing.kind === kind).map((page) => page.path);

describe("date pages", () => {
  it("give a month page the articles of each day in the site timezone", () => {
    const { calendar } = listingOf("/2023/03/", "period");
    expect(calendar).toMatchObject({ year: 2023, month: 3 });
    expect(calendar!.counts).toHaveLength(31);
    expect(calendar!.counts[30]).toBe(2);
    expect(calendar!.counts[4]).toBe(1);
    expect(calendar!.counts.reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(index("/2023/04/").listing.kind).toBe("empty-period");
  });

  it("give a year page its articles per month", () => {
    expect(listingOf("/2023/", "period").overview).toEqual({ year: 2023, counts: [0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect(listingOf("/2024/", "period").overview!.counts[0]).toBe(1);
  });

  it("link a day to the same day in other years only when another year has articles on it", () => {
    expect(listingOf("/2023/03/31/", "period").otherYears).toEqual({ month: 3, day: 31, path: "/on-this-day/03/31/" });
    expect(listingOf("/2022/03/31/", "period").otherYears?.path).toBe("/on-this-day/03/31/");
    expect(listingOf("/2023/03/05/", "period")).not.toHaveProperty("otherYears");
  });

  it("list headlines five times the page size per page and note each page's days", () => {
    const day = index("/2023/03/31/");
    expect(day.articles.map((article) => article.slug)).toEqual(["late-march", "utc-april"]);
    const year = index("/2023/");
    expect(year.articles).toHaveLength(4);
    expect(year.pagination.totalPages).toBe(1);
    expect(year.pagination.spans).toEqual([{ first: { year: 2023, month: 3, day: 5 }, last: { year: 2023, month: 12, day: 31 } }]);
  });
});

describe("empty periods", () => {
  it("exist for every empty year between the first and the last", () => {
    expect(pathsOf("empty-period").filter((path) => /^\/\d{4}\/$/.test(path))).toEqual(["/2021/"]);
    expect(listingOf("/2021/", "empty-period")).toMatchObject({ period: { kind: "year", count: 0 }, previous: { path: "/2020/" }, next: { path: "/2022/" } });
  });

  it("exist for the empty months of years with articles, inside the archive's range", () => {
    const months = pathsOf("empty-period").filter((path) => /^\/\d{4}\/\d{2}\/$/.test(path));
    expect(months).toHaveLength(5 + 11 + 10);
    expect(months).toContain("/2020/08/");
    expect(months).not.toContain("/2020/06/");
    expect(months).not.toContain("/2024/02/");
    expect(listingOf("/2023/02/", "empty-period")).toMatchObject({
      parent: { path: "/2023/" },
      previous: { path: "/2022/03/" },
      next: { path: "/2023/03/" },
      overview: { year: 2023 },
    });
  });

  it("exist for the empty days of months with articles, inside the archive's range, with the month's calendar", () => {
    const days = pathsOf("empty-period").filter((path) => /^\/\d{4}\/\d{2}\/\d{2}\/$/.test(path));
    expect(days).toHaveLength(27 + 30 + 29 + 30);
    expect(days).not.toContain("/2020/07/03/");
    expect(days).not.toContain("/2023/03/31/");
    expect(days).not.toContain("/2024/01/02/");
    const gap = listingOf("/2023/03/06/", "empty-period");
    expect(gap).toMatchObject({ parent: { path: "/2023/03/" }, previous: { path: "/2023/03/05/" }, next: { path: "/2023/03/31/" } });
    expect(gap.calendar).toBe(listingOf("/2023/03/", "period").calendar);
    expect(index("/2023/03/06/").articles).toEqual([]);
  });

  it("find the nearest day across a month end", () => {
    expect(listingOf("/2023/12/01/", "empty-period")).toMatchObject({ previous: { path: "/2023/03/31/" }, next: { path: "/2023/12/31/" } });
  });
});

describe("on this day", () => {
  it("gathers each day of the year across years, newest first", () => {
    expect(index("/on-this-day/03/31/").articles.map((article) => article.slug)).toEqual(["late-march", "utc-april", "year-before"]);
    const directory = model.pages.directories.find((page) => page.kind === "on-this-day");
    expect(directory).toMatchObject({
      path: "/on-this-day/",
      days: [
        { month: 1, day: 1, count: 1, years: 1 },
        { month: 3, day: 5, count: 1, years: 1 },
        { month: 3, day: 31, count: 3, years: 2 },
        { month: 7, day: 4, count: 1, years: 1 },
        { month: 12, day: 31, count: 1, years: 1 },
      ],
    });
  });

  it("links each day to its neighbours round the turn of the year", () => {
    expect(listingOf("/on-this-day/01/01/", "on-this-day")).toMatchObject({ previous: { path: "/on-this-day/12/31/" }, next: { path: "/on-this-day/03/05/" } });
    expect(listingOf("/on-this-day/12/31/", "on-this-day").next?.path).toBe("/on-this-day/01/01/");
  });

  it("is offered on the home page for the newest article's day when earlier years have it", () => {
    expect(listingOf("/", "home")).not.toHaveProperty("onThisDay");
    const { model: later } = buildArchive(
      [at("2024-03-31T09:00:00", [], "newest.md"), at("2022-03-31T09:00:00", [], "older.md"), at("2021-03-31", [], "oldest.md")],
      site,
    );
    const home = later.pages.indexes[0]!.listing;
    expect(home).toEqual({ kind: "home", onThisDay: { day: { month: 3, day: 31, path: "/on-this-day/03/31/" }, count: 2 } });
  });
});

describe("topics and sources through time", () => {
  it("give a topic its date range, volume and years, each year linking the page where it starts", () => {
    const { timeline } = listingOf("/topics/economy/", "topic");
    expect(timeline.first).toEqual({ year: 2022, month: 3, day: 31 });
    expect(timeline.last).toEqual({ year: 2023, month: 12, day: 31 });
    expect(timeline.volume).toEqual({ unit: "year", buckets: [{ year: 2022, count: 1 }, { year: 2023, count: 4 }] });
    // Two per page, newest first: 2023's newest article is on page 1, 2022's (the fifth) on page 3.
    expect(timeline.years).toEqual([
      { year: 2023, count: 4, path: "/topics/economy/" },
      { year: 2022, count: 1, path: "/topics/economy/page/3/" },
    ]);
  });

  it("write no pages per year for topics whose pages all fit in the pagination bar", () => {
    expect(pathsOf("topic-year")).toEqual([]);
  });

  it("write pages per year for a longer topic, only for its years with articles", () => {
    const dates = ["2024-05-01", "2024-04-01", "2024-03-01", "2022-09-01", "2022-08-01", "2022-07-01", "2022-06-01", "2022-05-01"];
    const { model: long } = buildArchive(
      dates.map((date, i) => at(date, ["Climate"], `climate-${i}.md`)),
      siteConfig({ timezone: ZONE, pageSize: 1, language: "en" }),
    );
    const topicYears = long.pages.indexes.filter((page) => page.listing.kind === "topic-year");
    expect(topicYears.map((page) => page.path)).toEqual([
      "/topics/climate/2024/",
      "/topics/climate/2024/page/2/",
      "/topics/climate/2024/page/3/",
      "/topics/climate/2022/",
      "/topics/climate/2022/page/2/",
      "/topics/climate/2022/page/3/",
      "/topics/climate/2022/page/4/",
      "/topics/climate/2022/page/5/",
    ]);
    expect(topicYears[0]!.listing).toEqual({
      kind: "topic-year",
      topic: { name: "Climate", path: "/topics/climate/" },
      year: 2024,
      previous: { year: 2022, path: "/topics/climate/2022/" },
      next: undefined,
    });
    const topic = long.pages.indexes.find((page) => page.path === "/topics/climate/")!.listing;
    expect(topic.kind === "topic" && topic.timeline.years.map((year) => year.path)).toEqual(["/topics/climate/2024/", "/topics/climate/2022/"]);
  });

  it("give a short topic the months of its one year", () => {
    expect(listingOf("/topics/trade/", "topic").timeline.volume.unit).toBe("month");
  });

  it("name the topics most often given together, without their counts", () => {
    expect(listingOf("/topics/economy/", "topic").related).toEqual([
      { name: "Trade", path: "/topics/trade/" },
      { name: "Ports", path: "/topics/ports/" },
    ]);
    expect(listingOf("/topics/weather/", "topic").related).toEqual([]);
  });

  it("give a source its timeline over every year, each year linking the page of the source where it starts", () => {
    const { timeline } = listingOf("/sources/wire/", "source");
    expect(timeline.volume.buckets.map((bucket) => bucket.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(timeline.years.map((year) => [year.year, year.path])).toEqual([
      [2024, "/sources/wire/"],
      [2023, "/sources/wire/"],
      [2022, "/sources/wire/page/3/"],
      [2020, "/sources/wire/page/4/"],
    ]);
  });
});

describe("directories", () => {
  it("list the most covered topics first, ties A–Z", () => {
    const topics = model.pages.directories.find((page) => page.kind === "topics");
    expect(topics?.kind === "topics" && topics.mostCovered.map((topic) => topic.name)).toEqual(["Economy", "Trade", "Weather", "Ports"]);
  });

  it("give the archive its articles per month over the whole range", () => {
    const archive = model.pages.directories.find((page) => page.kind === "archive");
    const volume = archive?.kind === "archive" ? archive.volume : undefined;
    expect(volume?.unit).toBe("month");
    expect(volume?.buckets).toHaveLength(6 + 12 * 3 + 1);
    expect(volume?.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(model.articles.length);
  });
});
