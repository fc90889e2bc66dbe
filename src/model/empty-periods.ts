// Model stage: pages for the years, months and days a reader may ask for that
// hold no articles. A static host cannot answer /2006/06/05/ with "try the 3rd
// or the 7th" unless that page exists, so it is written, linking the nearest
// periods with articles. Bounded: days only inside months with articles,
// months only inside years with articles, all within the archive's first and
// last day, so a gap of decades costs a page per year, not one per day.

import { dayKey, daysInMonth, monthKey, type CalendarDay } from "./calendar";
import type { CalendarData } from "./date-pages";
import { paginate } from "./pagination";
import { makePeriod, type PeriodGroups } from "./periods";
import type { Article, IndexPage, Listing, Period, PeriodKind } from "./types";

type EmptyListing = Extract<Listing, { kind: "empty-period" }>;

/** Periods of one kind with articles, oldest first, with the keys that sort them. */
interface Known {
  readonly keys: readonly number[];
  readonly periods: readonly Period[];
}

const KEY_OF: Record<PeriodKind, (period: Period) => number> = {
  year: (period) => period.year,
  month: (period) => monthKey(period.year, period.month ?? 1),
  day: (period) => dayKey({ year: period.year, month: period.month ?? 1, day: period.day ?? 1 }),
};

function known(kind: PeriodKind, newestFirst: readonly { readonly listing: { readonly period: Period } }[]): Known {
  const periods = newestFirst.map((group) => group.listing.period).reverse();
  return { keys: periods.map(KEY_OF[kind]), periods };
}

/** The nearest period with articles before and after `key` (which has none). */
function around({ keys, periods }: Known, key: number): { previous?: Period; next?: Period } {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return { previous: periods[low - 1], next: periods[low] };
}

/** Every empty year, month and day inside the archive's range, oldest first within each kind. */
export function emptyPeriodPages(periods: PeriodGroups<Article>, calendar: CalendarData): IndexPage[] {
  const years = known("year", periods.years);
  const months = known("month", periods.months);
  const days = known("day", periods.days);
  const first = days.periods[0];
  const last = days.periods.at(-1);
  if (first === undefined || last === undefined) return [];
  const within = (day: CalendarDay) => dayKey(day) > KEY_OF.day(first) && dayKey(day) < KEY_OF.day(last);
  const firstMonth = KEY_OF.month(first);
  const lastMonth = KEY_OF.month(last);

  const listings: EmptyListing[] = [];
  const empty = (kind: PeriodKind, day: CalendarDay, neighbours: Known, extras: Pick<EmptyListing, "parent" | "overview" | "calendar">) => {
    const period = makePeriod(kind, day, 0);
    listings.push(Object.freeze({ kind: "empty-period", period, ...around(neighbours, KEY_OF[kind](period)), ...extras }));
  };

  const yearSet = new Set(years.keys);
  for (let year = first.year + 1; year < last.year; year++) {
    if (!yearSet.has(year)) empty("year", { year, month: 1, day: 1 }, years, {});
  }
  const monthSet = new Set(months.keys);
  for (const year of years.periods) {
    for (let month = 1; month <= 12; month++) {
      const key = monthKey(year.year, month);
      if (key > firstMonth && key < lastMonth && !monthSet.has(key)) {
        empty("month", { year: year.year, month, day: 1 }, months, { parent: year, overview: calendar.overviews.get(year.year) });
      }
    }
  }
  const daySet = new Set(days.keys);
  for (const month of months.periods) {
    const monthNumber = month.month ?? 1;
    for (let day = 1; day <= daysInMonth(month.year, monthNumber); day++) {
      const date = { year: month.year, month: monthNumber, day };
      if (within(date) && !daySet.has(dayKey(date))) {
        empty("day", date, days, { parent: month, calendar: calendar.calendars.get(monthKey(month.year, monthNumber)) });
      }
    }
  }

  return listings.map((listing): IndexPage => {
    const { path, items, pagination } = paginate<Article>([], 1, listing.period.path)[0]!;
    return Object.freeze({ kind: "index", path, listing, articles: items, pagination });
  });
}
