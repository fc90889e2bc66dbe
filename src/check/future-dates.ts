// Check stage: flags articles dated after "now". They are still built (an
// archive often back-fills, and embargoed pieces are dated ahead on purpose),
// but a date in the future is more often a mistyped year, so `check` warns.

import type { DateTime } from "luxon";
import type { Diagnostic } from "../diagnostics";
import type { Position } from "../content/front-matter";

export interface DatedArticle {
  readonly displayPath: string;
  readonly date: DateTime;
  readonly dateOnly: boolean;
}

/** The date as the author most likely wrote it: a calendar date, or a full date-time with its offset. */
export function shownDate(article: DatedArticle): string {
  return article.dateOnly
    ? (article.date.toISODate() ?? article.date.toString())
    : (article.date.toISO({ suppressMilliseconds: true }) ?? article.date.toString());
}

/**
 * One warning per article whose date is later than `now`, placed at its `date` key.
 * A date-only article counts from midnight in the site zone, so one dated today is not in the future.
 */
export function futureDateDiagnostics<T extends DatedArticle>(
  articles: readonly T[],
  now: DateTime,
  locateDateKey: (article: T) => Position | undefined,
): Diagnostic[] {
  return articles
    .filter((article) => article.date.toMillis() > now.toMillis())
    .map((article) => {
      const position = locateDateKey(article);
      return {
        severity: "warning" as const,
        file: article.displayPath,
        line: position?.line,
        column: position?.column,
        message: `date ${shownDate(article)} is in the future; the article is built anyway (check the year if that is a typo)`,
      };
    });
}
