import { describe, expect, it } from "vitest";
import { parseContentDate } from "../../../src/content/dates";

function parsedIso(value: unknown, zone: string): { iso: string | null; dateOnly: boolean } {
  const result = parseContentDate(value, zone);
  if (!result.ok) throw new Error(`expected ${String(value)} to parse, got: ${result.message}`);
  return { iso: result.date.toISO(), dateOnly: result.dateOnly };
}

function failure(value: unknown, zone = "UTC"): string {
  const result = parseContentDate(value, zone);
  if (result.ok) throw new Error(`expected ${String(value)} to be rejected, got ${result.date.toISO()}`);
  return result.message;
}

describe("parseContentDate: accepted forms", () => {
  it.each([
    ["2023-08-06", "UTC", "2023-08-06T00:00:00.000Z", true],
    ["2023-08-06", "America/New_York", "2023-08-06T00:00:00.000-04:00", true],
    ["2023-08-06", "Pacific/Honolulu", "2023-08-06T00:00:00.000-10:00", true],
    [" 2023-08-06 ", "Asia/Seoul", "2023-08-06T00:00:00.000+09:00", true],
    ["2023-08-06T09:30", "Asia/Seoul", "2023-08-06T09:30:00.000+09:00", false],
    ["2023-08-06 09:30", "Asia/Seoul", "2023-08-06T09:30:00.000+09:00", false],
    ["2023-08-06T09:30:15", "Europe/Berlin", "2023-08-06T09:30:15.000+02:00", false],
    ["2023-08-06T09:30:15.25", "Europe/Berlin", "2023-08-06T09:30:15.250+02:00", false],
    ["2023-08-06T09:30:15.123456", "Europe/Berlin", "2023-08-06T09:30:15.123+02:00", false],
    ["2023-08-06T09:30:00+09:00", "Europe/Berlin", "2023-08-06T02:30:00.000+02:00", false],
    ["2023-08-06T09:30:00+0530", "UTC", "2023-08-06T04:00:00.000Z", false],
    ["2023-08-06T09:30Z", "Asia/Kolkata", "2023-08-06T15:00:00.000+05:30", false],
    ["2023-08-06 09:30:00 -5", "UTC", "2023-08-06T14:30:00.000Z", false],
    ["2024-02-29", "UTC", "2024-02-29T00:00:00.000Z", true],
    ["2000-02-29", "UTC", "2000-02-29T00:00:00.000Z", true],
  ])("%j in %s is %s", (value, zone, iso, dateOnly) => {
    expect(parsedIso(value, zone)).toEqual({ iso, dateOnly });
  });
});

