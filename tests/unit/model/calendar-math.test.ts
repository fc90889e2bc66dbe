import { describe, expect, it } from "vitest";
import { anniversaryPath, dayKey, daysInMonth, monthKey } from "../../../src/model/calendar";
import { paginate } from "../../../src/model/pagination";
import { monthVolume, newTally, tallyDay, termVolume } from "../../../src/model/volume";

describe("daysInMonth", () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [44, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 1, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("calendar keys and paths", () => {
  it.each([
    [{ year: 2023, month: 8, day: 6 }, 20230806],
    [{ year: 999, month: 12, day: 31 }, 9991231],
  ])("dayKey(%j) is %i", (day, key) => {
    expect(dayKey(day)).toBe(key);
  });

  it("orders months across a year end", () => {
    expect(monthKey(2023, 12)).toBeLessThan(monthKey(2024, 1));
  });

  it.each([
    [8, 6, "/on-this-day/08/06/"],
    [12, 31, "/on-this-day/12/31/"],
    [2, 29, "/on-this-day/02/29/"],
  ])("anniversaryPath(%i, %i) is %s", (month, day, path) => {
    expect(anniversaryPath(month, day)).toBe(path);
  });
});

const tallyOf = (...days: [number, number, number][]) => {
  const tally = newTally();
  for (const [year, month, day] of days) tallyDay(tally, { year, month, day });
  return tally;
};

describe("termVolume", () => {
  it("counts every year from the first to the last, empty years as 0", () => {
    const volume = termVolume(tallyOf([2021, 5, 1], [2019, 1, 1], [2019, 12, 31], [2021, 6, 3]));
    expect(volume).toEqual({ unit: "year", buckets: [{ year: 2019, count: 2 }, { year: 2020, count: 0 }, { year: 2021, count: 2 }] });
  });

  it("gives the twelve months of the year when every article is in one year", () => {
    const volume = termVolume(tallyOf([2022, 3, 1], [2022, 3, 9], [2022, 11, 2]));
    expect(volume.unit).toBe("month");
    expect(volume.buckets.map((b) => b.count)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(volume.buckets.every((b) => b.year === 2022)).toBe(true);
  });

  it("is empty without articles", () => {
    expect(termVolume(newTally()).buckets).toEqual([]);
  });
});

describe("monthVolume", () => {
  it("counts every month from the first to the last, across year ends", () => {
    const volume = monthVolume(tallyOf([2023, 11, 5], [2024, 2, 1], [2024, 2, 29]));
    expect(volume.buckets).toEqual([
      { year: 2023, month: 11, count: 1 },
      { year: 2023, month: 12, count: 0 },
      { year: 2024, month: 1, count: 0 },
      { year: 2024, month: 2, count: 2 },
    ]);
  });
});

describe("paginate with days", () => {
  const days = [20, 18, 18, 11, 3].map((day) => ({ year: 2006, month: 6, day }));

  it("gives each page the span of its items, earliest day first, on every page of the series", () => {
    const pages = paginate(days, 2, "/2006/06/", (item) => item);
    expect(pages[0]!.pagination.spans).toEqual([
      { first: days[1], last: days[0] },
      { first: days[3], last: days[2] },
      { first: days[4], last: days[4] },
    ]);
    expect(pages[2]!.pagination.spans).toBe(pages[0]!.pagination.spans);
  });

  it("works for items oldest first too", () => {
    const pages = paginate([...days].reverse(), 10, "/x/", (item) => item);
    expect(pages[0]!.pagination.spans).toEqual([{ first: days[4], last: days[0] }]);
  });

  it("has no spans for an empty series or without days", () => {
    expect(paginate([], 2, "/", (item: { year: number; month: number; day: number }) => item)[0]!.pagination.spans).toBeUndefined();
    expect(paginate(days, 2, "/")[0]!.pagination).not.toHaveProperty("spans");
  });
});
