// Render stage: remembers the text of every date already formatted. A build
// shows the same article date on its own page, on every listing page, in the
// feeds and in the sitemap; luxon's formatting is slow enough that doing it
// again each time was one of the largest costs of writing a site.

import type { DateTime } from "luxon";

/**
 * Texts per DateTime object. luxon's DateTime is immutable, so one object always
 * means one instant; keying on the object lets the texts go when the model does.
 */
const byDate = new WeakMap<DateTime, Map<string, string>>();

/**
 * The text `format(date)` gives, computed once per date object and `key`. The key
 * must name everything besides the instant that the text depends on (format,
 * zone, language). A format that throws stores nothing, so it throws again.
 */
export function rememberDateText(date: DateTime, key: string, format: (date: DateTime) => string): string {
  let texts = byDate.get(date);
  if (texts === undefined) {
    texts = new Map();
    byDate.set(date, texts);
  }
  let text = texts.get(key);
  if (text === undefined) {
    text = format(date);
    texts.set(key, text);
  }
  return text;
}

/** Calendar labels ("August 2023") by key; few distinct ones exist, but a long-running server must not grow without end. */
const byCalendarKey = new Map<string, string>();
export const CALENDAR_TEXTS_KEPT = 50_000;

/** The text `format()` gives, computed once per `key` (which names the calendar day, format, zone and language). */
export function rememberCalendarText(key: string, format: () => string): string {
  let text = byCalendarKey.get(key);
  if (text === undefined) {
    text = format();
    if (byCalendarKey.size >= CALENDAR_TEXTS_KEPT) byCalendarKey.clear();
    byCalendarKey.set(key, text);
  }
  return text;
}
