import { describe, expect, it } from "vitest";
import { pagePath, paginate } from "../../../src/model/pagination";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("paginate", () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [3, [3]],
    [4, [3, 1]],
    [7, [3, 3, 1]],
  ])("%i items with page size 3 → page sizes %j", (count, sizes) => {
    const pages = paginate(range(count), 3, "/");
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.flatMap((p) => p.items)).toEqual(range(count));
    for (const page of pages) {
      expect(page.pagination.totalPages).toBe(sizes.length);
      expect(page.pagination.totalItems).toBe(count);
    }
  });

  it("puts the first page at the base path and the rest under page/N/", () => {
    const pages = paginate(range(7), 3, "/topics/x/");
    const paths = ["/topics/x/", "/topics/x/page/2/", "/topics/x/page/3/"];
    expect(pages.map((p) => p.path)).toEqual(paths);
    expect(pages.map((p) => p.pagination.pageNumber)).toEqual([1, 2, 3]);
    expect(pages.map((p) => [p.pagination.previous, p.pagination.next])).toEqual([
      [undefined, "/topics/x/page/2/"],
      ["/topics/x/", "/topics/x/page/3/"],
      ["/topics/x/page/2/", undefined],
    ]);
    for (const page of pages) expect(page.pagination.pagePaths).toEqual(paths);
  });

  it("gives an empty list one page with no neighbours", () => {
    const [only, ...rest] = paginate([], 20, "/");
    expect(rest).toEqual([]);
    expect(only).toEqual({
      items: [],
      path: "/",
      pagination: { pageNumber: 1, totalPages: 1, totalItems: 0, pagePaths: ["/"], previous: undefined, next: undefined },
    });
  });

  it.each([0, -1, 2.5, Number.NaN])("rejects page size %d", (size) => {
    expect(() => paginate(range(3), size, "/")).toThrow(RangeError);
  });

  it.each([
    ["/", 1, "/"],
    ["/", 2, "/page/2/"],
    ["/2023/08/", 12, "/2023/08/page/12/"],
  ])("pagePath(%j, %i) = %j", (base, n, expected) => {
    expect(pagePath(base, n)).toBe(expected);
  });
});
