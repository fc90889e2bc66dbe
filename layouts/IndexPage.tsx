// Render stage: a paginated list of articles — the home page, a topic or one
// of its years, a source, a calendar period, a day of the year — with a heading
// and the ways through time that fit the listing. Date pages list headlines
// (time · headline · source) under a year's months or a month's calendar;
// the others list summaries. A period without articles says so instead.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { IndexPage as IndexPageData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { slotHtml } from "../src/theme/render-slot";
import { listingTrail } from "../src/render/breadcrumbs";
import { zoneName } from "../src/render/calendar-text";
import { createFragmentCache } from "../src/render/fragment-cache";
import { headlineGrouping } from "../src/render/headline-groups";
import { documentTitle, listingHeading, metaDescription, pageOfPagesWithSpan } from "../src/render/page-text";
import { Base } from "./Base";
import { Breadcrumb } from "./Breadcrumb";
import { EmptyPeriod } from "./EmptyPeriod";
import { HeadlineList } from "./HeadlineList";
import { ListingIntro } from "./ListingIntro";
import { ListingNav } from "./ListingNav";
import { MonthCalendar } from "./MonthCalendar";
import { Pagination } from "./Pagination";
import { TermTimeline } from "./TermTimeline";
import { RenderedOnce } from "./RenderedOnce";
import { YearOverview } from "./YearOverview";

/** An article is listed on its topics', source's and the home page: its entry is rendered once. */
const SUMMARIES = createFragmentCache();

export interface IndexPageProps {
  readonly page: IndexPageData;
  readonly context: RenderContext;
}

function Articles({ page, context }: IndexPageProps): JSX.Element {
  const { site } = context;
  const { listing, articles } = page;
  if (listing.kind === "empty-period") return <EmptyPeriod listing={listing} context={context} />;
  if (articles.length === 0) return <p class="empty">{labelsOf(site).noArticlesYet}</p>;
  const grouping = headlineGrouping(listing);
  if (grouping !== undefined) {
    return (
      <>
        {articles.some((article) => !article.dateOnly) && <p class="headlines-zone">{labelsOf(site).timesInZone(zoneName(site))}</p>}
        <HeadlineList articles={articles} heading={grouping} context={context} />
      </>
    );
  }
  return (
    <ol class="article-list">
      {articles.map((article) => (
        <RenderedOnce
          key={article.path}
          as="li"
          cache={SUMMARIES}
          site={site}
          subject={article}
          render={(fragmentContext) => slotHtml(site, "ArticleSummary", { article, context: fragmentContext })}
        />
      ))}
    </ol>
  );
}

export function IndexPage({ page, context }: IndexPageProps): JSX.Element {
  const { site } = context;
  const { listing } = page;
  const which = pageOfPagesWithSpan(page.pagination, site);
  const firstPage = page.pagination.pageNumber === 1;
  return (
    <Base context={context} path={page.path} page={page} title={documentTitle(page, site)} description={metaDescription(page, site)}>
      <Breadcrumb context={context} trail={listingTrail(listing, site)} />
      <header class="listing-header">
        <h1>{listingHeading(listing, site)}</h1>
        <ListingIntro page={page} context={context} />
        {which !== undefined && <p class="listing-page">{which}</p>}
        <ListingNav listing={listing} context={context} firstPage={firstPage} />
        {(listing.kind === "topic" || listing.kind === "source") && <TermTimeline listing={listing} context={context} firstPage={firstPage} />}
      </header>
      {listing.kind === "period" && listing.overview !== undefined && <YearOverview overview={listing.overview} context={context} />}
      {listing.kind === "period" && listing.calendar !== undefined && <MonthCalendar calendar={listing.calendar} context={context} />}
      <Articles page={page} context={context} />
      <Pagination pagination={page.pagination} context={context} />
    </Base>
  );
}
