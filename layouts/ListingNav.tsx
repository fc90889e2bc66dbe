// Render stage: the links beside an index page's heading that lead through
// time — the neighbouring periods, a topic's neighbouring years, the
// neighbouring days of the year, a day in other years, and on the home page
// the newest article's day in earlier years.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { Listing, PageLink, Period } from "../src/model/types";
import { dayOfYearLabel } from "../src/render/calendar-text";
import type { RenderContext } from "../src/render/context";
import { periodLabel, yearLabel } from "../src/render/format-date";
import { href } from "../src/render/links";
import { articleCount } from "../src/render/page-text";
import { NeighbourNav } from "./NeighbourNav";

export interface ListingNavProps {
  readonly listing: Listing;
  readonly context: RenderContext;
  readonly firstPage: boolean;
}

export function ListingNav({ listing, context, firstPage }: ListingNavProps): JSX.Element | null {
  const { site } = context;
  const labels = labelsOf(site);
  const period = (value: Period | undefined): PageLink | undefined =>
    value === undefined ? undefined : { path: value.path, label: periodLabel(value, site) };
  switch (listing.kind) {
    case "period":
      return (
        <>
          <NeighbourNav
            context={context}
            label={labels.nearbyDates}
            previous={period(listing.previous)}
            up={listing.parent === undefined ? undefined : { path: listing.parent.path, label: labels.allOf(periodLabel(listing.parent, site)) }}
            next={period(listing.next)}
          />
          {listing.otherYears !== undefined && (
            <p class="listing-other-years">
              <a href={href(site, listing.otherYears.path)}>
                {labels.otherYearsLink(dayOfYearLabel(listing.otherYears.month, listing.otherYears.day, site))}
              </a>
            </p>
          )}
        </>
      );
    case "topic-year": {
      const year = (link: { readonly year: number; readonly path: string } | undefined) =>
        link === undefined ? undefined : { path: link.path, label: yearLabel(link.year, site) };
      return (
        <NeighbourNav
          context={context}
          label={labels.topicYearsNavigation}
          previous={year(listing.previous)}
          up={{ path: listing.topic.path, label: labels.allOf(listing.topic.name) }}
          next={year(listing.next)}
        />
      );
    }
    case "on-this-day": {
      const day = (link: { readonly month: number; readonly day: number; readonly path: string } | undefined) =>
        link === undefined ? undefined : { path: link.path, label: dayOfYearLabel(link.month, link.day, site) };
      return (
        <NeighbourNav
          context={context}
          label={labels.onThisDayNavigation}
          previous={day(listing.previous)}
          up={{ path: "/on-this-day/", label: labels.everyDayOfTheYear }}
          next={day(listing.next)}
        />
      );
    }
    case "home": {
      if (!firstPage) return null;
      const { onThisDay } = listing;
      return (
        <p class="listing-on-this-day">
          {onThisDay !== undefined && (
            <>
              <a href={href(site, onThisDay.day.path)}>{labels.homeOnThisDay(dayOfYearLabel(onThisDay.day.month, onThisDay.day.day, site))}</a>
              {" "}
              <span class="count">({articleCount(onThisDay.count, site)})</span>
              {" · "}
            </>
          )}
          <a href={href(site, "/on-this-day/")}>{labels.everyDayOfTheYear}</a>
        </p>
      );
    }
    case "topic":
    case "source":
    case "empty-period":
      return null;
  }
}
