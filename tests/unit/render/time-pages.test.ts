// Render stage tests: the markup of the time navigation — calendars, the
// twelve-month overview, dated pagination, topic timelines, empty periods,
// the home page's "on this day", the days of the year and the most covered terms.

import { describe, expect, it } from "vitest";
import type { Listing, MonthCalendar, Period } from "../../../src/model/types";
import {
  at,
  makeArticle,
  makeContext,
  makeIndexPage,
  makePagination,
  makeTopic,
  renderParsed,
  SAMPLE_TIMELINE,
  termDirectory,
  text,
  topicListing,
} from "./fixtures";

const context = makeContext();
const march: MonthCalendar = { year: 2024, month: 3, counts: Array.from({ length: 31 }, (_, i) => (i === 9 ? 2 : i === 29 ? 1 : 0)) };
const marchPeriod: Period = { kind: "month", year: 2024, month: 3, path: "/2024/03/", count: 3 };
const year2024: Period = { kind: "year", year: 2024, path: "/2024/", count: 5 };

describe("a month page's calendar", () => {
  const render = (language: string) =>
    renderParsed(makeIndexPage({ kind: "period", period: marchPeriod, parent: year2024, calendar: march }, { base: "/2024/03/" }), makeContext({ language, pathPrefix: "/news" })).root;

  it("links each day with articles to its page, with its count and whole date for screen readers", () => {
    const links = render("en-GB").querySelectorAll(".calendar a");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/news/2024/03/10/", "/news/2024/03/30/"]);
    expect(links.map((a) => text(a))).toEqual(["1010 March 2024: 2 articles", "3030 March 2024: 1 article"]);
    expect(text(render("en-GB").querySelector(".calendar caption"))).toBe("March 2024");
  });

  it.each([
    ["en-GB", "Monday", ["", "", "", "", "1", "2", "3"]],
    ["en", "Sunday", ["", "", "", "", "", "1", "2"]],
  ])("in %s starts its weeks on %s", (language, firstDay, firstWeek) => {
    const root = render(language);
    expect(text(root.querySelector(".calendar thead th .visually-hidden"))).toBe(firstDay);
    expect(root.querySelectorAll(".calendar tbody tr")[0]!.querySelectorAll("td").map((td) => text(td.querySelector("[aria-hidden]")))).toEqual(firstWeek);
  });
});

