// Render stage tests: which page numbers a pagination bar shows.

import { describe, expect, it } from "vitest";
import { paginationWindow, responsiveWindow } from "../../../src/render/pagination-window";

describe("paginationWindow", () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [3, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 12, [1, 2, 3, "gap", 12]],
    [5, 12, [1, 2, 3, 4, 5, 6, 7, "gap", 12]],
    [6, 14, [1, "gap", 4, 5, 6, 7, 8, "gap", 14]],
    [12, 12, [1, "gap", 10, 11, 12]],
    [4, 9, [1, 2, 3, 4, 5, 6, "gap", 9]],
    // A single missing page is shown rather than hidden behind an ellipsis.
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ] as const)("page %i of %i → %j", (current, total, expected) => {
    expect(paginationWindow(current, total)).toEqual(expected);
  });

  it("honours a different radius", () => {
    expect(paginationWindow(10, 20, 1)).toEqual([1, "gap", 9, 10, 11, "gap", 20]);
  });

  it("clamps an out-of-range current page and handles an empty series", () => {
    expect(paginationWindow(99, 3)).toEqual([1, 2, 3]);
    expect(paginationWindow(1, 0)).toEqual([]);
  });

  it("always includes the first, last and current page, in increasing order", () => {
    for (let total = 1; total <= 30; total++) {
      for (let current = 1; current <= total; current++) {
        const pages = paginationWindow(current, total).filter((slot): slot is number => slot !== "gap");
        expect(pages).toContain(1);
        expect(pages).toContain(total);
        expect(pages).toContain(current);
        expect([...pages].sort((a, b) => a - b)).toEqual(pages);
        expect(new Set(pages).size).toBe(pages.length);
      }
    }
  });
});

describe("responsiveWindow", () => {
  const show = (current: number, total: number) =>
    responsiveWindow(current, total).map((slot) => ("page" in slot ? (slot.wideOnly ? `(${slot.page})` : slot.page) : slot.narrowOnly ? "(…)" : "…"));

  it.each([
    // (n): only on a wide screen; (…): a gap only on a phone.
    [5, 9, [1, "(…)", "(2)", "(3)", 4, 5, 6, "(…)", "(7)", "(8)", 9]],
    [1, 12, [1, 2, "(3)", "…", 12]],
    [6, 14, [1, "…", "(4)", 5, 6, 7, "(8)", "…", 14]],
    [3, 20, [1, 2, 3, 4, "(5)", "…", 20]],
    [2, 3, [1, 2, 3]],
    [1, 1, [1]],
  ] as const)("page %i of %i → %j", (current, total, expected) => {
    expect(show(current, total)).toEqual(expected);
  });
});
