// Model stage: topics and sources through time — each term's first and last
// day, its volume per year and its years, each linking where that year's
// articles are — and the per-year pages of the topics long enough to need
// them (/topics/<slug>/<year>/).

import { calendarDay, datePath } from "./calendar";
import { pagePath, paginate } from "./pagination";
import type { Article, IndexPage, TermLink, Timeline, Topic, YearCount, YearLink } from "./types";
import { newTally, tallyDay, termVolume } from "./volume";

/** "/topics/north-korea/2006/". */
export function topicYearPath(topic: Pick<Topic, "path">, year: number): string {
  return `${topic.path}${datePath(year).slice(1)}`;
}

/**
 * Up to this many pages, every page of a series is in its pagination bar, each with its dates, so
 * a reader already sees where each year is; only longer topics get pages per year.
 */
export const YEAR_PAGES_AFTER = 7;

export function hasYearPages(topic: Pick<Topic, "count">, pageSize: number): boolean {
  return topic.count > pageSize * YEAR_PAGES_AFTER;
}

/**
 * `articles` newest first, all placed in `zone`. Each year links to the page of the term's own
 * series (at `basePath`) where its newest article is, or with `yearPages` to the year's own page.
 */
export function timelineOf(articles: readonly Article[], zone: string, basePath: string, pageSize: number, yearPages = false): Timeline {
  const tally = newTally();
  const firstIndex = new Map<number, number>();
  articles.forEach((article, index) => {
    const day = calendarDay(article.date, zone);
    tallyDay(tally, day);
    if (!firstIndex.has(day.year)) firstIndex.set(day.year, index);
  });
  if (tally.first === undefined || tally.last === undefined) throw new RangeError("a timeline needs at least one article");
  const path = (year: number) =>
    yearPages ? topicYearPath({ path: basePath }, year) : pagePath(basePath, Math.floor(firstIndex.get(year)! / pageSize) + 1);
  const years = [...tally.years].sort(([a], [b]) => b - a).map(([year, count]): YearCount => Object.freeze({ year, count, path: path(year) }));
  return Object.freeze({ first: tally.first, last: tally.last, volume: termVolume(tally), years: Object.freeze(years) });
}

export interface TopicYearsInput {
  readonly topic: Topic;
  readonly link: TermLink;
  /** The topic's articles, newest first. */
  readonly articles: readonly Article[];
  readonly pageSize: number;
  readonly zone: string;
}

/** The topic's pages per year, newest year first, each paginated like the topic itself. */
export function topicYearPages({ topic, link, articles, pageSize, zone }: TopicYearsInput): IndexPage[] {
  const byYear = new Map<number, Article[]>();
  for (const article of articles) {
    const { year } = calendarDay(article.date, zone);
    const group = byYear.get(year);
    if (group === undefined) byYear.set(year, [article]);
    else group.push(article);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const yearLink = (year: number | undefined): YearLink | undefined =>
    year === undefined ? undefined : Object.freeze({ year, path: topicYearPath(topic, year) });
  return years.flatMap((year, i) => {
    const listing = Object.freeze({
      kind: "topic-year" as const,
      topic: link,
      year,
      previous: yearLink(years[i + 1]),
      next: yearLink(years[i - 1]),
    });
    const items = byYear.get(year)!;
    return paginate(items, pageSize, topicYearPath(topic, year), (article) => calendarDay(article.date, zone)).map(
      (page): IndexPage => Object.freeze({ kind: "index", path: page.path, listing, articles: page.items, pagination: page.pagination }),
    );
  });
}
