// Integration: builds tests/fixtures/calendar (America/Los_Angeles, en-GB, one
// article per page) and checks every page of the time navigation — year
// overviews, month calendars, day pages with times, empty periods, "on this
// day", topics and sources through time, volume charts, dated pagination —
// with articles whose UTC or foreign-offset dates fall on another local day.

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, type HTMLElement } from "node-html-parser";
import { brokenInternalLinks, buildFixtureSite, FIXTURES, type BuiltSite } from "../support/built-site";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite({
    contentDir: path.join(FIXTURES, "calendar"),
    configFile: path.join(FIXTURES, "calendar.config.json"),
  });
});
afterAll(() => site?.cleanup());

const page = (file: string): HTMLElement => parse(site.read(file));
const text = (element: HTMLElement | null | undefined) => (element?.text ?? "").replace(/\s+/g, " ").trim();
const links = (root: HTMLElement, selector: string) => root.querySelectorAll(`${selector} a`).map((a) => [text(a), a.getAttribute("href")]);

/** Each linked day of a calendar: [day number, href, count]. */
function calendarDays(root: HTMLElement): [string, string | undefined, string][] {
  return root.querySelectorAll(".calendar a").map((a) => [
    text(a.querySelector(".calendar__date span[aria-hidden]")),
    a.getAttribute("href"),
    text(a.querySelector(".calendar__count")),
  ]);
}

