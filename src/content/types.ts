// Content stage output: what loading and validating one Markdown file yields,
// before any archive-wide processing (topic merging, URLs, pagination).

import type { DateTime } from "luxon";
import type { AliasInput } from "./aliases";

export interface SourceInput {
  readonly name: string;
  /** Homepage of the outlet, when front matter gives `source: {name, url}`. */
  readonly url?: string;
}

/** One validated article, as read from its file. Immutable. */
export interface LoadedArticle {
  /** Path of the file relative to the content folder, with "/" separators, e.g. "2023/kim-factories.md". */
  readonly relativePath: string;
  /** Path as shown to the user in messages (relative to the working directory when possible). */
  readonly displayPath: string;
  readonly title: string;
  /** Publication date-time, in the site timezone (or the offset given in front matter, converted to the site zone). */
  readonly date: DateTime;
  /** True when front matter gave only a calendar date (no time of day). */
  readonly dateOnly: boolean;
  readonly updated?: DateTime;
  /** True when `updated` gave only a calendar date. */
  readonly updatedDateOnly?: boolean;
  readonly source: SourceInput;
  /** Topic names as written, trimmed, in front-matter order, duplicates within the article removed. */
  readonly tags: readonly string[];
  /** Given summary, or undefined to derive one from the body. */
  readonly summary?: string;
  readonly author?: string;
  /** URL slug for the article: the `slug` key, else derived from the file name. */
  readonly slug: string;
  readonly originalUrl?: string;
  readonly draft: boolean;
  /** Old addresses (`aliases`, `redirect_from`) that redirect to the article. */
  readonly aliases?: readonly AliasInput[];
  /** Markdown body (everything after the front matter). */
  readonly body: string;
  /** 1-based line in the file where the body starts (for messages about the body). */
  readonly bodyLine: number;
  /**
   * 1-based lines of the front-matter keys that later stages report on: where the URL comes from
   * (`slug`, `date`) and the topic and source names (`tags`, `source`). A key not given has none.
   */
  readonly keyLines?: KeyLines;
}

/** Lines of the keys that decide an article's URL and its topic and source names. */
export interface KeyLines {
  readonly slug?: number;
  readonly date?: number;
  readonly tags?: number;
  readonly source?: number;
}

/** A LoadedArticle with its Markdown rendered. */
export interface RenderedArticle extends LoadedArticle {
  readonly bodyHtml: string;
  /** The `summary` key, or the first paragraph as plain text, cut at a word near 200 characters. */
  readonly summaryText: string;
}
