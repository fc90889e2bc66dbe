// Import stage: what every importer hands the shared writer — one record per
// article it could make, the items it had to leave out and why, and what it
// decided or could not decide, each tied to a place in the input; and what
// every importer is given to work with.

import type { ExistingArchive } from "./existing-archive";

/** A place in an input file, shown as `path:line:column` in the report. */
export interface InputPlace {
  /** As shown to the user: relative to the working directory when possible. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Something an importer decided or could not decide. A `review` note also goes into the
 * article's `review` key, so `check` keeps reporting it until a person has looked;
 * a `note` says what was done (a boilerplate line removed, a link rewritten) and is only reported.
 */
export interface ImportNote {
  readonly kind: "review" | "note";
  readonly at: InputPlace;
  /** Short and self-contained: a review note is read later in the article's front matter. */
  readonly message: string;
}

/** The outlet, as the `source` key takes it. */
export type SourceField = string | { readonly name: string; readonly url: string };

/** Front matter of an imported article, in the project's own keys (see README, Front matter). */
export interface ArticleFields {
  readonly title: string;
  /** `YYYY-MM-DD`, or an ISO 8601 date-time with its offset. */
  readonly date: string;
  readonly updated?: string;
  readonly source: SourceField;
  readonly author?: string;
  readonly tags: readonly string[];
  readonly summary?: string;
  /** Always written, so the URL never depends on the file's name (a bundle's is `index.md`). */
  readonly slug: string;
  /** Old site-relative paths of the article (`/2019/05/old-name/`, `/?p=42`). */
  readonly aliases: readonly string[];
  readonly originalUrl?: string;
  readonly draft?: boolean;
}

/** A file that goes beside the article in its bundle folder (`<year>/<slug>/photo.jpg`). */
export interface BundleFile {
  /** The name in the bundle, as the body refers to it; unique in the bundle and safe as a file name. */
  readonly name: string;
  /** Absolute path of the file to copy. */
  readonly from: string;
}

export interface ImportedArticle {
  /** The item in the input: its file, and its line in an export holding many. */
  readonly from: InputPlace;
  readonly fields: ArticleFields;
  /** Markdown, without front matter. */
  readonly body: string;
  /** When any, the article is written as a bundle: `<year>/<slug>/index.md` with these beside it. */
  readonly files: readonly BundleFile[];
  readonly notes: readonly ImportNote[];
}

export interface SkippedItem {
  readonly from: InputPlace;
  /** Why, and what to do about it. */
  readonly reason: string;
}

export interface ImporterResult {
  readonly articles: readonly ImportedArticle[];
  readonly skipped: readonly SkippedItem[];
  /** Notes about the input as a whole rather than one article (items that are not articles, say). */
  readonly notes: readonly ImportNote[];
}

/** What every importer is given besides its inputs. */
export interface ImportContext {
  /** The site timezone: dates without an offset are in it, and it decides each article's day. */
  readonly zone: string;
  readonly existing: ExistingArchive;
  /** A path as the report shows it (relative to the working directory when possible). */
  readonly shown: (file: string) => string;
  /** From the site configuration: iframes from these hosts may stay in a body. */
  readonly allowedIframeHosts: readonly string[];
}
