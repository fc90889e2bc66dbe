// Model stage: calendar positions of instants in the site timezone, the date
// paths built from them (/YYYY/, /YYYY/MM/, /YYYY/MM/DD/), and the plain
// calendar arithmetic the time navigation needs (no timezone involved).

import type { DateTime } from "luxon";

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day `date` falls on in `zone`, whatever zone the DateTime itself carries. */
export function calendarDay(date: DateTime, zone: string): CalendarDay {
  const local = date.setZone(zone);
  if (!local.isValid) throw new RangeError(`cannot place a date in timezone "${zone}": ${local.invalidExplanation ?? ""}`);
  return { year: local.year, month: local.month, day: local.day };
}

/** "/2023/", "/2023/08/" or "/2023/08/06/", depending on how much is given. */
export function datePath(year: number, month?: number, day?: number): string {
  const parts = [String(year).padStart(4, "0")];
  if (month !== undefined) parts.push(pad2(month));
  if (month !== undefined && day !== undefined) parts.push(pad2(day));
  return `/${parts.join("/")}/`;
}

/** "/on-this-day/08/06/": the page of a day of the year, in every year. */
export function anniversaryPath(month: number, day: number): string {
  return `/on-this-day/${pad2(month)}/${pad2(day)}/`;
}

/** A number that sorts days chronologically: 20230806. */
export function dayKey({ year, month, day }: CalendarDay): number {
  return year * 10_000 + month * 100 + day;
}

/** A number that sorts months chronologically: 202308. */
export function monthKey(year: number, month: number): number {
  return year * 100 + month;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 28 to 31, in the proleptic Gregorian calendar that luxon and Intl use. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1]!;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
