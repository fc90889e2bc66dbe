// Import stage, file-system edge: what the content folder already holds that
// an import must respect — the URL of every article (never claimed twice),
// and the topic and source names (suggested tags, an agency's spelling).

import { existsSync } from "node:fs";
import { loadContent } from "../content/load-content";
import { articlePath, articleSlug } from "../model/article-paths";
import { sortNewestFirst } from "../model/sort";
import { mergeArticleTerms } from "../model/terms";

export interface ExistingArchive {
  /** Article URL (`/2023/08/06/slug/`) → the file that has it, as shown to the user. */
  readonly urls: ReadonlyMap<string, string>;
  /** Display names of the archive's topics (the most used spelling of each). */
  readonly topics: readonly string[];
  /** Display names of the archive's sources. */
  readonly sources: readonly string[];
}

export const EMPTY_ARCHIVE: ExistingArchive = Object.freeze({ urls: new Map(), topics: [], sources: [] });

/**
 * Reads the content folder the way `check` does, drafts included (a draft's URL is taken too).
 * Its problems are not the import's to report: a file that does not validate claims no URL here,
 * and `check` names it. A folder that does not exist yet is an empty archive.
 */
export async function readExistingArchive(contentDir: string, zone: string, displayBase?: string): Promise<ExistingArchive> {
  if (!existsSync(contentDir)) return EMPTY_ARCHIVE;
  const { articles } = await loadContent({ contentDir, zone, includeDrafts: true, displayBase });
  const urls = new Map<string, string>();
  for (const article of articles) {
    const url = articlePath(article.date, articleSlug(article), zone);
    if (!urls.has(url)) urls.set(url, article.displayPath);
  }
  const terms = mergeArticleTerms(sortNewestFirst(articles));
  return {
    urls,
    topics: terms.topics.map((topic) => topic.name),
    sources: terms.sources.map((source) => source.name),
  };
}
