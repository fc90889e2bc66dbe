// Render stage: the breadcrumb trail above each kind of page, as plain links
// (paths without prefix) so the markup component stays trivial.

import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config";
import type { Listing, PageLink } from "../model/types";
import { datePath } from "../model/calendar";
import { labelsOf } from "../i18n/labels-of";
import { dayLabel, monthLabel, yearLabel } from "./format-date";

type TrailSite = Pick<SiteConfig, "timezone" | "language">;

/** The pages every trail starts from, in the site's language. */
function sections(site: Pick<SiteConfig, "language">) {
  const labels = labelsOf(site);
  return {
    home: { path: "/", label: labels.home },
    archive: { path: "/archive/", label: labels.archive },
    topics: { path: "/topics/", label: labels.topics },
    sources: { path: "/sources/", label: labels.sources },
    onThisDay: { path: "/on-this-day/", label: labels.onThisDayTitle },
  } satisfies Record<string, PageLink>;
}

function yearLink(year: number, site: TrailSite): PageLink {
  return { path: datePath(year), label: yearLabel(year, site) };
}

function monthLink(year: number, month: number, site: TrailSite): PageLink {
  return { path: datePath(year, month), label: monthLabel(year, month, site) };
}

/** Home › Archive › 2023 › August 2023 › 6 August 2023, from the article's date in the site zone. */
export function articleTrail(date: DateTime, site: TrailSite): readonly PageLink[] {
  const { year, month, day } = date.setZone(site.timezone);
  const { home, archive } = sections(site);
  return [
    home,
    archive,
    yearLink(year, site),
    monthLink(year, month, site),
    { path: datePath(year, month, day), label: dayLabel(year, month, day, site) },
  ];
}

/** The pages above an index page: the directory for topics and sources, the enclosing periods for dates. */
export function listingTrail(listing: Listing, site: TrailSite): readonly PageLink[] {
  const { home, archive, topics, sources, onThisDay } = sections(site);
  switch (listing.kind) {
    case "home":
      return [];
    case "topic":
      return [home, topics];
    case "topic-year":
      return [home, topics, { path: listing.topic.path, label: listing.topic.name }];
    case "source":
      return [home, sources];
    case "on-this-day":
      return [home, archive, onThisDay];
    case "period":
    case "empty-period": {
      const { kind, year, month } = listing.period;
      if (kind === "year" || month === undefined) return [home, archive];
      if (kind === "month") return [home, archive, yearLink(year, site)];
      return [home, archive, yearLink(year, site), monthLink(year, month, site)];
    }
  }
}

/** Topics, sources and the archive sit directly under the home page; the days of the year under the archive. */
export function directoryTrail(kind: "topics" | "sources" | "archive" | "on-this-day", site: Pick<SiteConfig, "language">): readonly PageLink[] {
  const { home, archive } = sections(site);
  return kind === "on-this-day" ? [home, archive] : [home];
}
