// Render stage: one entry in an index list — headline link, date, source,
// summary and topics. A site may replace it (see src/theme/slots.ts).

import type { JSX } from "preact";
import { href } from "../src/render/links";
import type { ArticleSummaryProps } from "../src/theme/slots";
import { TimeStamp } from "./TimeStamp";
import { TopicLinks } from "./TopicLinks";

export function ArticleSummary({ article, context }: ArticleSummaryProps): JSX.Element {
  const { site } = context;
  return (
    <article class="summary">
      <h2 class="summary__title">
        <a href={href(site, article.path)}>{article.title}</a>
      </h2>
      <p class="meta">
        <TimeStamp context={context} date={article.date} />
        {" · "}
        <a href={href(site, article.source.path)}>{article.source.name}</a>
      </p>
      {article.summary !== "" && <p class="summary__text">{article.summary}</p>}
      <TopicLinks context={context} topics={article.topics} />
    </article>
  );
}
