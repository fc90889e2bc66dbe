// Pages stage: the URL Eleventy gives a template in the pages folder, worked
// out before Eleventy runs so the archive can list the page in its navigation
// and sitemap and refuse one that would overwrite an archive page.

/** What a page's front matter says about its URL. */
export type PermalinkValue =
  /** No `permalink`: Eleventy's default from the file's path. */
  | { readonly kind: "default" }
  /** A fixed `permalink`, e.g. "/about/" or "corrections.html". */
  | { readonly kind: "fixed"; readonly permalink: string }
  /** A `permalink` with template syntax, which only Eleventy can resolve. */
  | { readonly kind: "templated" }
  /** `permalink: false`: the page writes no file. */
  | { readonly kind: "none" };

const TEMPLATE_SYNTAX = /\{\{|\{%/;

export function permalinkValue(value: unknown): PermalinkValue | undefined {
  if (value === undefined) return { kind: "default" };
  if (value === false) return { kind: "none" };
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return TEMPLATE_SYNTAX.test(value) ? { kind: "templated" } : { kind: "fixed", permalink: value.trim() };
}

/**
 * The URL path of a page, without the site's path prefix: "about.md" → "/about/",
 * "about/index.njk" → "/about/", "index.md" → "/", "feed.11ty.js" → "/feed/"; a fixed
 * permalink as written, with a leading "/". `relativePath` is relative to the pages folder.
 */
export function pageUrl(relativePath: string, permalink: PermalinkValue): string | undefined {
  switch (permalink.kind) {
    case "none":
    case "templated":
      return undefined;
    case "fixed":
      return permalink.permalink.startsWith("/") ? permalink.permalink : `/${permalink.permalink}`;
    case "default": {
      const withoutExtension = relativePath.replace(/\.11ty\.(?:js|cjs|mjs)$/, "").replace(/\.[^./]+$/, "");
      const parts = withoutExtension.split("/");
      if (parts.at(-1) === "index") parts.pop();
      return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
    }
  }
}

/** The file a URL is written to, from the output folder: "/about/" → "/about/index.html". */
export function outputFileOf(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** Whether Eleventy writes the page as an HTML document, which the site's layout wraps. */
export function isHtmlOutput(url: string): boolean {
  return url.endsWith("/") || /\.html?$/i.test(url);
}
