// Render stage: the groups of the headline view on date pages — a year's or
// month's articles under their days, a day of the year's under their years —
// in the order the page lists them. A day page needs no groups.

import type { Article, CalendarDay, Listing } from "../model/types";
import { calendarDay } from "../model/calendar";

export interface HeadlineGroup {
  /** The day the group's articles are on (for a year group, the first article's day). */
  readonly day: CalendarDay;
  /** "day": headed by the date; "year": headed by the year; "none": no heading. */
  readonly heading: "day" | "year" | "none";
  readonly articles: readonly Article[];
}

/** How the headlines of a listing are grouped, or undefined when the listing shows summaries instead. */
export function headlineGrouping(listing: Listing): HeadlineGroup["heading"] | undefined {
  switch (listing.kind) {
    case "period":
    case "empty-period":
      return listing.period.kind === "day" ? "none" : "day";
    case "on-this-day":
      return "year";
    default:
      return undefined;
  }
}

/** Consecutive articles on the same day (or year) form a group; `articles` stay in their order. */
export function groupHeadlines(articles: readonly Article[], heading: HeadlineGroup["heading"], zone: string): readonly HeadlineGroup[] {
  if (heading === "none") {
    const first = articles[0];
    return first === undefined ? [] : [{ day: calendarDay(first.date, zone), heading, articles }];
  }
  const groups: { day: CalendarDay; heading: typeof heading; articles: Article[] }[] = [];
  for (const article of articles) {
    const day = calendarDay(article.date, zone);
    const current = groups.at(-1);
    const same =
      current !== undefined &&
      current.day.year === day.year &&
      (heading === "year" || (current.day.month === day.month && current.day.day === day.day));
    if (same) current.articles.push(article);
    else groups.push({ day, heading, articles: [article] });
  }
  return groups;
}
