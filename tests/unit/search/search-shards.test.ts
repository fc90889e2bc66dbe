// Search stage tests: splitting the articles into index shards, and the weights
// that keep the merged search results in date order.

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/model/types";
import { PRIMARY_BUNDLE_DIR } from "../../../src/search/search-names";
import { MAX_SHARDS, planSearchShards } from "../../../src/search/search-shards";

/** Only what the planner reads: the date and the path. */
function article(iso: string, slug = iso): Article {
  return { date: DateTime.fromISO(iso, { zone: "utc" }), path: `/${slug}/` } as unknown as Article;
}

const paths = (articles: readonly Article[]) => articles.map((a) => a.path);

describe("planSearchShards", () => {
  it("splits the articles oldest first into runs of the given size, the last one shorter", () => {
    const articles = ["2024-03-01", "2021-01-01", "2023-06-01", "2022-02-02", "2025-01-01"].map((iso) => article(iso));
    const shards = planSearchShards(articles, 2);
    expect(shards.map((shard) => shard.id)).toEqual(["0", "1", "2"]);
    expect(shards.map((shard) => paths(shard.articles))).toEqual([
      ["/2021-01-01/", "/2022-02-02/"],
      ["/2023-06-01/", "/2024-03-01/"],
      ["/2025-01-01/"],
    ]);
    expect(shards.map((shard) => shard.bundleDir)).toEqual(["pagefind/0/", "pagefind/1/", "pagefind/2/"]);
  });

  it("gives the search page its primary bundle in the first shard", () => {
    expect(planSearchShards([article("2024-01-01")])[0]!.bundleDir).toBe(PRIMARY_BUNDLE_DIR);
  });

  it("keeps articles of the same instant in a fixed order, whatever order they come in", () => {
    const same = ["c", "a", "b"].map((slug) => article("2024-01-01T10:00:00Z", slug));
    expect(paths(planSearchShards(same, 2).flatMap((shard) => shard.articles))).toEqual(["/a/", "/b/", "/c/"]);
    expect(paths(planSearchShards([...same].reverse(), 2).flatMap((shard) => shard.articles))).toEqual(["/a/", "/b/", "/c/"]);
  });

  it("changes only the last shard when an article newer than all others is added", () => {
    const articles = Array.from({ length: 7 }, (_, i) => article(`2020-01-0${i + 1}`));
    const before = planSearchShards(articles, 3);
    const after = planSearchShards([...articles, article("2021-05-05")], 3);
    expect(after.slice(0, -1).map((shard) => paths(shard.articles))).toEqual(before.slice(0, -1).map((shard) => paths(shard.articles)));
    expect(paths(after.at(-1)!.articles)).toEqual([...paths(before.at(-1)!.articles), "/2021-05-05/"]);
  });

  it("has one shard, with no articles, for an empty archive", () => {
    expect(planSearchShards([])).toEqual([{ id: "0", articles: [], bundleDir: "pagefind/0/", indexWeight: 1 }]);
  });

  it("weights each shard above every score of the shard before it (scores run up to its article count)", () => {
    const articles = Array.from({ length: 23 }, (_, i) => article(DateTime.utc(2000, 1, 1).plus({ days: i }).toISODate()!));
    const shards = planSearchShards(articles, 5);
    expect(shards.map((shard) => shard.indexWeight)).toEqual([1, 6, 36, 216, 1296]);
    for (const [index, shard] of shards.entries()) {
      if (index === 0) continue;
      const earlier = shards[index - 1]!;
      // The lowest score an article of this shard can have (position 1) beats the highest of the earlier shard.
      expect(1 * shard.indexWeight).toBeGreaterThan(earlier.articles.length * earlier.indexWeight);
    }
  });

  it("doubles the shard size until an archive fits in MAX_SHARDS shards", () => {
    const articles = Array.from({ length: MAX_SHARDS * 2 + 1 }, (_, i) => article(DateTime.utc(2000, 1, 1).plus({ hours: i }).toISO()!));
    const shards = planSearchShards(articles, 1);
    expect(shards.length).toBeLessThanOrEqual(MAX_SHARDS);
    expect(shards[0]!.articles).toHaveLength(4);
    expect(shards.every((shard) => Number.isFinite(shard.indexWeight))).toBe(true);
  });

  it.each([0, -1, 1.5])("refuses a shard size of %d", (size) => {
    expect(() => planSearchShards([], size)).toThrow(/size must be a positive integer/);
  });
});
