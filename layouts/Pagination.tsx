// Render stage: previous/next and numbered links through a paginated series.
// Long series show the first and last page and a window around the current one.
// In a dated series each number carries the days its page covers
// ("Page 25: 3–17 Jun 2006"), so a reader can aim for a date, not a number.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { FramedText } from "../src/i18n/labels";
import type { Pagination as PaginationData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";
import { spanLabel } from "../src/render/calendar-text";
import { formatNumber } from "../src/render/page-text";
import { responsiveWindow } from "../src/render/pagination-window";

export interface PaginationProps {
  readonly pagination: PaginationData;
  readonly context: RenderContext;
}

/** Words partly for screen readers only: "Previous" shown, "Previous page" read. */
function Framed({ text: [before, shown, after] }: { readonly text: FramedText }): JSX.Element {
  return (
    <>
      {before !== "" && <span class="visually-hidden">{before}</span>}
      {shown}
      {after !== "" && <span class="visually-hidden">{after}</span>}
    </>
  );
}

export function Pagination({ pagination, context }: PaginationProps): JSX.Element | null {
  const { site } = context;
  const { pageNumber, totalPages, pagePaths, previous, next, spans } = pagination;
  if (totalPages <= 1) return null;
  const labels = labelsOf(site);
  const [numberBefore, numberAfter] = labels.pageNumber;
  return (
    <nav class="pagination" aria-label={labels.pagination}>
      <ul>
        {previous !== undefined && (
          <li class="pagination__step">
            <a href={href(site, previous)} rel="prev">
              <Framed text={labels.previousPage} />
            </a>
          </li>
        )}
        {responsiveWindow(pageNumber, totalPages).map((slot, index) => {
          // A phone shows a narrower window (see site.css): it hides the far pages and shows its own gaps.
          if ("gap" in slot) {
            return (
              <li key={`gap-${index}`} class={slot.narrowOnly ? "pagination__gap pagination__gap--narrow" : "pagination__gap"} aria-hidden="true">
                …
              </li>
            );
          }
          const path = pagePaths[slot.page - 1];
          if (path === undefined) return null;
          const span = spans?.[slot.page - 1];
          return (
            <li key={path} class={slot.wideOnly ? "pagination__far" : undefined}>
              <a href={href(site, path)} aria-current={slot.page === pageNumber ? "page" : undefined}>
                <span class="pagination__number">
                  {numberBefore !== "" && <span class="visually-hidden">{numberBefore}</span>}
                  {formatNumber(slot.page, site.language)}
                  {numberAfter !== "" && <span class="visually-hidden">{numberAfter}</span>}
                </span>
                {span !== undefined && (
                  <span class="pagination__span">
                    <span class="visually-hidden">{labels.pageSpanSeparator}</span>
                    {spanLabel(span, site, "short")}
                  </span>
                )}
              </a>
            </li>
          );
        })}
        {next !== undefined && (
          <li class="pagination__step">
            <a href={href(site, next)} rel="next">
              <Framed text={labels.nextPage} />
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
