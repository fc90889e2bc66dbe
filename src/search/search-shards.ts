// Search stage, shared by the build side and the page side: how the articles
// are split into several Pagefind indexes ("shards") and how the search page
// merges them back into one list, newest first. Pure.
//
// Why shards: Pagefind has no incremental mode and its memory grows with the
// index (about 3 GB for 10,000 articles in one index). Split into shards of a
// few thousand articles each, oldest first, a new article only re-indexes the
// newest shard, and no indexing run holds more than one shard.
//
// How the page merges them: Pagefind's `mergeIndex` searches every shard and
// orders the combined results by score times the shard's `indexWeight`. When
// sorting by date, Pagefind 1.x scores each result with its position in its
// own index's date order (0 for the oldest page). Each shard therefore starts
// with a placeholder page that has the earliest possible date and no words, so
// no result ever scores 0, and each shard's weight exceeds every score of the
// shard before it: the merged list is then ordered by date across all shards.
// tests/e2e/reader-path.test.ts checks this against the real Pagefind.

import type { Article } from "../model/types";
import { PAGEFIND_DIR } from "./search-names";

/** Articles per shard, unless an archive would need more than MAX_SHARDS of them. */
export const SHARD_SIZE = 2000;

/**
 * Most shards: every shard is fetched on every search, and the weights grow as the product of
 * the shard sizes (64 shards of 2,000 stay far below the largest double). Bigger archives get
 * bigger shards (the size doubles until the count fits).
 */
export const MAX_SHARDS = 64;

/** The placeholder page's sort value: earlier than any real date in the sortable form. */
export const PLACEHOLDER_SORT_VALUE = "0000-00-00T00:00:00Z";

/** Output path (inside the site) of each shard's placeholder page. */
export const PLACEHOLDER_PATH = "/pagefind-placeholder/index.html";

export interface SearchShard {
  /** "0" for the oldest articles, then "1", …; also the shard's folder name. */
  readonly id: string;
  /** The shard's articles, oldest first. */
  readonly articles: readonly Article[];
  /** The shard's bundle folder, relative to the site: "pagefind/0/". */
  readonly bundleDir: string;
  /** Multiplier of the shard's scores in the merged search (see the module comment). */
  readonly indexWeight: number;
}

/** Oldest first; articles with the same instant keep a fixed order by path. */
function byDate(a: Article, b: Article): number {
  return a.date.toMillis() - b.date.toMillis() || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * The shards for `articles`, oldest first: consecutive runs of `size` articles in date order.
 * Adding an article newer than all others changes only the last shard. There is always at least
 * one shard, so the search page always has a primary bundle, even for an empty archive.
 */
export function planSearchShards(articles: readonly Article[], size: number = SHARD_SIZE): SearchShard[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Search shards: size must be a positive integer, got ${size}`);
  let perShard = size;
  while (Math.ceil(articles.length / perShard) > MAX_SHARDS) perShard *= 2;
  const sorted = [...articles].sort(byDate);
  const shards: SearchShard[] = [];
  let weight = 1;
  for (let start = 0; start === 0 || start < sorted.length; start += perShard) {
    const shardArticles = sorted.slice(start, start + perShard);
    const id = String(shards.length);
    shards.push({ id, articles: shardArticles, bundleDir: `${PAGEFIND_DIR}/${id}/`, indexWeight: weight });
    // Scores in this shard run up to its article count (the placeholder takes position 0).
    weight *= shardArticles.length + 1;
  }
  if (!Number.isFinite(weight)) throw new RangeError(`Search shards: ${articles.length} articles give shard weights beyond a double`);
  return shards;
}
