// Render stage tests: dates are formatted once per date, format, zone and
// language, and every cached text is the text luxon gives.

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { CALENDAR_TEXTS_KEPT, rememberCalendarText, rememberDateText } from "../../../src/render/date-text-cache";
import { dateline, dayLabel, humanDate, isoDateTime, monthLabel, monthName, yearLabel } from "../../../src/render/format-date";

const BERLIN = { timezone: "Europe/Berlin", language: "en-GB" };
const NEW_YORK = { timezone: "America/New_York", language: "en" };

describe("rememberDateText", () => {
  it("formats a date once per key and returns the same text afterwards", () => {
    const date = DateTime.fromISO("2023-08-06T23:30:00Z");
    let calls = 0;
    const format = (d: DateTime) => {
      calls++;
      return d.toISO() ?? "";
    };
    const first = rememberDateText(date, "iso", format);
    expect(rememberDateText(date, "iso", format)).toBe(first);
    expect(calls).toBe(1);
    rememberDateText(date, "other", format);
    expect(calls).toBe(2);
  });

  it("keeps dates apart even when they are equal instants", () => {
    const a = DateTime.fromISO("2023-08-06T10:00:00Z");
    const b = DateTime.fromISO("2023-08-06T10:00:00Z");
    rememberDateText(a, "k", () => "from a");
    expect(rememberDateText(b, "k", () => "from b")).toBe("from b");
  });

  it("stores nothing when formatting throws, so it throws again", () => {
    const date = DateTime.fromISO("2023-01-01T00:00:00Z");
    const failing = () => {
      throw new Error("no");
    };
    expect(() => rememberDateText(date, "fails", failing)).toThrow("no");
    expect(() => rememberDateText(date, "fails", failing)).toThrow("no");
    expect(rememberDateText(date, "fails", () => "now fine")).toBe("now fine");
  });
});

describe("rememberCalendarText", () => {
  it("formats once per key", () => {
    let calls = 0;
    const format = () => `text ${++calls}`;
    expect(rememberCalendarText("calendar-test-key", format)).toBe("text 1");
    expect(rememberCalendarText("calendar-test-key", format)).toBe("text 1");
  });

  it("starts over rather than growing past its limit", () => {
    for (let i = 0; i <= CALENDAR_TEXTS_KEPT; i++) rememberCalendarText(`filler ${i}`, () => "x");
    let calls = 0;
    rememberCalendarText("filler 0", () => `again ${++calls}`);
    expect(calls).toBe(1);
  });
});

describe("format-date through the cache", () => {
  // Each text as luxon gives it directly, to compare the cached texts with.
  const direct = {
    human: (d: DateTime, site: typeof BERLIN) => d.setZone(site.timezone).setLocale(site.language).toLocaleString(DateTime.DATE_FULL),
    dateTime: (d: DateTime, site: typeof BERLIN) => d.setZone(site.timezone).setLocale(site.language).toLocaleString(DateTime.DATETIME_FULL),
    iso: (d: DateTime, site: typeof BERLIN) => d.setZone(site.timezone).toISO({ suppressMilliseconds: true }),
  };
  const dates = [DateTime.fromISO("2023-08-06T23:30:00Z"), DateTime.fromISO("2024-02-29", { zone: "Asia/Tokyo" })];

  it.each([
    ["Berlin", BERLIN],
    ["New York", NEW_YORK],
  ])("gives luxon's texts for %s, asked twice, and never another site's", (_name, site) => {
    for (const date of dates) {
      for (let round = 0; round < 2; round++) {
        expect(humanDate(date, site)).toBe(direct.human(date, site));
        expect(dateline(date, true, site)).toBe(direct.human(date, site));
        expect(dateline(date, false, site)).toBe(direct.dateTime(date, site));
        expect(isoDateTime(date, site)).toBe(direct.iso(date, site));
      }
    }
  });

  it("keeps calendar labels apart by language", () => {
    expect(monthLabel(2023, 8, { timezone: "UTC", language: "de" })).toBe("August 2023");
    expect(monthLabel(2023, 3, { timezone: "UTC", language: "de" })).toBe("März 2023");
    expect(monthLabel(2023, 3, { timezone: "UTC", language: "en" })).toBe("March 2023");
    expect(monthName(3, { timezone: "UTC", language: "fr" })).toBe("mars");
    expect(dayLabel(2023, 3, 5, { timezone: "UTC", language: "en-GB" })).toBe("5 March 2023");
    expect(dayLabel(2023, 3, 5, { timezone: "UTC", language: "en" })).toBe("March 5, 2023");
    expect(yearLabel(2023, { timezone: "UTC", language: "en" })).toBe("2023");
  });
});
