// Model stage: volume over time — how many articles each year or month holds —
// counted in one pass over the articles' days, for the charts on /archive/
// and on every topic and source page.

import { dayKey, monthKey, type CalendarDay } from "./calendar";
import type { Volume, VolumeBucket } from "./types";

/** Running counts of a group of articles by year and by month, with its first and last day. */
export interface DayTally {
  first?: CalendarDay;
  last?: CalendarDay;
  readonly years: Map<number, number>;
  /** By monthKey (202308). */
  readonly months: Map<number, number>;
}

export function newTally(): DayTally {
  return { years: new Map(), months: new Map() };
}

export function tallyDay(tally: DayTally, day: CalendarDay): void {
  if (tally.first === undefined || dayKey(day) < dayKey(tally.first)) tally.first = day;
  if (tally.last === undefined || dayKey(day) > dayKey(tally.last)) tally.last = day;
  tally.years.set(day.year, (tally.years.get(day.year) ?? 0) + 1);
  const month = monthKey(day.year, day.month);
  tally.months.set(month, (tally.months.get(month) ?? 0) + 1);
}

/**
 * Articles per year from the first year to the last; a group that fits in one year gets its
 * twelve months instead, since a single bar would show nothing.
 */
export function termVolume(tally: DayTally): Volume {
  const { first, last } = tally;
  if (first === undefined || last === undefined) return Object.freeze({ unit: "year", buckets: Object.freeze([]) });
  if (first.year === last.year) return monthsBetween(tally, first.year, 1, first.year, 12);
  const buckets: VolumeBucket[] = [];
  for (let year = first.year; year <= last.year; year++) buckets.push(Object.freeze({ year, count: tally.years.get(year) ?? 0 }));
  return Object.freeze({ unit: "year", buckets: Object.freeze(buckets) });
}

/** Articles per month from the first month with articles to the last. */
export function monthVolume(tally: DayTally): Volume {
  const { first, last } = tally;
  if (first === undefined || last === undefined) return Object.freeze({ unit: "month", buckets: Object.freeze([]) });
  return monthsBetween(tally, first.year, first.month, last.year, last.month);
}

function monthsBetween(tally: DayTally, fromYear: number, fromMonth: number, toYear: number, toMonth: number): Volume {
  const buckets: VolumeBucket[] = [];
  const end = monthKey(toYear, toMonth);
  let year = fromYear;
  let month = fromMonth;
  while (monthKey(year, month) <= end) {
    buckets.push(Object.freeze({ year, month, count: tally.months.get(monthKey(year, month)) ?? 0 }));
    if (month === 12) {
      year++;
      month = 1;
    } else {
      month++;
    }
  }
  return Object.freeze({ unit: "month", buckets: Object.freeze(buckets) });
}