describe("the time navigation of a built archive", () => {
  it("resolves every internal link on every page", () => {
    expect(brokenInternalLinks(site)).toEqual([]);
  });

  it("shows a year's twelve months with their counts, linking those with articles", () => {
    const months = page("2024/index.html").querySelectorAll(".month-bars li");
    expect(months).toHaveLength(12);
    expect(months.map((li) => text(li.querySelector(".count")))).toEqual([
      "no articles",
      "2 articles",
      "4 articles",
      ...Array.from({ length: 9 }, () => "no articles"),
    ]);
    expect(links(page("2024/index.html"), ".month-bars")).toEqual([
      ["February", "/2024/02/"],
      ["March", "/2024/03/"],
    ]);
  });

  it("puts each article on its local day in the month calendars, weeks starting on Monday for en-GB", () => {
    const february = page("2024/02/index.html");
    expect(february.querySelectorAll(".calendar thead th").map((th) => text(th.querySelector("[aria-hidden]")))).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    // 1 February 2024 was a Thursday: three blanks first.
    expect(february.querySelectorAll(".calendar tbody tr")[0]!.querySelectorAll("td").map((td) => text(td.querySelector("[aria-hidden]")))).toEqual(["", "", "", "1", "2", "3", "4"]);
    // 07:30 UTC on 1 March is 23:30 on 29 February in Los Angeles.
    expect(calendarDays(february)).toEqual([["29", "/2024/02/29/", "2 articles"]]);
    expect(calendarDays(page("2024/03/index.html"))).toEqual([
      ["10", "/2024/03/10/", "2 articles"],
      ["12", "/2024/03/12/", "1 article"],
      // 06:00 on 31 March in Tokyo is the afternoon of the 30th here.
      ["30", "/2024/03/30/", "1 article"],
    ]);
    // 05:00 UTC on 1 January 2024 is still New Year's Eve.
    expect(calendarDays(page("2023/12/index.html"))).toEqual([["31", "/2023/12/31/", "1 article"]]);
    expect(page("2023/12/index.html").querySelector(".calendar a")?.text).toContain("31 December 2023");
  });

  it("lists a day's headlines with their local times, and none for an article dated without one", () => {
    const leapDay = page("2024/02/29/index.html");
    expect(leapDay.querySelectorAll(".headline").map((li) => [text(li.querySelector(".headline__time")), text(li.querySelector(".headline__title")), text(li.querySelector(".headline__source"))])).toEqual([
      ["23:30", "Late amendments filed", "Bay Wire"],
      ["10:00", "Leap-day session on the budget", "Harbour Gazette"],
    ]);
    expect(leapDay.querySelector(".headline time")?.getAttribute("datetime")).toBe("2024-02-29T23:30:00-08:00");
    expect(text(leapDay.querySelector(".headlines-zone"))).toBe("Times are Pacific Time.");
    // Half past three on the morning the clocks went forward already has the summer offset.
    expect(page("2024/03/10/index.html").querySelectorAll("time.headline__time").map((time) => time.getAttribute("datetime"))).toEqual([
      "2024-03-10T12:00:00-07:00",
      "2024-03-10T03:30:00-07:00",
    ]);
    const dateOnly = page("2024/03/12/index.html");
    expect(dateOnly.querySelector("time.headline__time")).toBeNull();
    expect(dateOnly.querySelector(".headlines-zone")).toBeNull();
  });

  it("groups a month's or year's headlines under their days, linked", () => {
    expect(links(page("2024/03/index.html"), ".headlines__heading")).toEqual([
      ["Saturday, 30 March 2024", "/2024/03/30/"],
      ["Tuesday, 12 March 2024", "/2024/03/12/"],
      ["Sunday, 10 March 2024", "/2024/03/10/"],
    ]);
  });

  it("links a day to the previous and next days with articles, and to other years when they have that day", () => {
    expect(links(page("2024/02/29/index.html"), ".period-nav")).toEqual([
      ["← 31 December 2023", "/2023/12/31/"],
      ["All of February 2024", "/2024/02/"],
      ["10 March 2024 →", "/2024/03/10/"],
    ]);
    expect(links(page("2024/02/29/index.html"), ".listing-other-years")).toEqual([["29 February in other years", "/on-this-day/02/29/"]]);
    expect(page("2024/03/10/index.html").querySelector(".listing-other-years")).toBeNull();
  });

  it("answers a day without articles with the nearest days, the month's calendar and noindex, not a 404", () => {
    const gap = page("2024/03/11/index.html");
    expect(text(gap.querySelector("h1"))).toBe("11 March 2024");
    expect(text(gap.querySelector(".empty-period__note"))).toBe("No articles on 11 March 2024.");
    expect(links(gap, ".empty-period__nearest")).toEqual([
      ["10 March 2024", "/2024/03/10/"],
      ["12 March 2024", "/2024/03/12/"],
      ["All of March 2024", "/2024/03/"],
    ]);
    expect(text(gap.querySelector(".empty-period__nearest"))).toContain("10 March 2024 (2 articles)");
    expect(gap.querySelector('.calendar td[aria-current="date"]')?.text).toContain("11 March 2024");
    expect(gap.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(gap.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it("writes pages for empty days only inside months with articles and inside the archive's range", () => {
    for (const file of ["2024/03/11/index.html", "2024/02/01/index.html", "2022/03/31/index.html"]) expect(site.files, file).toContain(file);
    for (const file of ["2024/03/31/index.html", "2020/02/28/index.html", "2024/01/15/index.html", "2021/06/01/index.html"]) {
      expect(site.files, file).not.toContain(file);
    }
    const year = page("2021/index.html");
    expect(text(year.querySelector(".empty-period__note"))).toBe("No articles in 2021.");
    expect(links(year, ".empty-period__nearest")).toEqual([
      ["2020", "/2020/"],
      ["2022", "/2022/"],
    ]);
    const month = page("2024/01/index.html");
    expect(month.querySelector('.month-bars li[aria-current="date"]')?.text).toContain("January");
  });

  it("keeps the pages of empty periods out of the sitemap and the listed pages in it", () => {
    const sitemap = site.read("sitemap.xml");
    expect(sitemap).not.toContain("/2024/03/11/<");
    expect(sitemap).not.toContain("/2021/<");
    for (const url of ["/2024/03/10/", "/on-this-day/", "/on-this-day/02/29/", "/topics/budget/2024/"]) expect(sitemap).toContain(`https://calendar.example.org${url}<`);
  });

  it("gathers a day of the year across years, grouped under the years", () => {
    const leap = page("on-this-day/02/29/index.html");
    expect(text(leap.querySelector("h1"))).toBe("On 29 February");
    expect(links(leap, ".headlines__heading")).toEqual([
      ["2024", "/2024/02/29/"],
      ["2020", "/2020/02/29/"],
    ]);
    expect(leap.querySelectorAll(".headline")).toHaveLength(3);
    expect(links(leap, ".period-nav")).toEqual([
      ["← 31 December", "/on-this-day/12/31/"],
      ["Every day of the year", "/on-this-day/"],
      ["10 March →", "/on-this-day/03/10/"],
    ]);
  });

  it("lists every day of the year with articles on /on-this-day/, with counts", () => {
    const days = page("on-this-day/index.html");
    expect(days.querySelectorAll(".year-days__month")).toHaveLength(12);
    expect(days.querySelectorAll(".year-days__day")).toHaveLength(366);
    expect(days.querySelectorAll(".year-days a").map((a) => [a.getAttribute("href"), text(a.querySelector(".year-days__count"))])).toEqual([
      ["/on-this-day/02/29/", "3 articles"],
      ["/on-this-day/03/10/", "2 articles"],
      ["/on-this-day/03/12/", "1 article"],
      ["/on-this-day/03/30/", "2 articles"],
      ["/on-this-day/06/15/", "1 article"],
      ["/on-this-day/12/31/", "1 article"],
    ]);
  });

  it("offers the newest article's day in earlier years on the home page", () => {
    expect(links(page("index.html"), ".listing-on-this-day")).toEqual([
      ["On 30 March in earlier years", "/on-this-day/03/30/"],
      ["Every day of the year", "/on-this-day/"],
    ]);
  });

  it("gives a topic its date range, volume chart with a text alternative, years, related topics and feed", () => {
    const budget = page("topics/budget/index.html");
    expect(text(budget.querySelector(".listing-count"))).toBe("8 articles · 29 February 2020 – 30 March 2024");
    const chart = budget.querySelector("svg.volume__chart")!;
    expect(chart.getAttribute("role")).toBe("img");
    expect(text(chart.querySelector("title"))).toBe("Articles per year, 2020 to 2024");
    expect(text(chart.querySelector("desc"))).toBe(
      "2020: 1 article; 2021: 0 articles; 2022: 0 articles; 2023: 2 articles; 2024: 5 articles. Busiest: 2024, 5 articles. 8 articles in all.",
    );
    expect(chart.getAttribute("aria-labelledby")).toBe(chart.querySelector("title")!.id);
    expect(chart.getAttribute("aria-describedby")).toBe(chart.querySelector("desc")!.id);
    expect(chart.querySelectorAll("rect.volume__bar")).toHaveLength(5);
    expect(links(budget, ".term-years").map(([, href]) => href)).toEqual(["/topics/budget/2024/", "/topics/budget/2023/", "/topics/budget/2020/"]);
    expect(links(budget, ".related-topics")).toEqual([
      ["City Hall", "/topics/city-hall/"],
      ["Transit", "/topics/transit/"],
    ]);
    expect(links(budget, ".term-timeline__feed")).toEqual([["Atom feed of Budget", "/topics/budget/feed.xml"]]);
  });

  it("pages a long topic's years, each linked to its neighbours and the topic", () => {
    const year = page("topics/budget/2023/index.html");
    expect(text(year.querySelector("h1"))).toBe("Budget in 2023");
    expect(text(year.querySelector(".listing-count"))).toBe("2 articles");
    expect(links(year, ".period-nav")).toEqual([
      ["← 2020", "/topics/budget/2020/"],
      ["All of Budget", "/topics/budget/"],
      ["2024 →", "/topics/budget/2024/"],
    ]);
    expect(links(year, ".breadcrumb").map(([, href]) => href)).toEqual(["/", "/topics/", "/topics/budget/"]);
    expect(site.files).toContain("topics/budget/2024/page/5/index.html");
    expect(site.files).not.toContain("topics/budget/2024/page/6/index.html");
    expect(site.files.filter((file) => file.startsWith("topics/transit/20"))).toEqual([]);
  });

  it("links a shorter topic's and a source's years to the page of the series where each year starts", () => {
    expect(links(page("sources/harbour-gazette/index.html"), ".term-years").map(([, href]) => href)).toEqual([
      "/sources/harbour-gazette/",
      "/sources/harbour-gazette/page/4/",
      "/sources/harbour-gazette/page/5/",
    ]);
  });

  it("labels each page of a series with the days it covers", () => {
    const second = page("topics/budget/page/2/index.html");
    expect(text(second.querySelector(".listing-page"))).toBe("Page 2 of 8: 12 March 2024");
    const pageLinks = second.querySelectorAll(".pagination a:not([rel])").map((a) => text(a));
    expect(pageLinks.slice(0, 3)).toEqual(["Page 1: 30 Mar 2024", "Page 2: 12 Mar 2024", "Page 3: 10 Mar 2024"]);
    expect(pageLinks.at(-1)).toBe("Page 8: 29 Feb 2020");
  });

  it("charts the whole archive per month on /archive/, summing up a long series whose months are listed below", () => {
    const chart = page("archive/index.html").querySelector("svg.volume__chart")!;
    expect(text(chart.querySelector("title"))).toBe("Articles per month, February 2020 to March 2024");
    expect(text(chart.querySelector("desc"))).toBe("Busiest: March 2024, 4 articles. 10 articles in all. Every month is listed with its count below.");
    expect(chart.querySelectorAll("rect.volume__bar")).toHaveLength(50);
    expect(links(page("archive/index.html"), ".listing-on-this-day").map(([, href]) => href)).toEqual(["/on-this-day/"]);
  });
});
