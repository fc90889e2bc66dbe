// Model stage: "on this day" — the articles of each day of the year (6 August)
// gathered across every year, their pages at /on-this-day/MM/DD/, the
// /on-this-day/ overview, and the links day pages and the home page give them.

import { anniversaryPath, calendarDay } from "./calendar";
import { paginate } from "./pagination";
import type { Anniversary, AnniversaryDay, Article, IndexPage } from "./types";

export interface OnThisDay {
  /** Days of the year with articles, January to December. */
  readonly days: readonly Anniversary[];
  readonly pages: readonly IndexPage[];
  /** The day of the year of `year`-`month`-`day`, when other years have articles on it too. */
  otherYears(year: number, month: number, day: number): AnniversaryDay | undefined;
  /** How many articles of years before `year` fall on `month`-`day`. */
  earlierYears(year: number, month: number, day: number): number;
}

interface Group {
  readonly day: AnniversaryDay;
  /** Newest first. */
  readonly articles: Article[];
  /** Articles per year. */
  readonly years: Map<number, number>;
}

/** `articles` newest first; pages list each day's articles newest first, `pageSize` per page. */
export function buildOnThisDay(articles: readonly Article[], zone: string, pageSize: number): OnThisDay {
  const groups = new Map<number, Group>();
  for (const article of articles) {
    const { year, month, day } = calendarDay(article.date, zone);
    const key = month * 100 + day;
    let group = groups.get(key);
    if (group === undefined) {
      group = { day: Object.freeze({ month, day, path: anniversaryPath(month, day) }), articles: [], years: new Map() };
      groups.set(key, group);
    }
    group.articles.push(article);
    group.years.set(year, (group.years.get(year) ?? 0) + 1);
  }
  const ordered = [...groups].sort(([a], [b]) => a - b).map(([, group]) => group);

  const days = ordered.map(({ day, articles: list, years }): Anniversary =>
    Object.freeze({ ...day, count: list.length, years: years.size }),
  );
  const pages = ordered.flatMap(({ day, articles: list }, i) => {
    // Round the turn of the year: before 1 January comes 31 December.
    const around = (offset: number) => (ordered.length > 1 ? ordered[(i + offset + ordered.length) % ordered.length]!.day : undefined);
    const listing = Object.freeze({ kind: "on-this-day" as const, day, previous: around(-1), next: around(1) });
    return paginate(list, pageSize, day.path, (article) => calendarDay(article.date, zone)).map(
      (page): IndexPage => Object.freeze({ kind: "index", path: page.path, listing, articles: page.items, pagination: page.pagination }),
    );
  });

  const groupOf = (month: number, day: number) => groups.get(month * 100 + day);
  return {
    days: Object.freeze(days),
    pages: Object.freeze(pages),
    otherYears: (year, month, day) => {
      const group = groupOf(month, day);
      if (group === undefined) return undefined;
      return group.years.size > 1 || !group.years.has(year) ? group.day : undefined;
    },
    earlierYears: (year, month, day) => {
      let count = 0;
      for (const [other, n] of groupOf(month, day)?.years ?? []) if (other < year) count += n;
      return count;
    },
  };
}
