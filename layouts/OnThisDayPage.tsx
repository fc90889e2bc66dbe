// Render stage: /on-this-day/ — the twelve months of the year, each day linking
// to its page of articles from every year (with how many there are), so any
// anniversary is one click away.

import type { JSX } from "preact";
import { daysInMonth } from "../src/model/calendar";
import { labelsOf } from "../src/i18n/labels-of";
import type { Anniversary, OnThisDayDirectoryPage } from "../src/model/types";
import { directoryTrail } from "../src/render/breadcrumbs";
import { dayOfYearLabel } from "../src/render/calendar-text";
import type { RenderContext } from "../src/render/context";
import { monthName } from "../src/render/format-date";
import { href } from "../src/render/links";
import { documentTitle, formatNumber, metaDescription, pageTitle } from "../src/render/page-text";
import { Base } from "./Base";
import { Breadcrumb } from "./Breadcrumb";

export interface OnThisDayPageProps {
  readonly page: OnThisDayDirectoryPage;
  readonly context: RenderContext;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** A leap year, so February shows its 29th. */
const ANY_YEAR = 2000;

export function OnThisDayPage({ page, context }: OnThisDayPageProps): JSX.Element {
  const { site } = context;
  const labels = labelsOf(site);
  const byDay = new Map<string, Anniversary>(page.days.map((day) => [`${day.month}-${day.day}`, day]));
  return (
    <Base context={context} path={page.path} page={page} title={documentTitle(page, site)} description={metaDescription(page, site)}>
      <Breadcrumb context={context} trail={directoryTrail(page.kind, site)} />
      <header class="listing-header">
        <h1>{pageTitle(page, site)}</h1>
        <p class="listing-count">{labels.daysOfTheYear(page.days.length, formatNumber(page.days.length, site.language))}</p>
      </header>
      {page.days.length === 0 ? (
        <p class="empty">{labels.noArticlesYet}</p>
      ) : (
        <div class="year-days">
          {MONTHS.map((month) => (
            <section key={month} class="year-days__month" aria-labelledby={`month-${month}`}>
              <h2 id={`month-${month}`}>{monthName(month, site)}</h2>
              <ol class="year-days__days">
                {Array.from({ length: daysInMonth(ANY_YEAR, month) }, (_, i) => i + 1).map((day) => {
                  const anniversary = byDay.get(`${month}-${day}`);
                  const number = <span aria-hidden="true">{formatNumber(day, site.language)}</span>;
                  // A day without articles only keeps the grid's shape; listening, only the days with articles count.
                  if (anniversary === undefined) {
                    return (
                      <li key={day} class="year-days__day" aria-hidden="true">
                        {number}
                      </li>
                    );
                  }
                  return (
                    <li key={day} class="year-days__day year-days__day--articles">
                      <a href={href(site, anniversary.path)}>
                        {number}
                        <span class="visually-hidden">{`${dayOfYearLabel(month, day, site)}: `}</span>
                        <span class="year-days__count">
                          {formatNumber(anniversary.count, site.language)}
                          <span class="visually-hidden">{labels.articlesAfterNumber(anniversary.count)}</span>
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </div>
      )}
    </Base>
  );
}
