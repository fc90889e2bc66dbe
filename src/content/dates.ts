// Content stage: turns a front-matter date value into a luxon DateTime in the
// site timezone. Never consults the machine's timezone: a value without an
// offset is a wall time in `zone`, a value with one is an instant shown in `zone`.

import { DateTime, FixedOffsetZone, type Zone } from "luxon";
import { describeValue } from "./describe-value";

export type ContentDateResult =
  | { readonly ok: true; readonly date: DateTime; readonly dateOnly: boolean }
  | { readonly ok: false; readonly message: string };

const EXPECTED = "expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30";
/**
 * Years a page path (/YYYY/), a feed and a sitemap can carry: four digits, and no year 0,
 * which ISO 8601 counts as 1 BC and no archive means.
 */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// YAML timestamps also allow a space instead of "T" and before the offset, and a one-digit hour offset.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?[ \t]*(?:([Zz])|([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

/**
 * Parses a front-matter date: a `YYYY-MM-DD` string (midnight in `zone`), an ISO 8601 date-time
 * string with or without an offset, or a JS Date as produced by YAML 1.1 loaders.
 */
export function parseContentDate(value: unknown, zone: string): ContentDateResult {
  if (value instanceof Date) return fromJsDate(value, zone);
  if (typeof value === "string") return fromText(value.trim(), zone);
  const hint = typeof value === "number" ? "; a date must be written as YYYY-MM-DD, e.g. 2023-08-06" : "";
  return { ok: false, message: `${EXPECTED}, got ${describeValue(value)}${hint}` };
}

function fromText(text: string, zone: string): ContentDateResult {
  if (text === "") return { ok: false, message: `${EXPECTED}, got an empty value` };

  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1, 4).map(Number) as [number, number, number];
    return calendarDate(year, month, day, zone, text);
  }

  const match = DATE_TIME.exec(text);
  if (!match) return { ok: false, message: `${EXPECTED}, got \`${text}\`` };
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  // Only milliseconds survive; finer digits cannot change the calendar day.
  const millisecond = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, "0"));

  if (!isRealDate(year, month, day)) return notARealDate(text, year, month, day);
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `\`${text}\` is not a real time of day: expected hours 00–23, minutes and seconds 00–59` };
  }

  const offset = parseOffset(match[8], match[9], match[10], match[11]);
  if (offset === "invalid") {
    return { ok: false, message: `\`${text}\` has an impossible UTC offset: expected Z or ±HH:MM up to ±23:59` };
  }
  const inputZone: Zone | string = offset === undefined ? zone : FixedOffsetZone.instance(offset);
  // Luxon moves a wall time inside a DST gap forward by the gap's length (02:30 → 03:30), which keeps the
  // article on its day; rejecting it would fail a build over a clock reading nobody can check.
  const parsed = DateTime.fromObject({ year, month, day, hour, minute, second, millisecond }, { zone: inputZone });
  return finish(parsed.setZone(zone), false, zone, text);
}

function calendarDate(year: number, month: number, day: number, zone: string, shown: string): ContentDateResult {
  if (!isRealDate(year, month, day)) return notARealDate(shown, year, month, day);
  const date = DateTime.fromObject({ year, month, day }, { zone });
  if (date.isValid && (date.year !== year || date.month !== month || date.day !== day)) {
    return { ok: false, message: `\`${shown}\` never happened in ${zone}: the zone skipped that calendar day` };
  }
  return finish(date, true, zone, shown);
}

function fromJsDate(value: Date, zone: string): ContentDateResult {
  if (Number.isNaN(value.getTime())) return { ok: false, message: `${EXPECTED}, got an invalid date` };
  const atUtcMidnight =
    value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
  if (atUtcMidnight) {
    const shown = value.toISOString().slice(0, 10);
    return calendarDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), zone, shown);
  }
  return finish(DateTime.fromJSDate(value).setZone(zone), false, zone, value.toISOString());
}

/** `date` as the result, once it is known to be a valid date in a year the site can publish. */
function finish(date: DateTime, dateOnly: boolean, zone: string, shown: string): ContentDateResult {
  if (!date.isValid) {
    const reason = date.invalidReason === "unsupported zone" ? `unknown timezone \`${zone}\`` : date.invalidExplanation ?? date.invalidReason;
    return { ok: false, message: `could not read the date: ${reason}` };
  }
  if (date.year < FIRST_YEAR || date.year > LAST_YEAR) {
    return {
      ok: false,
      message: `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, got \`${shown}\`, which is in the year ${date.year} in the site timezone (${zone})`,
    };
  }
  return { ok: true, date, dateOnly };
}

/** Minutes east of UTC, undefined when no offset was written, "invalid" when out of range. */
function parseOffset(
  zulu: string | undefined,
  sign: string | undefined,
  hours: string | undefined,
  minutes: string | undefined,
): number | undefined | "invalid" {
  if (zulu !== undefined) return 0;
  if (sign === undefined || hours === undefined) return undefined;
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 23 || m > 59) return "invalid";
  return (sign === "-" ? -1 : 1) * (h * 60 + m);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

function notARealDate(shown: string, year: number, month: number, day: number): ContentDateResult {
  const yearMonth = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  const why = month < 1 || month > 12 ? `there is no month ${month}` : `${yearMonth} has no day ${day}`;
  return { ok: false, message: `\`${shown}\` is not a real calendar date (${why})` };
}
