// Render stage: what an index page says under its heading — the home page's
// description, the listing's article count, a source's homepage, a topic's or
// source's place in time — depending on the kind of listing.

import type { JSX } from "preact";
import type { IndexPage } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { externalHref } from "../src/render/links";
import { articleCount } from "../src/render/page-text";
import { TermTimeline } from "./TermTimeline";

export interface ListingIntroProps {
  readonly page: IndexPage;
  readonly context: RenderContext;
}

export function ListingIntro({ page, context }: ListingIntroProps): JSX.Element | null {
  const { site } = context;
  const { listing } = page;
  const count = <p class="listing-count">{articleCount(page.pagination.totalItems, site)}</p>;
  const firstPage = page.pagination.pageNumber === 1;
  switch (listing.kind) {
    case "home":
      return site.description !== "" ? <p class="listing-description">{site.description}</p> : null;
    case "topic":
      return (
        <>
          {count}
          <TermTimeline listing={listing} context={context} firstPage={firstPage} />
        </>
      );
    case "source": {
      const homepage = externalHref(listing.source.url);
      return (
        <>
          {count}
          {homepage !== undefined && (
            <p class="listing-homepage">
              <a href={homepage}>{listing.source.name} homepage</a>
            </p>
          )}
          <TermTimeline listing={listing} context={context} firstPage={firstPage} />
        </>
      );
    }
    case "empty-period":
      return null;
    case "period":
    case "topic-year":
    case "on-this-day":
      return count;
  }
}
