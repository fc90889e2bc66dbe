// Pages stage output: what the archive knows of each of the site's own pages
// (templates in the pages folder) before Eleventy renders them.

/** A place in the main navigation, from the page's `nav` front matter. */
export interface NavPlacement {
  /** Lower comes first; the archive's own sections are 10, 20, 30 and 40. */
  readonly order: number;
  /** The link text; the page title when the front matter gives none. */
  readonly title: string;
}

export interface SitePage {
  /** Relative to the pages folder with "/" separators, e.g. "about.md". */
  readonly relativePath: string;
  /** As shown in messages, e.g. "pages/about.md". */
  readonly displayPath: string;
  /**
   * URL path without the site's prefix ("/about/"); undefined when only Eleventy can tell (a
   * permalink with template syntax) or when the page writes no file (`permalink: false`).
   */
  readonly url?: string;
  readonly title: string;
  readonly description: string;
  readonly nav?: NavPlacement;
  /** 1-based lines of the keys later checks report on: where the URL comes from, and `nav`. */
  readonly lines: { readonly url: number; readonly nav?: number };
}
