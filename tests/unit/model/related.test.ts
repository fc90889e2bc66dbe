import { describe, expect, it } from "vitest";
import { relatedArticles } from "../../../src/model/related";

interface Item {
  readonly id: string;
  readonly topics: readonly string[];
  readonly time: number;
}

const DAY = 86_400_000;
const related = (items: readonly Item[], options = {}) =>
  relatedArticles(items, (i) => i.topics, (i) => i.time, options).map((list) => list.map((i) => i.id));

/** `count` filler articles on one common topic, to make it common. */
const filler = (count: number, topic: string): Item[] =>
  Array.from({ length: count }, (_, i) => ({ id: `f${i}`, topics: [topic], time: -(i + 100) * DAY }));

describe("relatedArticles", () => {
  it("ranks an article sharing a rare topic above one sharing a common topic", () => {
    const items: Item[] = [
      { id: "target", topics: ["politics", "whaling"], time: 0 },
      { id: "common", topics: ["politics"], time: -1 * DAY },
      { id: "rare", topics: ["whaling"], time: -30 * DAY },
      ...filler(20, "politics"),
    ];
    expect(related(items)[0]!.slice(0, 2)).toEqual(["rare", "common"]);
  });

  it("ranks more shared topics higher", () => {
    const items: Item[] = [
      { id: "target", topics: ["a", "b"], time: 0 },
      { id: "one", topics: ["a"], time: -DAY },
      { id: "both", topics: ["b", "a"], time: -9 * DAY },
    ];
    expect(related(items)[0]).toEqual(["both", "one"]);
  });

  it("breaks score ties by closeness in time, then by the newer article", () => {
    const items: Item[] = [
      { id: "target", topics: ["a"], time: 0 },
      { id: "far", topics: ["a"], time: -5 * DAY },
      { id: "older", topics: ["a"], time: -2 * DAY },
      { id: "newer", topics: ["a"], time: 2 * DAY },
    ];
    expect(related(items)[0]).toEqual(["newer", "older", "far"]);
  });

  it("never lists the article itself, even when it repeats a topic", () => {
    const items: Item[] = [
      { id: "x", topics: ["a", "a"], time: 0 },
      { id: "y", topics: ["a"], time: DAY },
    ];
    expect(related(items)).toEqual([["y"], ["x"]]);
  });

  it("keeps at most five, or the given limit", () => {
    const items = filler(12, "a");
    expect(related(items).every((list) => list.length === 5)).toBe(true);
    expect(related(items, { limit: 2 })[0]).toEqual(["f1", "f2"]);
    expect(related(items, { limit: 0 })[0]).toEqual([]);
  });

  it("gives nothing to articles without topics and never links to them", () => {
    const items: Item[] = [
      { id: "bare", topics: [], time: 0 },
      { id: "x", topics: ["a"], time: DAY },
      { id: "y", topics: ["a"], time: 2 * DAY },
    ];
    expect(related(items)).toEqual([[], ["y"], ["x"]]);
  });

  it("only looks at nearby articles within each topic", () => {
    const items = filler(10, "a");
    const result = related(items, { window: 2, limit: 10 });
    expect(result[0]).toEqual(["f1", "f2"]);
    expect(result[5]).toEqual(["f4", "f6", "f3", "f7"]);
  });

  it("scores a candidate on all shared topics even if only one window found it", () => {
    const items: Item[] = [
      { id: "target", topics: ["a", "b"], time: 0 },
      ...filler(5, "a").map((f) => ({ ...f, id: `a-${f.id}` })),
      { id: "shares-both", topics: ["a", "b"], time: -1000 * DAY },
    ];
    const result = related(items, { window: 1, limit: 2 });
    expect(result[0]).toEqual(["shares-both", "a-f0"]);
  });

  it("handles thousands of articles with a dominant topic and gives sane results", () => {
    const count = 5_000;
    const items: Item[] = Array.from({ length: count }, (_, i) => {
      const topics = ["big"];
      if (i % 7 === 0) topics.push("seven");
      if (i % 101 === 0) topics.push("rare");
      topics.push(`t${i % 20}`);
      return { id: String(i), topics, time: i * 3_600_000 };
    });
    const result = related(items);
    expect(result).toHaveLength(count);
    result.forEach((list, i) => {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list).not.toContain(String(i));
      expect(new Set(list).size).toBe(list.length);
    });
    // 505 has big, rare and t5: 2525 and 4545 share all three, the rest share big and rare.
    expect(result[505]).toEqual(["2525", "4545", "606", "404", "707"]);
  });
});
