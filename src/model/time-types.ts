// Archive model, time navigation: the typed data behind calendars, volume
// charts, date ranges, topic years and "on this day". Plain numbers of the
// site timezone's calendar, so rendering never has to place a date again.

import type { CalendarDay } from "./calendar";

export type { CalendarDay } from "./calendar";

/** The days one page of a listing covers, from its oldest article to its newest. */
export interface DaySpan {
  readonly first: CalendarDay;
  readonly last: CalendarDay;
}

export interface VolumeBucket {
  readonly year: number;
  /** 1–12 when the volume counts months. */
  readonly month?: number;
  readonly count: number;
}

/** How many articles each year (or month) holds, oldest first, the empty ones between included. */
export interface Volume {
  readonly unit: "year" | "month";
  readonly buckets: readonly VolumeBucket[];
}

/** A year of a topic or source, with where its articles are: its own page, or the term's page where it starts. */
export interface YearCount {
  readonly year: number;
  readonly count: number;
  readonly path: string;
}

/** When a topic or source has articles: its first and last day, its volume and its years. */
export interface Timeline {
  readonly first: CalendarDay;
  readonly last: CalendarDay;
  readonly volume: Volume;
  /** Newest first; only years with articles. */
  readonly years: readonly YearCount[];
}

/** A topic as a link: name and page, without the count, so pages that only link it do not change with it. */
export interface TermLink {
  readonly name: string;
  readonly path: string;
}

export interface YearLink {
  readonly year: number;
  readonly path: string;
}

/** Articles per day of one month, for its calendar grid. */
export interface MonthCalendar {
  readonly year: number;
  readonly month: number;
  /** Index 0 is the 1st; as long as the month. */
  readonly counts: readonly number[];
}

/** Articles per month of one year, for its twelve-month overview. */
export interface YearOverview {
  readonly year: number;
  /** Index 0 is January; always 12 long. */
  readonly counts: readonly number[];
}

/** A day of the year (no year), whose page gathers the articles of that day in every year. */
export interface AnniversaryDay {
  readonly month: number;
  readonly day: number;
  /** "/on-this-day/08/06/". */
  readonly path: string;
}

export interface Anniversary extends AnniversaryDay {
  readonly count: number;
  /** How many different years have articles on this day. */
  readonly years: number;
}
