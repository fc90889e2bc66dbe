// Model stage: the paginated index pages — home, one series per topic (and per
// year of a long topic), per source, per year, month and day, per empty period
// and per day of the year — each listing its articles newest first.

import type { Article, IndexPage, Listing, Source, Term, TermLink, Topic } from "./types";
import { calendarDay } from "./calendar";
import { calendarData, datePages } from "./date-pages";
import { emptyPeriodPages } from "./empty-periods";
import type { OnThisDay } from "./on-this-day";
import { paginate } from "./pagination";
import type { PeriodGroups } from "./periods";
import { relatedTopics } from "./related-topics";
import { hasYearPages, timelineOf, topicYearPages } from "./term-timelines";

/**
 * Date pages and "on this day" pages list headlines only (time, headline, source), so they hold
 * this many times `pageSize`: a busy day reads as one index, not as several pages of summaries.
 */
export const HEADLINE_PAGE_FACTOR = 5;

export interface IndexPageInput {
  /** Newest first. */
  readonly articles: readonly Article[];
  /** In the order their pages should be listed. */
  readonly topics: readonly Topic[];
  readonly sources: readonly Source[];
  readonly periods: PeriodGroups<Article>;
  readonly onThisDay: OnThisDay;
  readonly pageSize: number;
  readonly zone: string;
}

export function buildIndexPages(input: IndexPageInput): IndexPage[] {
  const { articles, pageSize, zone } = input;
  const byTopic = groupByTerms(articles, (article) => article.topics);
  const bySource = groupByTerms(articles, (article) => [article.source]);
  const related = relatedTopics(articles.map((article) => article.topics));
  const links = new Map(input.topics.map((topic) => [topic, termLink(topic)]));
  const dayOf = (article: Article) => calendarDay(article.date, zone);
  const series = (listing: Listing, items: readonly Article[], basePath: string, size = pageSize): IndexPage[] =>
    paginate(items, size, basePath, dayOf).map(
      (page): IndexPage => Object.freeze({ kind: "index", path: page.path, listing, articles: page.items, pagination: page.pagination }),
    );

  const newest = articles[0];
  const newestDay = newest === undefined ? undefined : dayOf(newest);
  const earlier = newestDay === undefined ? 0 : input.onThisDay.earlierYears(newestDay.year, newestDay.month, newestDay.day);
  const anniversary = newestDay === undefined ? undefined : input.onThisDay.otherYears(newestDay.year, newestDay.month, newestDay.day);
  const home: Listing = Object.freeze(
    anniversary !== undefined && earlier > 0 ? { kind: "home", onThisDay: Object.freeze({ day: anniversary, count: earlier }) } : { kind: "home" },
  );

  const topicPages = input.topics.flatMap((topic) => {
    const items = byTopic.get(topic) ?? [];
    const link = links.get(topic)!;
    const yearPages = hasYearPages(topic, pageSize);
    const listing: Listing = Object.freeze({
      kind: "topic",
      topic,
      timeline: timelineOf(items, zone, topic.path, pageSize, yearPages),
      related: Object.freeze((related.get(topic) ?? []).map((other) => links.get(other)!)),
    });
    return [
      ...series(listing, items, topic.path),
      ...(yearPages ? topicYearPages({ topic, link, articles: items, pageSize, zone }) : []),
    ];
  });
  const sourcePages = input.sources.flatMap((source) => {
    const items = bySource.get(source) ?? [];
    return series(Object.freeze({ kind: "source", source, timeline: timelineOf(items, zone, source.path, pageSize) }), items, source.path);
  });

  const calendar = calendarData(input.periods);
  const headlinePageSize = pageSize * HEADLINE_PAGE_FACTOR;
  return [
    ...series(home, articles, "/"),
    ...topicPages,
    ...sourcePages,
    ...datePages({ periods: input.periods, calendar, onThisDay: input.onThisDay, pageSize: headlinePageSize, zone }),
    ...emptyPeriodPages(input.periods, calendar),
    ...input.onThisDay.pages,
  ];
}

function termLink(term: Term): TermLink {
  return Object.freeze({ name: term.name, path: term.path });
}

/** One pass over the articles; each group keeps their (newest-first) order. */
function groupByTerms<T extends Term>(
  articles: readonly Article[],
  termsOf: (article: Article) => readonly T[],
): Map<T, Article[]> {
  const groups = new Map<T, Article[]>();
  for (const article of articles) {
    for (const term of termsOf(article)) {
      const group = groups.get(term);
      if (group === undefined) groups.set(term, [article]);
      else group.push(article);
    }
  }
  return groups;
}
