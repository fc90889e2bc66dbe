// Render stage: a topic or source through time, under its heading — its feed,
// its volume chart, its years (linking a long topic's pages per year, or the
// page of the series where a year starts) and the topics most often given
// with it. The first page of the series shows all of
// it; later pages keep the feed and the years.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { Listing } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { yearLabel } from "../src/render/format-date";
import { href } from "../src/render/links";
import { formatNumber } from "../src/render/page-text";
import { VolumeChart } from "./VolumeChart";

type TermListing = Extract<Listing, { kind: "topic" | "source" }>;

export interface TermTimelineProps {
  readonly listing: TermListing;
  readonly context: RenderContext;
  readonly firstPage: boolean;
}

export function TermTimeline({ listing, context, firstPage }: TermTimelineProps): JSX.Element {
  const { site } = context;
  const { timeline } = listing;
  const labels = labelsOf(site);
  const feed = listing.kind === "topic" ? `${listing.topic.path}feed.xml` : undefined;
  const name = listing.kind === "topic" ? listing.topic.name : listing.source.name;
  return (
    <div class="term-timeline">
      {feed !== undefined && (
        <p class="term-timeline__feed">
          <a href={href(site, feed)} type="application/atom+xml">
            {labels.topicFeed(name)}
          </a>
        </p>
      )}
      {firstPage && <VolumeChart volume={timeline.volume} context={context} id="volume" />}
      {timeline.years.length > 1 && (
        <nav class="term-years" aria-labelledby="term-years-heading">
          <h2 id="term-years-heading">{labels.termYearsHeading}</h2>
          <ul>
            {timeline.years.map((year) => (
              <li key={year.year}>
                <a href={href(site, year.path)}>
                  {yearLabel(year.year, site)}
                  <span class="visually-hidden">, </span>
                  <span class="term-years__count">
                    {formatNumber(year.count, site.language)}
                    <span class="visually-hidden">{labels.articlesAfterNumber(year.count)}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {firstPage && listing.kind === "topic" && listing.related.length > 0 && (
        <nav class="related-topics" aria-labelledby="related-topics-heading">
          <h2 id="related-topics-heading">{labels.relatedTopicsHeading}</h2>
          <ul class="topic-links">
            {listing.related.map((topic) => (
              <li key={topic.path}>
                <a href={href(site, topic.path)}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
