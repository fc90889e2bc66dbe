// Render stage: the headline view of date pages — time · headline · source on
// one line each, under day headings on year and month pages and under year
// headings on "on this day" pages — so a busy day reads like a newspaper index.

import type { JSX } from "preact";
import { datePath } from "../src/model/calendar";
import type { Article } from "../src/model/types";
import { timeOfDay, weekdayDayLabel } from "../src/render/calendar-text";
import type { RenderContext } from "../src/render/context";
import { isoDateTime, yearLabel } from "../src/render/format-date";
import { createFragmentCache } from "../src/render/fragment-cache";
import { groupHeadlines, type HeadlineGroup } from "../src/render/headline-groups";
import { href } from "../src/render/links";
import { RenderedOnce } from "./RenderedOnce";

/** An article is on its year's, month's, day's and day of the year's pages: its line is rendered once. */
const HEADLINES = createFragmentCache();

export interface HeadlineListProps {
  readonly articles: readonly Article[];
  readonly heading: HeadlineGroup["heading"];
  readonly context: RenderContext;
}

function Headline({ article, context }: { readonly article: Article; readonly context: RenderContext }): JSX.Element {
  const { site } = context;
  return (
    <>
      {article.dateOnly ? (
        <span class="headline__time" />
      ) : (
        <time class="headline__time" datetime={isoDateTime(article.date, site)}>
          {timeOfDay(article.date, site)}
        </time>
      )}
      <a class="headline__title" href={href(site, article.path)}>
        {article.title}
      </a>
      <span class="headline__source">{article.source.name}</span>
    </>
  );
}

function GroupHeading({ group, context }: { readonly group: HeadlineGroup; readonly context: RenderContext }): JSX.Element | null {
  const { site } = context;
  const { year, month, day } = group.day;
  switch (group.heading) {
    case "none":
      return null;
    case "day":
      return (
        <h2 class="headlines__heading">
          <a href={href(site, datePath(year, month, day))}>{weekdayDayLabel(group.day, site)}</a>
        </h2>
      );
    case "year":
      return (
        <h2 class="headlines__heading">
          <a href={href(site, datePath(year, month, day))}>{yearLabel(year, site)}</a>
        </h2>
      );
  }
}

export function HeadlineList({ articles, heading, context }: HeadlineListProps): JSX.Element {
  const { site } = context;
  // Without any time of day on the page, the time column would only be a gap.
  const timed = articles.some((article) => !article.dateOnly);
  return (
    <div class={timed ? "headlines" : "headlines headlines--untimed"}>
      {groupHeadlines(articles, heading, site.timezone).map((group) => (
        <section key={`${group.day.year}-${group.day.month}-${group.day.day}`} class="headlines__group">
          <GroupHeading group={group} context={context} />
          <ol class="headlines__list">
            {group.articles.map((article) => (
              <RenderedOnce
                key={article.path}
                as="li"
                class="headline"
                cache={HEADLINES}
                site={site}
                subject={article}
                render={(fragmentContext) => <Headline article={article} context={fragmentContext} />}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
