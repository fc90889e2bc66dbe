// Model stage: the date archive pages — every year, month and day with
// articles — each with what its page shows besides the list: a year its
// twelve-month overview, a month its calendar, a day the same day in other
// years. Also the month calendars and year overviews the empty periods reuse.

import { calendarDay, daysInMonth, monthKey } from "./calendar";
import type { OnThisDay } from "./on-this-day";
import { paginate } from "./pagination";
import type { PeriodGroup, PeriodGroups } from "./periods";
import type { Article, IndexPage, Listing, MonthCalendar, YearOverview } from "./types";

export interface CalendarData {
  /** By monthKey (202308), for every month with articles. */
  readonly calendars: ReadonlyMap<number, MonthCalendar>;
  /** By year, for every year with articles. */
  readonly overviews: ReadonlyMap<number, YearOverview>;
}

/** Month calendars and year overviews from the periods' counts. */
export function calendarData(periods: PeriodGroups<Article>): CalendarData {
  const dayCounts = new Map<number, number[]>();
  for (const { listing } of periods.days) {
    const { year, month, day, count } = listing.period;
    if (month === undefined || day === undefined) continue;
    const key = monthKey(year, month);
    let counts = dayCounts.get(key);
    if (counts === undefined) {
      counts = new Array<number>(daysInMonth(year, month)).fill(0);
      dayCounts.set(key, counts);
    }
    counts[day - 1] = count;
  }
  const calendars = new Map<number, MonthCalendar>();
  for (const [key, counts] of dayCounts) {
    calendars.set(key, Object.freeze({ year: Math.floor(key / 100), month: key % 100, counts: Object.freeze(counts) }));
  }

  const monthCounts = new Map<number, number[]>();
  for (const { listing } of periods.months) {
    const { year, month, count } = listing.period;
    if (month === undefined) continue;
    let counts = monthCounts.get(year);
    if (counts === undefined) {
      counts = new Array<number>(12).fill(0);
      monthCounts.set(year, counts);
    }
    counts[month - 1] = count;
  }
  const overviews = new Map<number, YearOverview>();
  for (const [year, counts] of monthCounts) overviews.set(year, Object.freeze({ year, counts: Object.freeze(counts) }));
  return { calendars, overviews };
}

export interface DatePagesInput {
  readonly periods: PeriodGroups<Article>;
  readonly calendar: CalendarData;
  readonly onThisDay: OnThisDay;
  /** Articles per page of a date listing. */
  readonly pageSize: number;
  readonly zone: string;
}

/** Years, then months, then days, each newest first. */
export function datePages({ periods, calendar, onThisDay, pageSize, zone }: DatePagesInput): IndexPage[] {
  const withExtras = (group: PeriodGroup<Article>): Listing => {
    const { listing } = group;
    const { kind, year, month, day } = listing.period;
    if (kind === "year") return Object.freeze({ ...listing, overview: calendar.overviews.get(year) });
    if (month === undefined) return listing;
    if (kind === "month") return Object.freeze({ ...listing, calendar: calendar.calendars.get(monthKey(year, month)) });
    if (day === undefined) return listing;
    const otherYears = onThisDay.otherYears(year, month, day);
    return otherYears === undefined ? listing : Object.freeze({ ...listing, otherYears });
  };
  return [...periods.years, ...periods.months, ...periods.days].flatMap((group) => {
    const listing = withExtras(group);
    return paginate(group.items, pageSize, group.listing.period.path, (article) => calendarDay(article.date, zone)).map(
      (page): IndexPage => Object.freeze({ kind: "index", path: page.path, listing, articles: page.items, pagination: page.pagination }),
    );
  });
}
