// Render stage: the body of a page for a year, month or day without articles:
// says so, links the nearest dates that have some (with their counts) and the
// enclosing period, and shows the month's calendar or the year's months.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { Listing, Period } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { periodLabel } from "../src/render/format-date";
import { href } from "../src/render/links";
import { articleCount } from "../src/render/page-text";
import { MonthCalendar } from "./MonthCalendar";
import { YearOverview } from "./YearOverview";

export interface EmptyPeriodProps {
  readonly listing: Extract<Listing, { kind: "empty-period" }>;
  readonly context: RenderContext;
}

function Nearest({ label, period, context }: { readonly label: string; readonly period: Period; readonly context: RenderContext }): JSX.Element {
  const { site } = context;
  return (
    <li>
      <span class="empty-period__direction">{label}</span> <a href={href(site, period.path)}>{periodLabel(period, site)}</a>{" "}
      <span class="count">({articleCount(period.count, site)})</span>
    </li>
  );
}

export function EmptyPeriod({ listing, context }: EmptyPeriodProps): JSX.Element {
  const { site } = context;
  const { period, previous, next, parent } = listing;
  const label = periodLabel(period, site);
  const labels = labelsOf(site);
  return (
    <div class="empty-period">
      <p class="empty-period__note">{period.kind === "day" ? labels.emptyDay(label) : labels.emptyMonthOrYear(label)}</p>
      <nav class="empty-period__nearest" aria-labelledby="nearest-heading">
        <p id="nearest-heading">{labels.nearestWithArticles}</p>
        <ul>
          {previous !== undefined && <Nearest label={labels.earlier} period={previous} context={context} />}
          {next !== undefined && <Nearest label={labels.later} period={next} context={context} />}
          {parent !== undefined && (
            <li>
              <a href={href(site, parent.path)}>{labels.allOf(periodLabel(parent, site))}</a>
            </li>
          )}
        </ul>
      </nav>
      {listing.calendar !== undefined && <MonthCalendar calendar={listing.calendar} context={context} current={period.day} />}
      {listing.overview !== undefined && <YearOverview overview={listing.overview} context={context} current={period.month} />}
    </div>
  );
}
