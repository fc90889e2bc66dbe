// Render stage: when an article, a list of articles or a whole listing last
// changed, shared by the feeds, the sitemap and the page metadata so they
// always agree.

import type { DateTime } from "luxon";
import type { Article } from "../../model/types";

/** The article's `updated` date, else its publication date. */
export function lastModified(article: Article): DateTime {
  return article.updated ?? article.date;
}

/**
 * The latest change among `articles`, or undefined when there are none.
 * Looks at every article because an older one may have been updated last.
 */
export function latestModification(articles: readonly Article[]): DateTime | undefined {
  let latest: DateTime | undefined;
  for (const article of articles) {
    const modified = lastModified(article);
    if (latest === undefined || modified.toMillis() > latest.toMillis()) latest = modified;
  }
  return latest;
}
