// Model stage: splits a list into pages of `pageSize` items: the first at the base
// path, the rest at <base>page/2/, <base>page/3/…

import type { Pagination } from "./types";

export interface Page<T> {
  readonly items: readonly T[];
  readonly pagination: Pagination;
  readonly path: string;
}

/** Path of page `pageNumber` (1-based) of a series starting at `basePath`, which ends with "/". */
export function pagePath(basePath: string, pageNumber: number): string {
  return pageNumber === 1 ? basePath : `${basePath}page/${pageNumber}/`;
}

/** An empty list still gets one (empty) page, so e.g. an empty archive has a home page. */
export function paginate<T>(items: readonly T[], pageSize: number, basePath: string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a whole number above 0, got ${pageSize}`);
  }
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const pagePaths = Object.freeze(Array.from({ length: totalPages }, (_, i) => pagePath(basePath, i + 1)));
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
      }),
    }),
  );
}
