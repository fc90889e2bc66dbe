// Import stage: the URL an imported article will have, worked out the way the
// model stage does (src/model/article-paths.ts), so links between imported
// posts can point at their new pages before any file is written.

import type { DateTime } from "luxon";
import { parseContentDate } from "../content/dates";
import { articlePath, articleSlug } from "../model/article-paths";

export type PlacedUrl = { readonly ok: true; readonly url: string; readonly date: DateTime } | { readonly ok: false; readonly message: string };

/** `/YYYY/MM/DD/slug/` for a `date` as front matter gives it, in the site timezone. */
export function articleUrl(fields: { readonly date: string; readonly slug: string; readonly title: string }, zone: string): PlacedUrl {
  const parsed = parseContentDate(fields.date, zone);
  if (!parsed.ok) return { ok: false, message: `date: ${parsed.message}` };
  return { ok: true, url: articlePath(parsed.date, articleSlug(fields), zone), date: parsed.date };
}
