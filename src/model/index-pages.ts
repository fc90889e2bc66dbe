// Model stage: the paginated index pages — home, one series per topic, per source
// and per year, month and day — each listing its articles newest first.

import type { Article, IndexPage, Listing, Source, Term, Topic } from "./types";
import type { PeriodGroups } from "./periods";
import { paginate } from "./pagination";

export interface IndexPageInput {
  /** Newest first. */
  readonly articles: readonly Article[];
  /** In the order their pages should be listed. */
  readonly topics: readonly Topic[];
  readonly sources: readonly Source[];
  readonly periods: PeriodGroups<Article>;
  readonly pageSize: number;
}

export function buildIndexPages(input: IndexPageInput): IndexPage[] {
  const { articles, pageSize } = input;
  const byTopic = groupByTerms(articles, (article) => article.topics);
  const bySource = groupByTerms(articles, (article) => [article.source]);

  const series: (readonly [Listing, readonly Article[], string])[] = [
    [{ kind: "home" }, articles, "/"],
    ...input.topics.map((topic) => [{ kind: "topic", topic }, byTopic.get(topic) ?? [], topic.path] as const),
    ...input.sources.map((source) => [{ kind: "source", source }, bySource.get(source) ?? [], source.path] as const),
    ...[...input.periods.years, ...input.periods.months, ...input.periods.days].map(
      ({ listing, items }) => [listing, items, listing.period.path] as const,
    ),
  ];

  return series.flatMap(([listing, items, basePath]) => {
    const frozenListing = Object.freeze(listing);
    return paginate(items, pageSize, basePath).map(
      (page): IndexPage =>
        Object.freeze({
          kind: "index",
          path: page.path,
          listing: frozenListing,
          articles: page.items,
          pagination: page.pagination,
        }),
    );
  });
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
