// Content stage: turns a front-matter date value into a luxon DateTime in the
// site timezone. Never consults the machine's timezone: a value without an
// offset is a wall time in `zone`, a value with one is an instant shown in `zone`.
// Besides ISO 8601, the unambiguous forms archives moved in from other systems
// hold are read too (`2024-4-09`, `2023/08/06`, RFC 2822 as in RSS), each with
// the canonical spelling for a warning; day-first or month-first forms
// (`08/06/2023`) are errors, since no rule can tell which was meant.

import { DateTime, FixedOffsetZone, type Zone } from "luxon";
import { describeValue } from "./describe-value";

export type ContentDateResult =
  | {
      readonly ok: true;
      readonly date: DateTime;
      readonly dateOnly: boolean;
      /** How to write the value in the canonical form; present only when it was written in another form. */
      readonly canonical?: string;
    }
  | { readonly ok: false; readonly message: string };

const EXPECTED = "expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30";
/**
 * Years a page path (/YYYY/), a feed and a sitemap can carry: four digits, and no year 0,
 * which ISO 8601 counts as 1 BC and no archive means.
 */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A year first, then month and day of one or two digits, separated by "-" or "/" (the same twice). */
const LENIENT_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?=$|[Tt ])/;
// YAML timestamps also allow a space instead of "T" and before the offset, and a one-digit hour offset.
const TIME =
  /^[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?[ \t]*(?:([Zz])|([+-])(\d{1,2})(?::?(\d{2}))?)?$/;
/** The shape of an RFC 2822 date (RSS, e-mail): `Sun, 06 Aug 2023 10:00:00 +0000`, the weekday optional. */
const RFC_2822 = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}/;
/** Day and month in some order, then the year: `08/06/2023`, `8.6.2023`, `08-06-2023 10:00`. */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=$|[Tt ])/;

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

  const lenient = LENIENT_DATE.exec(text);
  if (lenient) return fromYearFirst(text, lenient, zone);
  if (RFC_2822.test(text)) return fromRfc2822(text, zone);
  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  if (dayMonthYear) return { ok: false, message: dayMonthYearMessage(text, dayMonthYear) };
  return { ok: false, message: `${EXPECTED}, got \`${text}\`` };
}

/** `YYYY-MM-DD`, `YYYY-M-D` or `YYYY/MM/DD`, alone or with the time of an ISO 8601 date-time. */
function fromYearFirst(text: string, date: RegExpExecArray, zone: string): ContentDateResult {
  const [year, month, day] = [date[1], date[3], date[4]].map(Number) as [number, number, number];
  const canonicalDate = `${date[1]}-${pad2(month)}-${pad2(day)}`;
  const rest = text.slice(date[0].length);
  const canonical = date[0] === canonicalDate ? undefined : canonicalDate + rest;
  const result = rest === "" ? calendarDate(year, month, day, zone, text) : withTime(text, year, month, day, rest, zone);
  return result.ok && canonical !== undefined ? { ...result, canonical } : result;
}

function withTime(text: string, year: number, month: number, day: number, rest: string, zone: string): ContentDateResult {
  const match = TIME.exec(rest);
  if (!match) return { ok: false, message: `${EXPECTED}, got \`${text}\`` };
  const [hour, minute] = match.slice(1, 3).map(Number) as [number, number];
  const second = match[3] === undefined ? 0 : Number(match[3]);
  // Only milliseconds survive; finer digits cannot change the calendar day.
  const millisecond = match[4] === undefined ? 0 : Number(match[4].slice(0, 3).padEnd(3, "0"));

  if (!isRealDate(year, month, day)) return notARealDate(text, year, month, day);
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `\`${text}\` is not a real time of day: expected hours 00–23, minutes and seconds 00–59` };
  }

  const offset = parseOffset(match[5], match[6], match[7], match[8]);
  if (offset === "invalid") {
    return { ok: false, message: `\`${text}\` has an impossible UTC offset: expected Z or ±HH:MM up to ±23:59` };
  }
  const inputZone: Zone | string = offset === undefined ? zone : FixedOffsetZone.instance(offset);
  // Luxon moves a wall time inside a DST gap forward by the gap's length (02:30 → 03:30), which keeps the
  // article on its day; rejecting it would fail a build over a clock reading nobody can check.
  const parsed = DateTime.fromObject({ year, month, day, hour, minute, second, millisecond }, { zone: inputZone });
  return finish(parsed.setZone(zone), false, zone, text);
}

/** An RFC 2822 date-time always names its offset (or a zone such as GMT or EST), so it is an instant. */
function fromRfc2822(text: string, zone: string): ContentDateResult {
  const parsed = DateTime.fromRFC2822(text, { setZone: true });
  if (!parsed.isValid) {
    const reason =
      parsed.invalidReason === "mismatched weekday"
        ? "its weekday does not match its date"
        : parsed.invalidReason === "unit out of range"
          ? "it is not a real date and time"
          : "it cannot be read as an RFC 2822 date such as `Sun, 06 Aug 2023 10:00:00 +0000`";
    return { ok: false, message: `${EXPECTED}, got \`${text}\`: ${reason}` };
  }
  const canonical = parsed.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? text;
  const result = finish(parsed.setZone(zone), false, zone, text);
  return result.ok ? { ...result, canonical } : result;
}

function dayMonthYearMessage(text: string, [, first, second, year]: RegExpExecArray): string {
  const a = Number(first);
  const b = Number(second);
  const asDayFirst = `${year}-${pad2(b)}-${pad2(a)}`;
  const asMonthFirst = `${year}-${pad2(a)}-${pad2(b)}`;
  const meant =
    a === b || a > 12 || b > 12
      ? `write \`${a > 12 ? asDayFirst : asMonthFirst}\``
      : `it could be day first or month first: write \`${asDayFirst}\` (day ${a} of month ${b}) or \`${asMonthFirst}\` (month ${a}, day ${b})`;
  return `${EXPECTED}, got \`${text}\`, with the year last; ${meant}`;
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

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

function notARealDate(shown: string, year: number, month: number, day: number): ContentDateResult {
  const yearMonth = `${String(year).padStart(4, "0")}-${pad2(month)}`;
  const why = month < 1 || month > 12 ? `there is no month ${month}` : `${yearMonth} has no day ${day}`;
  return { ok: false, message: `\`${shown}\` is not a real calendar date (${why})` };
}
