import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { groupByPeriod } from "../../../src/model/periods";

interface Item {
  readonly id: string;
  readonly date: DateTime;
}

const ZONE = "America/New_York";
const item = (id: string, iso: string, zone = ZONE): Item => ({ id, date: DateTime.fromISO(iso, { zone }) });

// Newest first, as the model stage passes them.
const items: readonly Item[] = [
  item("e", "2024-01-02T09:00:00"),
  item("d", "2023-11-30T23:59:00"),
  item("c", "2023-08-06T23:30:00"),
  item("b", "2023-08-06T08:00:00"),
  item("a", "2022-03-01T12:00:00"),
];
const groups = groupByPeriod(items, (i) => i.date, ZONE);
const paths = (list: readonly { listing: { period: { path: string } } }[]) => list.map((g) => g.listing.period.path);

describe("groupByPeriod", () => {
  it("lists periods with articles, newest first, with their counts", () => {
    expect(paths(groups.years)).toEqual(["/2024/", "/2023/", "/2022/"]);
    expect(paths(groups.months)).toEqual(["/2024/01/", "/2023/11/", "/2023/08/", "/2022/03/"]);
    expect(paths(groups.days)).toEqual(["/2024/01/02/", "/2023/11/30/", "/2023/08/06/", "/2022/03/01/"]);
    expect(groups.years.map((g) => g.listing.period.count)).toEqual([1, 3, 1]);
    expect(groups.days.find((g) => g.listing.period.path === "/2023/08/06/")!.items.map((i) => i.id)).toEqual([
      "c",
      "b",
    ]);
  });

  it("buckets by the site zone, not the zone a date happens to carry", () => {
    const utc = [item("x", "2023-08-07T03:30:00Z", "UTC")];
    expect(paths(groupByPeriod(utc, (i) => i.date, ZONE).days)).toEqual(["/2023/08/06/"]);
    expect(paths(groupByPeriod(utc, (i) => i.date, "UTC").days)).toEqual(["/2023/08/07/"]);
  });

  it.each([
    ["/2023/", undefined, "/2022/", "/2024/"],
    ["/2024/", undefined, "/2023/", undefined],
    ["/2022/", undefined, undefined, "/2023/"],
    ["/2023/08/", "/2023/", "/2022/03/", "/2023/11/"],
    ["/2024/01/", "/2024/", "/2023/11/", undefined],
    ["/2023/11/30/", "/2023/11/", "/2023/08/06/", "/2024/01/02/"],
    ["/2022/03/01/", "/2022/03/", undefined, "/2023/08/06/"],
  ])("%s: parent %s, previous (older) %s, next (newer) %s", (path, parent, previous, next) => {
    const group = [...groups.years, ...groups.months, ...groups.days].find((g) => g.listing.period.path === path)!;
    expect(group.listing.parent?.path).toBe(parent);
    expect(group.listing.previous?.path).toBe(previous);
    expect(group.listing.next?.path).toBe(next);
  });

  it("describes each period by kind and calendar fields", () => {
    expect(groups.days[2]!.listing.period).toEqual({
      kind: "day",
      year: 2023,
      month: 8,
      day: 6,
      path: "/2023/08/06/",
      count: 2,
    });
    expect(groups.months[0]!.listing.period).toEqual({ kind: "month", year: 2024, month: 1, path: "/2024/01/", count: 1 });
  });

  it("lays out the archive: newest year first, months January to December", () => {
    expect(groups.archive.map((y) => [y.path, y.count, y.months.map((m) => m.path)])).toEqual([
      ["/2024/", 1, ["/2024/01/"]],
      ["/2023/", 3, ["/2023/08/", "/2023/11/"]],
      ["/2022/", 1, ["/2022/03/"]],
    ]);
  });

  it("has nothing for an empty archive", () => {
    const empty = groupByPeriod([] as Item[], (i) => i.date, ZONE);
    expect([empty.years, empty.months, empty.days, empty.archive]).toEqual([[], [], [], []]);
  });
});
