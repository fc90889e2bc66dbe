// Render stage: previous/next and numbered links through a paginated series.
// Long series show the first and last page and a window around the current one.

import type { JSX } from "preact";
import type { Pagination as PaginationData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";
import { formatNumber } from "../src/render/page-text";
import { paginationWindow } from "../src/render/pagination-window";

export interface PaginationProps {
  readonly pagination: PaginationData;
  readonly context: RenderContext;
}

export function Pagination({ pagination, context }: PaginationProps): JSX.Element | null {
  const { site } = context;
  const { pageNumber, totalPages, pagePaths, previous, next } = pagination;
  if (totalPages <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pagination">
      <ul>
        {previous !== undefined && (
          <li class="pagination__step">
            <a href={href(site, previous)} rel="prev">
              Previous<span class="visually-hidden"> page</span>
            </a>
          </li>
        )}
        {paginationWindow(pageNumber, totalPages).map((slot, index) => {
          if (slot === "gap") {
            return (
              <li key={`gap-${index}`} class="pagination__gap" aria-hidden="true">
                …
              </li>
            );
          }
          const path = pagePaths[slot - 1];
          if (path === undefined) return null;
          return (
            <li key={path}>
              <a href={href(site, path)} aria-current={slot === pageNumber ? "page" : undefined}>
                <span class="visually-hidden">Page </span>
                {formatNumber(slot, site.language)}
              </a>
            </li>
          );
        })}
        {next !== undefined && (
          <li class="pagination__step">
            <a href={href(site, next)} rel="next">
              Next<span class="visually-hidden"> page</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
