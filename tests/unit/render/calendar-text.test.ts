import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { bucketLabel, dayOfYearLabel, spanLabel, timeOfDay, weekdayDayLabel, zoneName } from "../../../src/render/calendar-text";

/** ICU puts thin spaces around the dash of a range; the tests compare the words, not the space widths. */
const plain = (text: string) => text.replace(/\s/g, " ");
const day = (year: number, month: number, dayOfMonth: number) => ({ year, month, day: dayOfMonth });

describe("spanLabel", () => {
  it.each([
    ["en-GB", day(2006, 6, 3), day(2006, 6, 17), "long", "3 – 17 June 2006"],
    ["en-GB", day(2006, 5, 20), day(2006, 6, 2), "long", "20 May – 2 June 2006"],
    ["en-GB", day(2005, 12, 20), day(2006, 1, 2), "short", "20 Dec 2005 – 2 Jan 2006"],
    ["en-GB", day(2006, 6, 3), day(2006, 6, 3), "long", "3 June 2006"],
    ["en", day(2006, 6, 3), day(2006, 6, 17), "long", "June 3 – 17, 2006"],
    ["de", day(2006, 6, 3), day(2006, 6, 17), "long", "3.–17. Juni 2006"],
  ] as const)("%s: %j to %j (%s) is %s", (language, first, last, width, expected) => {
    expect(plain(spanLabel({ first, last }, { language }, width))).toBe(expected);
  });

  it("names a calendar day whatever the machine's timezone (the suite runs at UTC+14)", () => {
    expect(plain(spanLabel({ first: day(2024, 2, 29), last: day(2024, 2, 29) }, { language: "en-GB" }))).toBe("29 February 2024");
  });
});

describe("day and bucket labels", () => {
  it.each([
    ["en-GB", 8, 6, "6 August"],
    ["en", 8, 6, "August 6"],
    ["en-GB", 2, 29, "29 February"],
  ])("%s: day of the year %i-%i is %s", (language, month, dayOfMonth, expected) => {
    expect(dayOfYearLabel(month, dayOfMonth, { language })).toBe(expected);
  });

  it("heads a day of headlines with its weekday", () => {
    expect(weekdayDayLabel(day(2024, 3, 10), { language: "en-GB" })).toBe("Sunday, 10 March 2024");
  });

  it.each([
    [2019, undefined, "short", "2019"],
    [2019, 3, "short", "Mar 2019"],
    [2019, 3, "long", "March 2019"],
  ] as const)("labels the bucket %i-%s (%s) %s", (year, month, width, expected) => {
    expect(bucketLabel(year, month, { language: "en-GB", timezone: "UTC" }, width)).toBe(expected);
  });
});

describe("timeOfDay", () => {
  it.each([
    ["en-GB", "America/Los_Angeles", "2024-03-01T07:30:00Z", "23:30"],
    ["en", "America/Los_Angeles", "2024-03-01T07:30:00Z", "11:30 PM"],
    ["en-GB", "Asia/Tokyo", "2024-03-01T07:30:00Z", "16:30"],
  ])("%s in %s: %s is %s", (language, timezone, iso, expected) => {
    expect(plain(timeOfDay(DateTime.fromISO(iso, { zone: "UTC" }), { language, timezone }))).toBe(expected);
  });
});

describe("zoneName", () => {
  it.each([
    ["America/New_York", "Eastern Time"],
    ["Asia/Seoul", "Korean Standard Time"],
    ["UTC", "UTC"],
  ])("%s is called %s", (timezone, expected) => {
    expect(zoneName({ language: "en", timezone })).toBe(expected);
  });
});
