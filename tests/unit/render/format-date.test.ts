// Render stage tests: every displayed date comes out in the site zone and language.

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  dateline,
  dayLabel,
  humanDate,
  isoDateTime,
  monthLabel,
  monthName,
  periodLabel,
  yearLabel,
} from "../../../src/render/format-date";

// Newer ICU puts a narrow no-break space before AM/PM; compare words, not spaces.
const words = (s: string) => s.replace(/\s+/gu, " ");

const BERLIN = { timezone: "Europe/Berlin", language: "en-GB" };
const NEW_YORK = { timezone: "America/New_York", language: "en-GB" };

// 23:30 UTC: already the 7th in Berlin, still the 6th in New York, and the 7th
// on the test machine (Kiritimati, UTC+14) — so a wrong zone shows up as a wrong day.
const lateEvening = DateTime.fromISO("2023-08-06T23:30:00Z");
const dateOnlyBerlin = DateTime.fromISO("2023-08-06", { zone: "Europe/Berlin" });

describe("dates in the site zone", () => {
  it.each([
    ["Berlin, date-time", lateEvening, false, BERLIN, "7 August 2023 at 01:30 CEST", "2023-08-07T01:30:00+02:00", "7 August 2023"],
    ["New York, date-time", lateEvening, false, NEW_YORK, "6 August 2023 at 19:30 GMT-4", "2023-08-06T19:30:00-04:00", "6 August 2023"],
    ["Berlin, date only", dateOnlyBerlin, true, BERLIN, "6 August 2023", "2023-08-06T00:00:00+02:00", "6 August 2023"],
    ["New York, date only", DateTime.fromISO("2023-01-15", { zone: "America/New_York" }), true, NEW_YORK, "15 January 2023", "2023-01-15T00:00:00-05:00", "15 January 2023"],
  ])("%s", (_label, date, dateOnly, site, expectedDateline, expectedIso, expectedHuman) => {
    expect(words(dateline(date, dateOnly, site))).toBe(expectedDateline);
    expect(isoDateTime(date, site)).toBe(expectedIso);
    expect(humanDate(date, site)).toBe(expectedHuman);
  });

  it("follows the site language", () => {
    const site = { timezone: "Europe/Berlin", language: "de" };
    expect(humanDate(lateEvening, site)).toBe("7. August 2023");
    expect(monthLabel(2023, 8, site)).toBe("August 2023");
    expect(words(dateline(lateEvening, false, { ...site, language: "en" }))).toBe("August 7, 2023 at 1:30 AM GMT+2");
  });

  it("writes milliseconds in the ISO value only when there are some", () => {
    const date = DateTime.fromISO("2023-08-06T10:11:12.345", { zone: "Europe/Berlin" });
    expect(isoDateTime(date, BERLIN)).toBe("2023-08-06T10:11:12.345+02:00");
    expect(isoDateTime(date.set({ millisecond: 0 }), BERLIN)).toBe("2023-08-06T10:11:12+02:00");
  });

  it("refuses an invalid date instead of printing `null`", () => {
    expect(() => isoDateTime(DateTime.invalid("broken"), BERLIN)).toThrow(/invalid date/);
  });
});

describe("period labels", () => {
  it.each([
    [{ kind: "year", year: 2023, path: "/2023/", count: 3 }, "2023"],
    [{ kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 3 }, "August 2023"],
    [{ kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 3 }, "6 August 2023"],
    [{ kind: "month", year: 2024, month: 2, path: "/2024/02/", count: 1 }, "February 2024"],
  ] as const)("%j → %s", (period, expected) => {
    expect(periodLabel(period, BERLIN)).toBe(expected);
  });

  it.each([
    [1, "January"],
    [8, "August"],
    [12, "December"],
  ])("month %i is %s", (month, expected) => {
    expect(monthName(month, BERLIN)).toBe(expected);
  });

  it("formats the pieces on their own", () => {
    expect(yearLabel(1999, BERLIN)).toBe("1999");
    expect(monthLabel(1999, 12, NEW_YORK)).toBe("December 1999");
    expect(dayLabel(2024, 2, 29, NEW_YORK)).toBe("29 February 2024");
  });
});
