// Model stage: "related topics" — for each topic, the topics most often given
// together with it on the same article. One pass over the articles' topic
// lists, so the cost grows with the articles, not with topics × topics.

import { compareCodePoints } from "./sort";
import type { Topic } from "./types";

/** How many related topics a topic page shows. */
export const RELATED_TOPICS = 8;

/**
 * For each topic that shares an article with another, up to `limit` other topics, by how many
 * articles they share (most first); ties go to the bigger topic, then to the slug's code-point order.
 */
export function relatedTopics(
  topicLists: Iterable<readonly Topic[]>,
  limit: number = RELATED_TOPICS,
): Map<Topic, readonly Topic[]> {
  const together = new Map<Topic, Map<Topic, number>>();
  for (const topics of topicLists) {
    for (const topic of topics) {
      let counts = together.get(topic);
      for (const other of topics) {
        if (other === topic) continue;
        if (counts === undefined) {
          counts = new Map();
          together.set(topic, counts);
        }
        counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
  }
  const related = new Map<Topic, readonly Topic[]>();
  for (const [topic, counts] of together) {
    const ranked = [...counts].sort(
      ([a, shared], [b, sharedB]) => sharedB - shared || b.count - a.count || compareCodePoints(a.slug, b.slug),
    );
    related.set(topic, Object.freeze(ranked.slice(0, limit).map(([other]) => other)));
  }
  return related;
}