describe("a year page's twelve months", () => {
  it("lists every month with its count and a bar to the busiest month's scale, linking months with articles", () => {
    const overview = { year: 2024, counts: [0, 2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1] };
    const { root } = renderParsed(makeIndexPage({ kind: "period", period: year2024, overview }, { base: "/2024/" }), context);
    const months = root.querySelectorAll(".month-bars li");
    expect(months.map((li) => text(li.querySelector(".count")))).toEqual(["no articles", "2 articles", "4 articles", ...Array(8).fill("no articles"), "1 article"]);
    expect(root.querySelectorAll(".month-bars a").map((a) => a.getAttribute("href"))).toEqual(["/2024/02/", "/2024/03/", "/2024/12/"]);
    expect(months.map((li) => li.querySelector("rect")?.getAttribute("width"))).toEqual(["0.0", "50.0", "100.0", ...Array(8).fill("0.0"), "25.0"]);
    expect(months[1]!.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("dated pagination", () => {
  const spans = Array.from({ length: 9 }, (_, i) => ({ first: { year: 2006, month: 6, day: 20 - 2 * i }, last: { year: 2006, month: 6, day: 21 - 2 * i } }));
  const pageAt = (pageNumber: number) => {
    const pagination = { ...makePagination(pageNumber, 9, "/2006/"), spans };
    return { ...makeIndexPage({ kind: "period", period: { kind: "year", year: 2006, path: "/2006/", count: 90 } }, { base: "/2006/" }), pagination, path: pagination.pagePaths[pageNumber - 1]! };
  };

  it("names each page by its number and the days it covers", () => {
    const { root } = renderParsed(pageAt(5), context);
    const names = root.querySelectorAll(".pagination a:not([rel])").map((a) => text(a));
    expect(names).toContain("Page 5: 12 – 13 Jun 2006");
    expect(names[0]).toBe("Page 1: 20 – 21 Jun 2006");
    expect(text(root.querySelector(".listing-page"))).toBe("Page 5 of 9: 12 – 13 June 2006");
  });

  it("marks the pages a phone leaves out, with a gap of the phone's own in their place", () => {
    const { root } = renderParsed(pageAt(5), context);
    const far = root.querySelectorAll(".pagination li.pagination__far a").map((a) => text(a.querySelector(".pagination__number")));
    expect(far).toEqual(["Page 2", "Page 3", "Page 7", "Page 8"]);
    expect(root.querySelectorAll(".pagination__gap--narrow")).toHaveLength(2);
  });
});

describe("a topic's timeline", () => {
  const topic = makeTopic("Economy", "economy", 30);
  const years = [
    { year: 2023, count: 20, path: "/topics/economy/2023/" },
    { year: 2022, count: 10, path: "/topics/economy/2022/" },
  ];
  const listing = topicListing(topic, { timeline: { ...SAMPLE_TIMELINE, years }, related: [{ name: "Trade", path: "/topics/trade/" }] });

  it("shows the chart, years, related topics and feed on the first page", () => {
    const { root } = renderParsed(makeIndexPage(listing, { base: topic.path, totalPages: 3 }), context);
    expect(root.querySelector("svg.volume__chart title")).not.toBeNull();
    expect(root.querySelectorAll(".term-years a").map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["2023, 20 articles", "/topics/economy/2023/"],
      ["2022, 10 articles", "/topics/economy/2022/"],
    ]);
    expect(root.querySelectorAll(".related-topics a").map((a) => a.getAttribute("href"))).toEqual(["/topics/trade/"]);
    expect(root.querySelector(".term-timeline__feed a")?.getAttribute("href")).toBe("/topics/economy/feed.xml");
  });

  it("keeps only the years and the feed on later pages", () => {
    const { root } = renderParsed(makeIndexPage(listing, { base: topic.path, pageNumber: 2, totalPages: 3 }), context);
    expect(root.querySelector("svg.volume__chart")).toBeNull();
    expect(root.querySelector(".related-topics")).toBeNull();
    expect(root.querySelectorAll(".term-years a")).toHaveLength(2);
    expect(root.querySelector(".term-timeline__feed a")).not.toBeNull();
  });
});

describe("a page for an empty period", () => {
  const listing: Listing = {
    kind: "empty-period",
    period: { kind: "day", year: 2024, month: 3, day: 11, path: "/2024/03/11/", count: 0 },
    parent: marchPeriod,
    previous: { kind: "day", year: 2024, month: 3, day: 10, path: "/2024/03/10/", count: 2 },
    next: { kind: "day", year: 2024, month: 3, day: 30, path: "/2024/03/30/", count: 1 },
    calendar: march,
  };
  const { root } = renderParsed(makeIndexPage(listing, { base: "/2024/03/11/", articles: [] }), context);

  it("says so, links the nearest days with their counts and marks the day in the month's calendar", () => {
    expect(text(root.querySelector(".empty-period__note"))).toBe("No articles on 11 March 2024.");
    expect(root.querySelectorAll(".empty-period__nearest li").map((li) => text(li))).toEqual([
      "Earlier 10 March 2024 (2 articles)",
      "Later 30 March 2024 (1 article)",
      "All of March 2024",
    ]);
    expect(text(root.querySelector('.calendar td[aria-current="date"]'))).toBe("1111 March 2024");
  });

  it("asks search engines to leave it out and describes no collection", () => {
    expect(root.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(root.querySelector('script[type="application/ld+json"]')).toBeNull();
  });
});

describe("the home page's way to other years", () => {
  const listing: Listing = { kind: "home", onThisDay: { day: { month: 3, day: 30, path: "/on-this-day/03/30/" }, count: 4 } };

  it("links the newest article's day in earlier years and every day of the year, on the first page only", () => {
    const first = renderParsed(makeIndexPage(listing, { totalPages: 2 }), context).root;
    expect(first.querySelectorAll(".listing-on-this-day a").map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["On 30 March in earlier years", "/on-this-day/03/30/"],
      ["Every day of the year", "/on-this-day/"],
    ]);
    expect(text(first.querySelector(".listing-on-this-day .count"))).toBe("(4 articles)");
    expect(renderParsed(makeIndexPage(listing, { pageNumber: 2, totalPages: 2 }), context).root.querySelector(".listing-on-this-day")).toBeNull();
  });
});

describe("the days of the year", () => {
  it("shows all 366 days, linking the days with articles with their counts", () => {
    const days = [
      { month: 2, day: 29, path: "/on-this-day/02/29/", count: 3, years: 2 },
      { month: 12, day: 31, path: "/on-this-day/12/31/", count: 1, years: 1 },
    ];
    const { root } = renderParsed({ kind: "on-this-day", path: "/on-this-day/", days }, context);
    expect(root.querySelectorAll(".year-days__day")).toHaveLength(366);
    expect(root.querySelectorAll(".year-days a").map((a) => [a.getAttribute("href"), text(a)])).toEqual([
      ["/on-this-day/02/29/", "2929 February: 3 articles"],
      ["/on-this-day/12/31/", "3131 December: 1 article"],
    ]);
    expect(root.querySelectorAll('.year-days__day[aria-hidden="true"]')).toHaveLength(364);
    expect(text(root.querySelector("h1"))).toBe("On this day");
  });
});

describe("the topics directory", () => {
  const topics = ["Asia", "Budget", "Climate"].map((name, i) => makeTopic(name, name.toLowerCase(), i + 1));

  it("lists the most covered topics first when there are more topics than that", () => {
    const { root } = renderParsed(termDirectory("topics", topics, [topics[2]!, topics[1]!]), context);
    expect(root.querySelectorAll(".most-covered li").map((li) => text(li))).toEqual(["Climate 3 articles", "Budget 2 articles"]);
  });

  it("leaves the section out when it would repeat every topic", () => {
    expect(renderParsed(termDirectory("topics", topics, [...topics].reverse()), context).root.querySelector(".most-covered")).toBeNull();
  });
});

describe("the headline view", () => {
  it("shows a time only for articles that have one, and hides the time column when none has", () => {
    const timed = makeArticle({ slug: "timed", date: at("2023-08-06T09:05:00") });
    const untimed = makeArticle({ slug: "untimed", dateOnly: true, date: at("2023-08-06T00:00:00") });
    const day: Period = { kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 2 };
    const both = renderParsed(makeIndexPage({ kind: "period", period: day }, { base: day.path, articles: [timed, untimed] }), context).root;
    expect(both.querySelectorAll(".headline__time").map((time) => text(time))).toEqual(["09:05", ""]);
    expect(both.querySelector(".headlines")?.classList.contains("headlines--untimed")).toBe(false);
    const none = renderParsed(makeIndexPage({ kind: "period", period: day }, { base: day.path, articles: [untimed] }), context).root;
    expect(none.querySelector(".headlines")?.classList.contains("headlines--untimed")).toBe(true);
    expect(none.querySelector(".headlines-zone")).toBeNull();
  });
});
