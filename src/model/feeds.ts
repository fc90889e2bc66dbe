// Model stage: which feeds the site publishes and what each holds — the
// latest articles site-wide (Atom and JSON Feed) and per topic (Atom).

import type { Article, Feed, Topic } from "./types";

/** Articles per feed: enough for a reader to catch up, small enough to fetch often. */
export const FEED_SIZE = 50;

/**
 * `articles` newest first; `latestTitle` names the site-wide feeds in the site's language. Per-topic
 * lists are collected in one pass over the articles, so the cost is linear in articles × topics per article.
 */
export function buildFeeds(articles: readonly Article[], topics: readonly Topic[], latestTitle: string): readonly Feed[] {
  const latest = Object.freeze(articles.slice(0, FEED_SIZE));
  const byTopic = new Map<string, Article[]>(topics.map((topic) => [topic.path, []]));
  for (const article of articles) {
    for (const topic of article.topics) {
      const list = byTopic.get(topic.path);
      if (list && list.length < FEED_SIZE) list.push(article);
    }
  }
  return Object.freeze([
    Object.freeze({ path: "/feed.xml", format: "atom", title: latestTitle, pagePath: "/", articles: latest }),
    Object.freeze({ path: "/feed.json", format: "json", title: latestTitle, pagePath: "/", articles: latest }),
    ...topics.map((topic) =>
      Object.freeze({
        path: `${topic.path}feed.xml`,
        format: "atom" as const,
        title: topic.name,
        pagePath: topic.path,
        articles: Object.freeze(byTopic.get(topic.path) ?? []),
      }),
    ),
  ]);
}