describe("parseContentDate: forms archives from other systems hold, read with their canonical spelling", () => {
  it.each([
    // [value, zone, ISO in the site zone, date only, canonical spelling]
    ["2024-4-09", "UTC", "2024-04-09T00:00:00.000Z", true, "2024-04-09"],
    ["2024-04-9", "UTC", "2024-04-09T00:00:00.000Z", true, "2024-04-09"],
    ["2023/08/06", "Asia/Seoul", "2023-08-06T00:00:00.000+09:00", true, "2023-08-06"],
    ["2023/8/6", "UTC", "2023-08-06T00:00:00.000Z", true, "2023-08-06"],
    ["2023/08/06 10:00", "Europe/Berlin", "2023-08-06T10:00:00.000+02:00", false, "2023-08-06 10:00"],
    ["2024-4-9T10:00:00+02:00", "UTC", "2024-04-09T08:00:00.000Z", false, "2024-04-09T10:00:00+02:00"],
    ["Sun, 06 Aug 2023 10:00:00 +0000", "UTC", "2023-08-06T10:00:00.000Z", false, "2023-08-06T10:00Z"],
    ["Sun, 06 Aug 2023 10:00:30 +0000", "UTC", "2023-08-06T10:00:30.000Z", false, "2023-08-06T10:00:30Z"],
    ["Sun, 06 Aug 2023 10:00:00 +0930", "UTC", "2023-08-06T00:30:00.000Z", false, "2023-08-06T10:00+09:30"],
    ["Sun, 6 Aug 2023 23:00:00 EST", "Asia/Tokyo", "2023-08-07T13:00:00.000+09:00", false, "2023-08-06T23:00-05:00"],
    ["06 Aug 2023 10:00 GMT", "America/New_York", "2023-08-06T06:00:00.000-04:00", false, "2023-08-06T10:00Z"],
  ])("%j in %s is %s", (value, zone, iso, dateOnly, canonical) => {
    const result = parseContentDate(value, zone);
    if (!result.ok) throw new Error(result.message);
    expect({ iso: result.date.toISO(), dateOnly: result.dateOnly, canonical: result.canonical }).toEqual({ iso, dateOnly, canonical });
  });

  it.each(["2023-08-06", "2023-08-06T09:30", "2023-08-06 09:30:00 -5"])("gives no canonical spelling for %j, which is one already", (value) => {
    const result = parseContentDate(value, "UTC");
    expect(result.ok && result.canonical).toBe(undefined);
  });

  it.each([
    ["Mon, 06 Aug 2023 10:00:00 +0000", "got `Mon, 06 Aug 2023 10:00:00 +0000`: its weekday does not match its date"],
    ["Thu, 31 Feb 2023 10:00:00 +0000", "it is not a real date and time"],
    ["Sun, 06 Agu 2023 10:00:00 +0000", "it cannot be read as an RFC 2822 date such as `Sun, 06 Aug 2023 10:00:00 +0000`"],
  ])("rejects the RFC 2822 date %j", (value, fragment) => {
    expect(failure(value)).toContain(fragment);
  });

  it.each([
    ["08/06/2023", "with the year last; it could be day first or month first: write `2023-06-08` (day 8 of month 6) or `2023-08-06` (month 8, day 6)"],
    ["8.6.2023", "write `2023-06-08` (day 8 of month 6) or `2023-08-06` (month 8, day 6)"],
    ["25/12/2023", "got `25/12/2023`, with the year last; write `2023-12-25`"],
    ["12-25-2023 10:00", "with the year last; write `2023-12-25`"],
    ["06/06/2023", "with the year last; write `2023-06-06`"],
  ])("rejects the day-first or month-first date %j, saying how to write it", (value, fragment) => {
    expect(failure(value)).toContain(fragment);
  });
});

describe("parseContentDate: calendar day in the site zone", () => {
  it.each([
    // [value, zone, expected calendar day in zone]
    ["2023-08-06T23:30", "America/New_York", "2023-08-06"],
    ["2023-08-06T23:30:00-04:00", "America/New_York", "2023-08-06"],
    ["2023-08-06T23:30:00Z", "Asia/Seoul", "2023-08-07"],
    ["2023-08-06T00:30:00+09:00", "UTC", "2023-08-05"],
    ["2023-08-06", "Pacific/Pago_Pago", "2023-08-06"],
    ["2023-08-06", "Pacific/Kiritimati", "2023-08-06"],
  ])("%s in %s falls on %s", (value, zone, day) => {
    const result = parseContentDate(value, zone);
    expect(result.ok && result.date.toISODate()).toBe(day);
    expect(result.ok && result.date.zoneName).toBe(zone);
  });
});

describe("parseContentDate: daylight saving", () => {
  it("moves a wall time inside the spring-forward gap forward by the gap", () => {
    expect(parsedIso("2024-03-10T02:30", "America/New_York").iso).toBe("2024-03-10T03:30:00.000-04:00");
  });

  it("keeps the written wall time when the fall-back hour happens twice", () => {
    const result = parseContentDate("2024-11-03T01:30", "America/New_York");
    expect(result.ok && result.date.toFormat("yyyy-MM-dd HH:mm")).toBe("2024-11-03 01:30");
  });

  it("keeps a date-only value on its day when midnight itself is skipped", () => {
    // Santiago moved clocks from 00:00 to 01:00 on this day.
    const result = parseContentDate("2023-09-03", "America/Santiago");
    expect(result.ok && result.date.toISODate()).toBe("2023-09-03");
  });

  it("rejects a calendar day the zone skipped entirely", () => {
    expect(failure("2011-12-30", "Pacific/Apia")).toContain("`2011-12-30` never happened in Pacific/Apia");
  });
});

