// Render stage: what an index page says under its heading — the home page's
// description, the listing's article count (with the days a topic or source
// spans) and a source's homepage — depending on the kind of listing.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { IndexPage } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { spanLabel } from "../src/render/calendar-text";
import { externalHref } from "../src/render/links";
import { articleCount } from "../src/render/page-text";

export interface ListingIntroProps {
  readonly page: IndexPage;
  readonly context: RenderContext;
}

export function ListingIntro({ page, context }: ListingIntroProps): JSX.Element | null {
  const { site } = context;
  const { listing } = page;
  const total = articleCount(page.pagination.totalItems, site);
  const count = <p class="listing-count">{total}</p>;
  switch (listing.kind) {
    case "home":
      return site.description !== "" ? <p class="listing-description">{site.description}</p> : null;
    case "topic":
    case "source": {
      const { first, last } = listing.timeline;
      const spanned = (
        <p class="listing-count">
          {total} · {spanLabel({ first, last }, site)}
        </p>
      );
      if (listing.kind === "topic") return spanned;
      const homepage = externalHref(listing.source.url);
      return (
        <>
          {spanned}
          {homepage !== undefined && (
            <p class="listing-homepage">
              <a href={homepage}>{labelsOf(site).sourceHomepage(listing.source.name)}</a>
            </p>
          )}
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
