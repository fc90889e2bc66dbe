// Model stage: splits a list into pages of `pageSize` items: the first at the base
// path, the rest at <base>page/2/, <base>page/3/…, and notes the days each
// page covers so pagination can say which dates a page holds.

import type { CalendarDay } from "./calendar";
import type { DaySpan, Pagination } from "./types";

export interface Page<T> {
  readonly items: readonly T[];
  readonly pagination: Pagination;
  readonly path: string;
}

/** Path of page `pageNumber` (1-based) of a series starting at `basePath`, which ends with "/". */
export function pagePath(basePath: string, pageNumber: number): string {
  return pageNumber === 1 ? basePath : `${basePath}page/${pageNumber}/`;
}

/**
 * An empty list still gets one (empty) page, so e.g. an empty archive has a home page. With
 * `dayOf`, each page's pagination carries the span of days of every page in the series; items
 * must then be in date order (either way round).
 */
export function paginate<T>(
  items: readonly T[],
  pageSize: number,
  basePath: string,
  dayOf?: (item: T) => CalendarDay,
): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a whole number above 0, got ${pageSize}`);
  }
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const pagePaths = Object.freeze(Array.from({ length: totalPages }, (_, i) => pagePath(basePath, i + 1)));
  const spans = dayOf !== undefined && items.length > 0 ? pageSpans(items, pageSize, dayOf) : undefined;
  return pagePaths.map((path, i) =>
    Object.freeze({
      items: Object.freeze(items.slice(i * pageSize, (i + 1) * pageSize)),
      path,
      pagination: Object.freeze({
        pageNumber: i + 1,
        totalPages,
        totalItems: items.length,
        pagePaths,
        previous: pagePaths[i - 1],
        next: pagePaths[i + 1],
        ...(spans !== undefined ? { spans } : {}),
      }),
    }),
  );
}

/** One span per page, from the days of its first and last item, whichever is earlier first. */
function pageSpans<T>(items: readonly T[], pageSize: number, dayOf: (item: T) => CalendarDay): readonly DaySpan[] {
  const spans: DaySpan[] = [];
  for (let start = 0; start < items.length; start += pageSize) {
    const a = dayOf(items[start]!);
    const b = dayOf(items[Math.min(items.length, start + pageSize) - 1]!);
    spans.push(Object.freeze(dayNumber(a) <= dayNumber(b) ? { first: a, last: b } : { first: b, last: a }));
  }
  return Object.freeze(spans);
}

function dayNumber({ year, month, day }: CalendarDay): number {
  return year * 10_000 + month * 100 + day;
}
