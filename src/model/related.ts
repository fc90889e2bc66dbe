// Model stage: "related articles" — the few articles sharing the rarest topics with
// each article. Near-linear: candidates come only from a time window in each topic.

export interface RelatedOptions {
  /** How many related articles to keep per article. @default 5 */
  readonly limit?: number;
  /** How many neighbours in time to consider on each side, per shared topic. @default 40 */
  readonly window?: number;
}

interface Candidate {
  readonly index: number;
  readonly score: number;
  readonly distance: number;
  readonly time: number;
}

/**
 * For each article (result aligned with `items`), up to `limit` others, best first.
 * Score: sum of ln(1 + N / articlesWithTopic) over shared topics, so a rare shared topic
 * outweighs a common one. Ties: closer in time, then newer. Without topics: none.
 * Candidates are the `window` nearest articles in time on each side within each of the
 * article's topics, so a topic holding a third of the archive costs no more than a rare one.
 */
export function relatedArticles<T, K>(
  items: readonly T[],
  topicsOf: (item: T) => readonly K[],
  timeOf: (item: T) => number,
  options: RelatedOptions = {},
): (readonly T[])[] {
  const limit = options.limit ?? 5;
  const window = options.window ?? 40;
  if (limit < 1) return items.map(() => Object.freeze([]));
  const times = items.map(timeOf);
  const topicIds = internTopics(items.map(topicsOf));

  const members: number[][] = [];
  const order = items.map((_, i) => i).sort((a, b) => times[b]! - times[a]! || a - b);
  // positions[i][k]: where article i sits in the member list of its k-th topic.
  const positions: number[][] = items.map(() => []);
  for (const i of order) {
    for (const topic of topicIds[i]!) {
      const list = (members[topic] ??= []);
      positions[i]!.push(list.length);
      list.push(i);
    }
  }
  const weights = members.map((list) => Math.log(1 + items.length / list.length));

  const seenBy = new Int32Array(items.length).fill(-1);
  return items.map((_, i) => {
    const own = topicIds[i]!;
    const best: Candidate[] = [];
    own.forEach((topic, k) => {
      const list = members[topic]!;
      const at = positions[i]![k]!;
      const end = Math.min(list.length - 1, at + window);
      for (let p = Math.max(0, at - window); p <= end; p++) {
        const j = list[p]!;
        if (j === i || seenBy[j] === i) continue;
        seenBy[j] = i;
        const score = sharedScore(own, topicIds[j]!, weights);
        keepBest(best, { index: j, score, distance: Math.abs(times[j]! - times[i]!), time: times[j]! }, limit);
      }
    });
    return Object.freeze(best.map((c) => items[c.index]!));
  });
}

/** Maps topic keys to dense ids; each article's ids are deduplicated, in its own order. */
function internTopics<K>(topicLists: readonly (readonly K[])[]): number[][] {
  const ids = new Map<K, number>();
  return topicLists.map((topics) => {
    const own: number[] = [];
    for (const topic of topics) {
      let id = ids.get(topic);
      if (id === undefined) {
        id = ids.size;
        ids.set(topic, id);
      }
      if (!own.includes(id)) own.push(id);
    }
    return own;
  });
}

/** Summed in the article's own topic order so equal topic sets give bit-identical scores. */
function sharedScore(own: readonly number[], other: readonly number[], weights: readonly number[]): number {
  let score = 0;
  for (const topic of own) if (other.includes(topic)) score += weights[topic]!;
  return score;
}

function ranksBefore(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.time !== b.time) return a.time > b.time;
  return a.index < b.index;
}

/** Insertion into a short sorted list: cheaper than sorting every candidate. */
function keepBest(best: Candidate[], candidate: Candidate, limit: number): void {
  if (best.length === limit && !ranksBefore(candidate, best[limit - 1]!)) return;
  let at = best.length;
  while (at > 0 && ranksBefore(candidate, best[at - 1]!)) at--;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}
