// Render stage: every date shown on a page, formatted in the site timezone and
// language. Nothing here reads the machine's zone or locale. Each text is
// formatted once per date and site settings (see date-text-cache).

import { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { Period } from "../model/types";
import { rememberCalendarText, rememberDateText } from "./date-text-cache";

type DateSite = Pick<SiteConfig, "timezone" | "language">;

function local(date: DateTime, site: DateSite): DateTime {
  return date.setZone(site.timezone).setLocale(site.language);
}

function calendar(site: DateSite, year: number, month = 1, day = 1): DateTime {
  return DateTime.fromObject({ year, month, day }, { zone: site.timezone, locale: site.language });
}

/** What besides the date a text depends on, as a cache key. */
function textKey(format: string, site: DateSite): string {
  return `${format}\u0000${site.timezone}\u0000${site.language}`;
}

/** "6 August 2023" (en-GB) / "August 6, 2023" (en): the calendar date alone. */
export function humanDate(date: DateTime, site: DateSite): string {
  return rememberDateText(date, textKey("date", site), () => local(date, site).toLocaleString(DateTime.DATE_FULL));
}

/** The date as an article's dateline: with time of day and zone abbreviation unless only a date is known. */
export function dateline(date: DateTime, dateOnly: boolean, site: DateSite): string {
  if (dateOnly) return humanDate(date, site);
  return rememberDateText(date, textKey("date-time", site), () => local(date, site).toLocaleString(DateTime.DATETIME_FULL));
}

/** Value for `<time datetime>`: ISO 8601 with the site zone's offset, e.g. "2023-08-06T14:30:00+01:00". */
export function isoDateTime(date: DateTime, site: DateSite): string {
  return rememberDateText(date, textKey("iso", site), () => {
    const iso = date.setZone(site.timezone).toISO({ suppressMilliseconds: true });
    // The content stage only lets valid dates through, so this is a generator bug.
    if (iso === null) throw new Error(`cannot format an invalid date: ${date.invalidExplanation ?? "unknown reason"}`);
    return iso;
  });
}

/** "2023" (or the locale's form of a year). */
export function yearLabel(year: number, site: DateSite): string {
  return rememberCalendarText(textKey(`year ${year}`, site), () => calendar(site, year).toLocaleString({ year: "numeric" }));
}

/** "August 2023". */
export function monthLabel(year: number, month: number, site: DateSite): string {
  return rememberCalendarText(textKey(`month ${year}-${month}`, site), () =>
    calendar(site, year, month).toLocaleString({ year: "numeric", month: "long" }),
  );
}

/** "August": a month inside a year that is already named nearby. */
export function monthName(month: number, site: DateSite): string {
  return rememberCalendarText(textKey(`month name ${month}`, site), () => calendar(site, 2000, month).toLocaleString({ month: "long" }));
}

/** "6 August 2023". */
export function dayLabel(year: number, month: number, day: number, site: DateSite): string {
  return rememberCalendarText(textKey(`day ${year}-${month}-${day}`, site), () =>
    calendar(site, year, month, day).toLocaleString(DateTime.DATE_FULL),
  );
}

/** The heading for a calendar period page. */
export function periodLabel(period: Period, site: DateSite): string {
  if (period.kind === "year" || period.month === undefined) return yearLabel(period.year, site);
  if (period.kind === "month" || period.day === undefined) return monthLabel(period.year, period.month, site);
  return dayLabel(period.year, period.month, period.day, site);
}
