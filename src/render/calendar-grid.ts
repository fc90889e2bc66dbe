// Render stage: the weeks of a month as a calendar grid shows them — rows of
// seven days starting on the site language's first day of the week, with
// blanks before the 1st and after the last day. Plain calendar arithmetic.

import { daysInMonth } from "../model/calendar";
import { noonOf } from "./calendar-text";

/** A week of the grid: seven days of the month, or undefined for the blanks around it. */
export type CalendarWeek = readonly (number | undefined)[];

/** 1 (Monday) to 7 (Sunday). */
export function weekdayOf(year: number, month: number, day: number): number {
  return ((noonOf({ year, month, day }).getUTCDay() + 6) % 7) + 1;
}

/** The month's weeks, each seven long, the first starting on `firstWeekday` (1 Monday … 7 Sunday). */
export function monthWeeks(year: number, month: number, firstWeekday: number): readonly CalendarWeek[] {
  const leading = (weekdayOf(year, month, 1) - firstWeekday + 7) % 7;
  const cells: (number | undefined)[] = Array.from({ length: leading }, () => undefined);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: CalendarWeek[] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}
