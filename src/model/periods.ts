// Model stage: groups articles into the years, months and days (site timezone) that
// have any, links each period to its neighbours and parent, and lays out /archive/.

import type { DateTime } from "luxon";
import type { ArchiveYear, Listing, Period, PeriodKind } from "./types";
import { calendarDay, datePath, type CalendarDay } from "./calendar";

export type PeriodListing = Extract<Listing, { kind: "period" }>;

export interface PeriodGroup<T> {
  readonly listing: PeriodListing;
  /** In input order. */
  readonly items: readonly T[];
}

export interface PeriodGroups<T> {
  /** Each list newest first. */
  readonly years: readonly PeriodGroup<T>[];
  readonly months: readonly PeriodGroup<T>[];
  readonly days: readonly PeriodGroup<T>[];
  /** Newest year first, months Jan→Dec within each year. */
  readonly archive: readonly ArchiveYear[];
}

interface Bucket<T> {
  readonly parts: CalendarDay;
  readonly items: T[];
}

/** Numeric keys that sort chronologically: 2023, 202308, 20230806. */
const KEY_OF: Record<PeriodKind, (d: CalendarDay) => number> = {
  year: (d) => d.year,
  month: (d) => d.year * 100 + d.month,
  day: (d) => d.year * 10_000 + d.month * 100 + d.day,
};

export function groupByPeriod<T>(items: readonly T[], dateOf: (item: T) => DateTime, zone: string): PeriodGroups<T> {
  const buckets: Record<PeriodKind, Map<number, Bucket<T>>> = { year: new Map(), month: new Map(), day: new Map() };
  for (const item of items) {
    const parts = calendarDay(dateOf(item), zone);
    for (const kind of ["year", "month", "day"] as const) {
      const key = KEY_OF[kind](parts);
      const bucket = buckets[kind].get(key);
      if (bucket === undefined) buckets[kind].set(key, { parts, items: [item] });
      else bucket.items.push(item);
    }
  }

  const years = periodsNewestFirst("year", buckets.year);
  const months = periodsNewestFirst("month", buckets.month);
  const days = periodsNewestFirst("day", buckets.day);
  const yearByKey = new Map(years.map(([key, period]) => [key, period]));
  const monthByKey = new Map(months.map(([key, period]) => [key, period]));

  const groups = (
    kind: PeriodKind,
    periods: readonly (readonly [number, Period])[],
    parentOf: (parts: CalendarDay) => Period | undefined,
  ): PeriodGroup<T>[] =>
    periods.map(([key, period], i) => {
      const bucket = buckets[kind].get(key)!;
      const listing: PeriodListing = Object.freeze({
        kind: "period",
        period,
        parent: parentOf(bucket.parts),
        previous: periods[i + 1]?.[1],
        next: periods[i - 1]?.[1],
      });
      return Object.freeze({ listing, items: Object.freeze(bucket.items) });
    });

  const archive = years.map(([yearKey, year]): ArchiveYear => {
    const inYear = months.filter(([key]) => Math.floor(key / 100) === yearKey).map(([, month]) => month);
    return Object.freeze({ ...year, months: Object.freeze(inYear.reverse()) });
  });

  return Object.freeze({
    years: Object.freeze(groups("year", years, () => undefined)),
    months: Object.freeze(groups("month", months, (d) => yearByKey.get(KEY_OF.year(d)))),
    days: Object.freeze(groups("day", days, (d) => monthByKey.get(KEY_OF.month(d)))),
    archive: Object.freeze(archive),
  });
}

function periodsNewestFirst<T>(kind: PeriodKind, buckets: ReadonlyMap<number, Bucket<T>>): [number, Period][] {
  return [...buckets]
    .sort(([a], [b]) => b - a)
    .map(([key, { parts, items }]) => [key, makePeriod(kind, parts, items.length)]);
}

/** A period of `kind` around the day given, holding `count` articles. */
export function makePeriod(kind: PeriodKind, { year, month, day }: CalendarDay, count: number): Period {
  switch (kind) {
    case "year":
      return Object.freeze({ kind, year, path: datePath(year), count });
    case "month":
      return Object.freeze({ kind, year, month, path: datePath(year, month), count });
    case "day":
      return Object.freeze({ kind, year, month, day, path: datePath(year, month, day), count });
  }
}
