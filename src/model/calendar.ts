// Model stage: calendar positions of instants in the site timezone, and the date
// paths built from them (/YYYY/, /YYYY/MM/, /YYYY/MM/DD/).

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

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
