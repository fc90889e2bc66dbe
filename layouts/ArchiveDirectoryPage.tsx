// Render stage: the archive overview — a chart of the articles per month over
// the whole archive, every year with its article count and the months inside
// it, linking to the year and month pages, and the way to "on this day".

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { ArchiveDirectoryPage as ArchiveDirectoryPageData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { directoryTrail } from "../src/render/breadcrumbs";
import { monthName, periodLabel, yearLabel } from "../src/render/format-date";
import { href } from "../src/render/links";
import { articleCount, documentTitle, metaDescription, pageTitle } from "../src/render/page-text";
import { Base } from "./Base";
import { Breadcrumb } from "./Breadcrumb";
import { VolumeChart } from "./VolumeChart";

export interface ArchiveDirectoryPageProps {
  readonly page: ArchiveDirectoryPageData;
  readonly context: RenderContext;
}

export function ArchiveDirectoryPage({ page, context }: ArchiveDirectoryPageProps): JSX.Element {
  const { site } = context;
  const labels = labelsOf(site);
  return (
    <Base context={context} path={page.path} page={page} title={documentTitle(page, site)} description={metaDescription(page, site)}>
      <Breadcrumb context={context} trail={directoryTrail(page.kind, site)} />
      <header class="listing-header">
        <h1>{pageTitle(page, site)}</h1>
        <p class="listing-on-this-day">
          <a href={href(site, "/on-this-day/")}>{labels.archiveOnThisDay}</a>
        </p>
      </header>
      {page.years.length === 0 ? (
        <p class="empty">{labels.noArticlesYet}</p>
      ) : (
        <>
          <VolumeChart volume={page.volume} context={context} id="volume" listedBelow />
          <ul class="archive-years">
            {page.years.map((year) => (
              <li key={year.path} class="archive-year">
                <h2>
                  <a href={href(site, year.path)}>{yearLabel(year.year, site)}</a>{" "}
                  <span class="count">{articleCount(year.count, site)}</span>
                </h2>
                <ul class="archive-months">
                  {year.months.map((month) => (
                    <li key={month.path}>
                      <a href={href(site, month.path)}>{month.month !== undefined ? monthName(month.month, site) : periodLabel(month, site)}</a>{" "}
                      <span class="count">{articleCount(month.count, site)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </Base>
  );
}
