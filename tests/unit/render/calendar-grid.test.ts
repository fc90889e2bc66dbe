import { describe, expect, it } from "vitest";
import { monthWeeks, weekdayOf } from "../../../src/render/calendar-grid";
import { firstDayOfWeek, weekdays } from "../../../src/render/calendar-text";

describe("weekdayOf", () => {
  it.each([
    [2024, 2, 1, 4],
    [2024, 2, 29, 4],
    [2023, 1, 1, 7],
    [2000, 1, 1, 6],
    [1900, 3, 1, 4],
  ])("%i-%i-%i is ISO weekday %i", (year, month, day, weekday) => {
    expect(weekdayOf(year, month, day)).toBe(weekday);
  });
});

describe("monthWeeks", () => {
  it("starts February 2024 on Thursday under Monday weeks", () => {
    const weeks = monthWeeks(2024, 2, 1);
    expect(weeks[0]).toEqual([undefined, undefined, undefined, 1, 2, 3, 4]);
    expect(weeks.at(-1)).toEqual([26, 27, 28, 29, undefined, undefined, undefined]);
    expect(weeks).toHaveLength(5);
  });

  it("starts February 2024 on Thursday under Sunday weeks", () => {
    expect(monthWeeks(2024, 2, 7)[0]).toEqual([undefined, undefined, undefined, undefined, 1, 2, 3]);
  });

  it("needs no blank when the month starts on the first day of the week", () => {
    expect(monthWeeks(2024, 4, 1)[0]![0]).toBe(1);
    expect(monthWeeks(2023, 10, 7)[0]![0]).toBe(1);
  });

  it("fits February 2015 in four full weeks from Sunday", () => {
    expect(monthWeeks(2015, 2, 7)).toHaveLength(4);
  });

  it.each([
    [2024, 1],
    [2024, 6],
    [2023, 12],
    [2024, 3],
  ])("holds every day of %i-%i once, in seven-day rows", (year, month) => {
    for (const first of [1, 6, 7]) {
      const weeks = monthWeeks(year, month, first);
      expect(weeks.every((week) => week.length === 7)).toBe(true);
      const days = weeks.flat().filter((day) => day !== undefined);
      expect(days).toEqual(Array.from({ length: days.length }, (_, i) => i + 1));
    }
  });
});

describe("weeks per language", () => {
  it.each([
    ["en", 7, "Sun"],
    ["en-GB", 1, "Mon"],
    ["de", 1, "Mo"],
    ["ar-EG", 6, "السبت"],
  ])("%s starts its weeks on weekday %i (%s)", (language, first, shortName) => {
    expect(firstDayOfWeek({ language })).toBe(first);
    const names = weekdays({ language });
    expect(names.map((day) => day.weekday)).toHaveLength(7);
    expect(names[0]).toMatchObject({ weekday: first, short: shortName });
  });

  it("falls back to English weeks for a malformed language tag instead of failing", () => {
    expect(firstDayOfWeek({ language: "not a language!" })).toBe(7);
    expect(weekdays({ language: "not a language!" })[0]).toMatchObject({ weekday: 7, short: "Sun", long: "Sunday" });
  });
});
