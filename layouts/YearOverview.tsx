// Render stage: a year's twelve-month overview — each month with its count and
// a bar to the scale of the busiest month, linking the months with articles.
// The bars are drawn in SVG attributes, not inline styles, so a strict
// Content-Security-Policy allows them; the counts beside them say the same.

import type { JSX } from "preact";
import { datePath } from "../src/model/calendar";
import { labelsOf } from "../src/i18n/labels-of";
import type { YearOverview as YearOverviewData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { monthName } from "../src/render/format-date";
import { href } from "../src/render/links";
import { articleCount } from "../src/render/page-text";

export interface YearOverviewProps {
  readonly overview: YearOverviewData;
  readonly context: RenderContext;
  /** The month this page is about, marked as the current one. */
  readonly current?: number;
}

export function YearOverview({ overview, context, current }: YearOverviewProps): JSX.Element {
  const { site } = context;
  const busiest = Math.max(1, ...overview.counts);
  const labels = labelsOf(site);
  return (
    <section class="month-bars" aria-labelledby="month-bars-heading">
      <h2 id="month-bars-heading">{labels.monthOverviewHeading}</h2>
      <ol>
        {overview.counts.map((count, index) => {
          const month = index + 1;
          const name = monthName(month, site);
          return (
            <li key={month} class={count > 0 ? "month-bars__month" : "month-bars__month month-bars__month--empty"} aria-current={month === current ? "date" : undefined}>
              {count > 0 ? <a href={href(site, datePath(overview.year, month))}>{name}</a> : <span>{name}</span>}
              <svg class="month-bars__bar" aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
                <rect width={((count / busiest) * 100).toFixed(1)} height="10" />
              </svg>
              <span class="count">{count > 0 ? articleCount(count, site) : labels.noArticles}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
