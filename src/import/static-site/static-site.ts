// Import stage, Jekyll and Hugo: what a static site's importer reads from its
// input (the posts, the site's address, title and file folders) and what it
// does with a post's template syntax — the part each generator does its own
// way; import-static-site.ts does the rest for both.

import type { DateTime } from "luxon";
import type { ImportContext, ImportNote, SkippedItem } from "../types";

export interface PostSource {
  /** Absolute path of the post file. */
  readonly file: string;
  /** A leaf bundle's folder: every other file in it comes along. */
  readonly bundleDir?: string;
  /** `YYYY-MM-DD` from the file name (Jekyll), used when front matter has no date. */
  readonly fileDate?: string;
  /** The post's name from its file or bundle folder, e.g. `new-cranes`. */
  readonly fileSlug: string;
  /** Names other posts refer to this one by (`{% post_url 2023-05-14-new-cranes %}`, `{{< ref "posts/new-cranes" >}}`). */
  readonly refs: readonly string[];
}

/** What a permalink pattern is filled from. */
export interface PermalinkPost {
  readonly post: PostSource;
  readonly date: DateTime;
  /** The slug as front matter gives it, if it does. */
  readonly slug?: string;
  readonly title: string;
  readonly categories: readonly string[];
}

export interface SiteSource {
  readonly posts: readonly PostSource[];
  readonly skipped: readonly SkippedItem[];
  readonly notes: readonly ImportNote[];
  /** The old site's address, so absolute links to it are recognized. */
  readonly siteUrl?: string;
  /** The site's title: the source of posts that name none, unless --source says otherwise. */
  readonly siteTitle?: string;
  /** Files may be brought along only from inside this folder. */
  readonly siteRoot: string;
  /** Where the files a site-relative address names live (Jekyll's site folder, Hugo's static/). */
  readonly fileRoots: readonly string[];
  /** The old address of a post by the site's permalink rules; a string saying why not when it cannot be made. */
  readonly oldAddress: (post: PermalinkPost) => { readonly path: string } | { readonly problem: string };
}

export interface TemplateProblem {
  /** 0-based line in the body. */
  readonly line: number;
  readonly message: string;
  /** A person must look: the syntax stayed in the text. */
  readonly review: boolean;
}

export interface StaticSiteFlavour {
  /** Jekyll reads `tags: one two` as two tags. */
  readonly wordLists: boolean;
  read(inputs: readonly string[], context: ImportContext): SiteSource;
  /** The body with the template syntax it can stand in for written out; `refUrl` finds another post's new URL. */
  convertTemplates(body: string, refUrl: (ref: string) => string | undefined): { readonly body: string; readonly problems: readonly TemplateProblem[] };
}
