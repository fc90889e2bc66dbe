// Import stage, wire copy: reads the dates wire copy carries — a portal's
// stamp ("date 2023-08-06", "Updated: Aug 6, 2023 10:32 IST") and the month
// and day of a dateline ("SEOUL, Aug 6 (Reuters) -") — as calendar dates.

import { DateTime } from "luxon";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
export const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

/** `2023-08-06`, `2023/08/06`, `Aug 6, 2023`, `August 6 2023`, `6 August 2023`. */
const DATE = `(?:(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})|(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH_NAME}),?\\s+(\\d{4}))`;
/** A time after the date, left out: a portal's clock and zone abbreviation ("IST") cannot be trusted to mean one zone. */
const TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\(?[A-Z]{2,5}\\)?)?)?";
const STAMP = new RegExp(`(?<![\\p{L}])(date|published|posted|updated|last updated)(?:\\s+on)?\\s*[:|-]?\\s*${DATE}${TIME}`, "giu");

export interface Stamp {
  readonly kind: "published" | "updated";
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly index: number;
  readonly length: number;
  /** The time of day it gave, which is left out. */
  readonly droppedTime?: string;
}

/** Every date stamp in `text` with a real calendar date; `updated` for "Updated" and "Last updated". */
export function findStamps(text: string): Stamp[] {
  const stamps: Stamp[] = [];
  for (const match of text.matchAll(STAMP)) {
    const [whole, word, y1, m1, d1, mon2, d2, y2, d3, mon3, y3] = match;
    const date =
      y1 !== undefined
        ? isoDate(Number(y1), Number(m1), Number(d1))
        : mon2 !== undefined
          ? isoDate(Number(y2), monthNumber(mon2), Number(d2))
          : isoDate(Number(y3), monthNumber(mon3!), Number(d3));
    if (date === undefined) continue;
    const time = /\d{1,2}[:.]\d{2}.*$/u.exec(whole)?.[0];
    stamps.push({
      kind: /updated/i.test(word!) ? "updated" : "published",
      date,
      index: match.index,
      length: whole.length,
      ...(time === undefined ? {} : { droppedTime: time.trim() }),
    });
  }
  return stamps;
}

/** Month 1–12 for `Aug`, `August`, `Sept.`; 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** `YYYY-MM-DD`, or undefined when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = DateTime.fromObject({ year, month, day }, { zone: "UTC" });
  return date.isValid && year >= 1 && year <= 9999 ? date.toISODate()! : undefined;
}

/** `text` when it is `YYYY-MM-DD` and a real day, else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match === null ? undefined : isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
