// Unit: the future-date check with an injected "now", in a zone far from the
// machine's (the suite runs with TZ=Pacific/Kiritimati, UTC+14).

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { futureDateDiagnostics, shownDate, type DatedArticle } from "../../../src/check/future-dates";

const ZONE = "America/New_York";
const NOW = DateTime.fromISO("2024-03-10T12:00:00", { zone: ZONE });

function article(iso: string, dateOnly: boolean): DatedArticle {
  return { displayPath: `content/${iso}.md`, date: DateTime.fromISO(iso, { zone: ZONE }), dateOnly };
}

describe("futureDateDiagnostics", () => {
  it.each<[string, string, boolean, boolean]>([
    ["a past date", "2023-08-06", true, false],
    ["today, date only (midnight has passed)", "2024-03-10", true, false],
    ["earlier today", "2024-03-10T11:59:59", false, false],
    ["exactly now", "2024-03-10T12:00:00", false, false],
    ["later today", "2024-03-10T12:00:01", false, true],
    ["tomorrow, date only", "2024-03-11", true, true],
    ["a mistyped year", "2031-01-01", true, true],
  ])("%s: %s → flagged %s", (_label, iso, dateOnly, flagged) => {
    const found = futureDateDiagnostics([article(iso, dateOnly)], NOW, () => ({ line: 3, column: 1 }));
    expect(found).toHaveLength(flagged ? 1 : 0);
  });

  it("warns at the date key, names the file and shows the date as written", () => {
    const found = futureDateDiagnostics([article("2031-01-01", true)], NOW, () => ({ line: 4, column: 1 }));
    expect(found).toEqual([
      {
        severity: "warning",
        file: "content/2031-01-01.md",
        line: 4,
        column: 1,
        message: "date 2031-01-01 is in the future; the article is built anyway (check the year if that is a typo)",
      },
    ]);
  });

  it("leaves the position out when the date key cannot be found", () => {
    const [found] = futureDateDiagnostics([article("2031-01-01", true)], NOW, () => undefined);
    expect(found).toMatchObject({ file: "content/2031-01-01.md", line: undefined, column: undefined });
  });

  it("compares instants, not wall times, when now is in another zone", () => {
    // 12:00 in New York is 07:00 the next day in Kiritimati; an article at 06:00 there is already past.
    const nowInKiritimati = NOW.setZone("Pacific/Kiritimati");
    const early = { displayPath: "a.md", date: DateTime.fromISO("2024-03-11T06:00:00", { zone: "Pacific/Kiritimati" }), dateOnly: false };
    const late = { displayPath: "b.md", date: DateTime.fromISO("2024-03-11T08:00:00", { zone: "Pacific/Kiritimati" }), dateOnly: false };
    expect(futureDateDiagnostics([early, late], nowInKiritimati, () => undefined).map((d) => d.file)).toEqual(["b.md"]);
  });

  it("only asks for the position of flagged articles", () => {
    const asked: string[] = [];
    futureDateDiagnostics([article("2020-01-01", true), article("2030-01-01", true)], NOW, (a) => {
      asked.push(a.displayPath);
      return undefined;
    });
    expect(asked).toEqual(["content/2030-01-01.md"]);
  });
});

describe("shownDate", () => {
  it.each<[string, boolean, string]>([
    ["2031-01-01", true, "2031-01-01"],
    ["2031-01-01T09:30:00", false, "2031-01-01T09:30:00-05:00"],
    ["2031-07-01T09:30:15.250", false, "2031-07-01T09:30:15.250-04:00"],
  ])("%s (date only: %s) → %s", (iso, dateOnly, shown) => {
    expect(shownDate(article(iso, dateOnly))).toBe(shown);
  });
});
