// Render stage: which page numbers a pagination bar shows. Long series keep
// the first and last page plus a window around the current one; a gap of a
// single page is shown as that page, since an ellipsis would hide nothing.

export type PageSlot = number | "gap";

/**
 * Page numbers (1-based) to link, in order, with "gap" where pages are left out.
 * `radius` is how many neighbours on each side of the current page are shown.
 */
export function paginationWindow(current: number, total: number, radius = 2): readonly PageSlot[] {
  if (total <= 0) return [];
  const page = Math.min(Math.max(current, 1), total);
  const shown = new Set<number>([1, total]);
  for (let n = page - radius; n <= page + radius; n++) {
    if (n >= 1 && n <= total) shown.add(n);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  let last = 0;
  for (const n of sorted) {
    if (n - last === 2) slots.push(n - 1);
    else if (n - last > 2) slots.push("gap");
    slots.push(n);
    last = n;
  }
  return slots;
}