describe("parseContentDate: JS Date values from YAML 1.1 loaders", () => {
  it("treats a Date at UTC midnight as that calendar date in the site zone", () => {
    expect(parsedIso(new Date(Date.UTC(2023, 7, 6)), "America/Los_Angeles")).toEqual({
      iso: "2023-08-06T00:00:00.000-07:00",
      dateOnly: true,
    });
  });

  it("treats any other Date as an instant shown in the site zone", () => {
    expect(parsedIso(new Date("2023-08-06T09:30:00Z"), "Asia/Seoul")).toEqual({
      iso: "2023-08-06T18:30:00.000+09:00",
      dateOnly: false,
    });
  });

  it("rejects an invalid Date", () => {
    expect(failure(new Date("not a date"))).toContain("got an invalid date");
  });
});

describe("parseContentDate: rejected values", () => {
  it.each([
    ["2023-02-30", "`2023-02-30` is not a real calendar date (2023-02 has no day 30)"],
    ["2023-02-29", "`2023-02-29` is not a real calendar date"],
    ["1900-02-29", "`1900-02-29` is not a real calendar date"],
    ["2023-13-01", "`2023-13-01` is not a real calendar date (there is no month 13)"],
    ["2023-04-31T10:00", "`2023-04-31T10:00` is not a real calendar date"],
    ["2023-08-06T24:00", "`2023-08-06T24:00` is not a real time of day"],
    ["2023-08-06T10:61", "is not a real time of day"],
    ["2023-08-06T10:00+25:00", "has an impossible UTC offset"],
    ["yesterday", "expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got `yesterday`"],
    ["06/08/2023", "got `06/08/2023`"],
    ["2023-8-6T9:30", "got `2023-8-6T9:30`"],
    ["2023/08-06", "got `2023/08-06`"],
    ["2023/02/30", "`2023/02/30` is not a real calendar date (2023-02 has no day 30)"],
    ["2023/8/6T25:00", "is not a real time of day"],
    ["", "got an empty value"],
    ["   ", "got an empty value"],
  ])("%j", (value, fragment) => {
    expect(failure(value)).toContain(fragment);
  });

  it.each([
    [20230806, "got the number `20230806`; a date must be written as YYYY-MM-DD"],
    [null, "got an empty value"],
    [undefined, "got an empty value"],
    [true, "got `true`"],
    [["2023-08-06"], "got a list"],
    [{ year: 2023 }, "got a mapping"],
  ])("non-text value %j", (value, fragment) => {
    expect(failure(value)).toContain(fragment);
  });

  it.each([
    ["0000-01-01", "UTC", "expected a year from 1 to 9999, got `0000-01-01`, which is in the year 0 in the site timezone (UTC)"],
    ["0000-12-31T23:00", "UTC", "which is in the year 0 in the site timezone (UTC)"],
    // Valid as written, moved into another year by the site timezone.
    ["9999-12-31T20:00:00Z", "Pacific/Kiritimati", "got `9999-12-31T20:00:00Z`, which is in the year 10000 in the site timezone (Pacific/Kiritimati)"],
    ["9999-12-31T23:30-05:00", "Europe/Paris", "which is in the year 10000 in the site timezone (Europe/Paris)"],
    ["0001-01-01T00:30:00+01:00", "UTC", "which is in the year 0 in the site timezone (UTC)"],
  ])("a year the site cannot publish: %j in %s", (value, zone, fragment) => {
    expect(failure(value, zone)).toContain(fragment);
  });

  it.each([
    ["0001-01-01", "UTC", "0001-01-01T00:00:00.000Z"],
    ["9999-12-31", "Pacific/Kiritimati", "9999-12-31T00:00:00.000+14:00"],
    ["9999-12-31T23:59:59", "Pacific/Kiritimati", "9999-12-31T23:59:59.000+14:00"],
  ])("the first and last years are fine: %j in %s", (value, zone, iso) => {
    expect(parsedIso(value, zone).iso).toBe(iso);
  });

  it("names an unknown zone", () => {
    expect(failure("2023-08-06", "Mars/Olympus_Mons")).toContain("unknown timezone `Mars/Olympus_Mons`");
  });
});
