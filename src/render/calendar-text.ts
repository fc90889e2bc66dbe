// Render stage: the texts of the time navigation that plain date formatting
// does not give — date ranges ("3–17 June 2006"), days of the year
// ("6 August"), times of day, weekday names in the order the site language
// starts its weeks, the site zone's name — in the site language, each
// computed once per build and settings.

import { DateTime, Info } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { CalendarDay, DaySpan } from "../model/types";
import { rememberCalendarText, rememberDateText } from "./date-text-cache";
import { yearLabel } from "./format-date";

type TextSite = Pick<SiteConfig, "timezone" | "language">;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter in the site language (English when the language tag is malformed). */
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(localeOf(language), options);
    formats.set(key, format);
  }
  return format;
}

/** Noon UTC on a calendar day: formatted in UTC it is that day whatever the machine's zone. */
export function noonOf({ year, month, day }: CalendarDay): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(12);
  return date;
}

const DAY_OPTIONS = {
  long: { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" },
  short: { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * "3–17 June 2006", "20 May – 2 June 2006" or "6 June 2006" for a span of one day, as the site
 * language writes ranges; `short` abbreviates the months ("3–17 Jun 2006").
 */
export function spanLabel(span: DaySpan, site: Pick<SiteConfig, "language">, width: "long" | "short" = "long"): string {
  const { first, last } = span;
  const key = `span ${width} ${first.year}-${first.month}-${first.day} ${last.year}-${last.month}-${last.day}\u0000${site.language}`;
  return rememberCalendarText(key, () => formatter(site.language, DAY_OPTIONS[width]).formatRange(noonOf(first), noonOf(last)));
}

/** "6 August" (en-GB) / "August 6" (en): a day of the year, in no particular year. */
export function dayOfYearLabel(month: number, day: number, site: Pick<SiteConfig, "language">): string {
  return rememberCalendarText(`day of year ${month}-${day}\u0000${site.language}`, () =>
    // 2000 was a leap year, so 29 February has a date to be formatted from.
    formatter(site.language, { timeZone: "UTC", day: "numeric", month: "long" }).format(noonOf({ year: 2000, month, day })),
  );
}

/** "Sunday, 6 August 2023": a day heading in a list of headlines. */
export function weekdayDayLabel(day: CalendarDay, site: Pick<SiteConfig, "language">): string {
  return rememberCalendarText(`weekday day ${day.year}-${day.month}-${day.day}\u0000${site.language}`, () =>
    formatter(site.language, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(noonOf(day)),
  );
}

/** "Aug 2023" (or "August 2023" when `long`), or "2023" without a month: the label of a volume bucket. */
export function bucketLabel(year: number, month: number | undefined, site: TextSite, width: "long" | "short" = "short"): string {
  if (month === undefined) return yearLabel(year, site);
  return rememberCalendarText(`bucket ${width} ${year}-${month}\u0000${site.language}`, () =>
    formatter(site.language, { timeZone: "UTC", month: width, year: "numeric" }).format(noonOf({ year, month, day: 1 })),
  );
}

/** "09:30" / "9:30 AM": an article's time of day in the site zone and language. */
export function timeOfDay(date: DateTime, site: TextSite): string {
  return rememberDateText(date, `time\u0000${site.timezone}\u0000${site.language}`, () =>
    date.setZone(site.timezone).setLocale(localeOf(site.language)).toLocaleString(DateTime.TIME_SIMPLE),
  );
}

/** The site language as a locale luxon accepts; a malformed tag gives English, never an error. */
function localeOf(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? "en";
  } catch {
    return "en";
  }
}

const weekStarts = new Map<string, number>();

/** 1 (Monday) to 7 (Sunday): the first day of the week where the site's language is spoken. */
export function firstDayOfWeek(site: Pick<SiteConfig, "language">): number {
  let start = weekStarts.get(site.language);
  if (start === undefined) {
    start = Info.getStartOfWeek({ locale: localeOf(site.language) });
    weekStarts.set(site.language, start);
  }
  return start;
}

export interface WeekdayName {
  /** 1 (Monday) to 7 (Sunday). */
  readonly weekday: number;
  readonly short: string;
  readonly long: string;
}

const weekdayNames = new Map<string, readonly WeekdayName[]>();

/** The seven weekdays in the order the site language's weeks run. */
export function weekdays(site: Pick<SiteConfig, "language">): readonly WeekdayName[] {
  let names = weekdayNames.get(site.language);
  if (names === undefined) {
    const locale = localeOf(site.language);
    const short = Info.weekdays("short", { locale });
    const long = Info.weekdays("long", { locale });
    const start = firstDayOfWeek(site);
    names = Object.freeze(
      Array.from({ length: 7 }, (_, i) => {
        const weekday = ((start - 1 + i) % 7) + 1;
        return Object.freeze({ weekday, short: short[weekday - 1]!, long: long[weekday - 1]! });
      }),
    );
    weekdayNames.set(site.language, names);
  }
  return names;
}

/** "Eastern Time", "Korean Standard Time", or the zone's own name ("UTC") when the language has no better one. */
export function zoneName(site: TextSite): string {
  return rememberCalendarText(`zone name\u0000${site.timezone}\u0000${site.language}`, () => {
    const parts = formatter(site.language, { timeZone: site.timezone, timeZoneName: "longGeneric" }).formatToParts(new Date(0));
    const name = parts.find((part) => part.type === "timeZoneName")?.value;
    return name === undefined || /^(GMT|UTC)[+−-]/.test(name) ? site.timezone : name;
  });
}
