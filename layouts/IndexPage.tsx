// Render stage: a paginated list of articles — the home page, a topic, a
// source or a calendar period — with a heading that fits the listing.

import type { JSX } from "preact";
import type { IndexPage as IndexPageData, Listing, Period } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { listingTrail } from "../src/render/breadcrumbs";
import { periodLabel } from "../src/render/format-date";
import { createFragmentCache } from "../src/render/fragment-cache";
import { externalHref, href } from "../src/render/links";
import { articleCount, documentTitle, listingHeading, metaDescription, pageOfPages } from "../src/render/page-text";
import { ArticleSummary } from "./ArticleSummary";
import { Base } from "./Base";
import { Breadcrumb } from "./Breadcrumb";
import { Pagination } from "./Pagination";
import { RenderedOnce } from "./RenderedOnce";

/** An article is listed on its topics', source's, dates' and the home page: its entry is rendered once. */
const SUMMARIES = createFragmentCache();

export interface IndexPageProps {
  readonly page: IndexPageData;
  readonly context: RenderContext;
}

type PeriodListing = Extract<Listing, { kind: "period" }>;

function PeriodNav({ listing, context }: { readonly listing: PeriodListing; readonly context: RenderContext }): JSX.Element | null {
  const { site } = context;
  const { previous, parent, next } = listing;
  if (previous === undefined && parent === undefined && next === undefined) return null;
  const link = (period: Period) => href(site, period.path);
  return (
    <nav class="period-nav" aria-label="Nearby dates">
      <ul>
        {previous !== undefined && (
          <li class="period-nav__previous">
            <a href={link(previous)}>
              <span aria-hidden="true">← </span>
              {periodLabel(previous, site)}
            </a>
          </li>
        )}
        {parent !== undefined && (
          <li class="period-nav__up">
            <a href={link(parent)}>All of {periodLabel(parent, site)}</a>
          </li>
        )}
        {next !== undefined && (
          <li class="period-nav__next">
            <a href={link(next)}>
              {periodLabel(next, site)}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function ListingIntro({ page, context }: IndexPageProps): JSX.Element | null {
  const { site } = context;
  const { listing } = page;
  const count = <p class="listing-count">{articleCount(page.pagination.totalItems, site)}</p>;
  switch (listing.kind) {
    case "home":
      return site.description !== "" ? <p class="listing-description">{site.description}</p> : null;
    case "topic":
      return count;
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
        </>
      );
    }
    case "period":
      return count;
  }
}

export function IndexPage({ page, context }: IndexPageProps): JSX.Element {
  const { site } = context;
  const which = pageOfPages(page.pagination, site, "Page");
  return (
    <Base context={context} path={page.path} page={page} title={documentTitle(page, site)} description={metaDescription(page, site)}>
      <Breadcrumb context={context} trail={listingTrail(page.listing, site)} />
      <header class="listing-header">
        <h1>{listingHeading(page.listing, site)}</h1>
        <ListingIntro page={page} context={context} />
        {which !== undefined && <p class="listing-page">{which}</p>}
        {page.listing.kind === "period" && <PeriodNav listing={page.listing} context={context} />}
      </header>
      {page.articles.length > 0 ? (
        <ol class="article-list">
          {page.articles.map((article) => (
            <RenderedOnce
              key={article.path}
              as="li"
              cache={SUMMARIES}
              site={site}
              subject={article}
              render={(fragmentContext) => <ArticleSummary article={article} context={fragmentContext} />}
            />
          ))}
        </ol>
      ) : (
        <p class="empty">No articles yet.</p>
      )}
      <Pagination pagination={page.pagination} context={context} />
    </Base>
  );
}
