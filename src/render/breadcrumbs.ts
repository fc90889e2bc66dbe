// Render stage: the breadcrumb trail above each kind of page, as plain links
// (paths without prefix) so the markup component stays trivial.

import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { Listing, PageLink } from "../model/types";
import { datePath } from "../model/calendar";
import { dayLabel, monthLabel, yearLabel } from "./format-date";
import { TIME_LABELS } from "./time-labels";

type TrailSite = Pick<SiteConfig, "timezone" | "language">;

const HOME: PageLink = { path: "/", label: "Home" };
const ARCHIVE: PageLink = { path: "/archive/", label: "Archive" };
const TOPICS: PageLink = { path: "/topics/", label: "Topics" };
const ON_THIS_DAY: PageLink = { path: "/on-this-day/", label: TIME_LABELS.onThisDayTitle };

function yearLink(year: number, site: TrailSite): PageLink {
  return { path: datePath(year), label: yearLabel(year, site) };
}

function monthLink(year: number, month: number, site: TrailSite): PageLink {
  return { path: datePath(year, month), label: monthLabel(year, month, site) };
}

/** Home › Archive › 2023 › August 2023 › 6 August 2023, from the article's date in the site zone. */
export function articleTrail(date: DateTime, site: TrailSite): readonly PageLink[] {
  const { year, month, day } = date.setZone(site.timezone);
  return [
    HOME,
    ARCHIVE,
    yearLink(year, site),
    monthLink(year, month, site),
    { path: datePath(year, month, day), label: dayLabel(year, month, day, site) },
  ];
}

/** The pages above an index page: the directory for topics and sources, the enclosing periods for dates. */
export function listingTrail(listing: Listing, site: TrailSite): readonly PageLink[] {
  switch (listing.kind) {
    case "home":
      return [];
    case "topic":
      return [HOME, TOPICS];
    case "topic-year":
      return [HOME, TOPICS, { path: listing.topic.path, label: listing.topic.name }];
    case "source":
      return [HOME, { path: "/sources/", label: "Sources" }];
    case "on-this-day":
      return [HOME, ARCHIVE, ON_THIS_DAY];
    case "period":
    case "empty-period": {
      const { kind, year, month } = listing.period;
      if (kind === "year" || month === undefined) return [HOME, ARCHIVE];
      if (kind === "month") return [HOME, ARCHIVE, yearLink(year, site)];
      return [HOME, ARCHIVE, yearLink(year, site), monthLink(year, month, site)];
    }
  }
}

/** Topics, sources and the archive sit directly under the home page; the days of the year under the archive. */
export function directoryTrail(kind: "topics" | "sources" | "archive" | "on-this-day"): readonly PageLink[] {
  return kind === "on-this-day" ? [HOME, ARCHIVE] : [HOME];
}
