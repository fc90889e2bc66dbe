// Render stage: which page numbers a pagination bar shows. Long series keep
// the first and last page plus a window around the current one; a gap of a
// single page is shown as that page, since an ellipsis would hide nothing.
// Dated pages are wide, so a phone gets a narrower window than a desktop.

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

/** A slot of a bar that is narrower on a phone: `wideOnly` slots are hidden there, `narrowOnly` gaps shown only there. */
export type ResponsiveSlot =
  | { readonly page: number; readonly wideOnly: boolean }
  | { readonly gap: true; readonly narrowOnly: boolean };

/**
 * The wide window (`radius`) and the narrow one (`radius - 1`) in one list: the pages only the
 * wide one shows are marked, and where the narrow one skips pages between two pages it shows, a
 * gap marked for the narrow bar only stands in for them.
 */
export function responsiveWindow(current: number, total: number, radius = 2): readonly ResponsiveSlot[] {
  const narrow = new Set(paginationWindow(current, total, radius - 1).filter((slot) => slot !== "gap"));
  const wide = paginationWindow(current, total, radius);
  const slots: ResponsiveSlot[] = [];
  wide.forEach((slot, i) => {
    if (slot === "gap") {
      slots.push({ gap: true, narrowOnly: false });
      return;
    }
    const wideOnly = !narrow.has(slot);
    const runStarts = wideOnly && (i === 0 || (wide[i - 1] !== "gap" && narrow.has(wide[i - 1] as number)));
    if (runStarts) {
      let end = i;
      while (end < wide.length && wide[end] !== "gap" && !narrow.has(wide[end] as number)) end++;
      // Next to a gap both bars show, a second ellipsis would say nothing more.
      if (i > 0 && end < wide.length && wide[end] !== "gap") slots.push({ gap: true, narrowOnly: true });
    }
    slots.push({ page: slot, wideOnly });
  });
  return slots;
}
