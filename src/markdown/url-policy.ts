// Markdown stage: the one URL allowlist for article bodies. Links and images
// written in Markdown and in raw HTML obey the same rule, so how a writer
// spelled a link never decides whether it reaches the page: the sanitizer
// (sanitize.ts) is configured from these lists, and markdown-it checks its
// links and images against them with `allowsUrl` (markdown.ts).

/** Schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = Object.freeze(["http", "https", "mailto", "tel"]);
/** Schemes an image, video, audio or source element may load from. */
export const MEDIA_SCHEMES: readonly string[] = Object.freeze(["http", "https"]);

/** What a URL is used for, which decides the allowed schemes. */
export type UrlUse = "link" | "media";

const SCHEMES: Readonly<Record<UrlUse, readonly string[]>> = { link: LINK_SCHEMES, media: MEDIA_SCHEMES };

/**
 * Whether `url` may appear as a link (`href`) or a media source (`src`). A URL without a scheme
 * (`/x`, `x.png`, `#part`, `../y`) stays on the site and is allowed; `//host` and `\\host` leave
 * it without naming a scheme and are refused. The URL is read the way sanitize-html reads an
 * attribute: with whitespace and control characters removed (browsers skip them inside a scheme)
 * and HTML comments cut out, case-insensitively.
 */
export function allowsUrl(url: string, use: UrlUse): boolean {
  const cleaned = withoutHtmlComments(url.replace(/[\u0000-\u0020]+/g, ""));
  const scheme = /^([a-zA-Z][a-zA-Z0-9.+-]*):/.exec(cleaned)?.[1];
  if (scheme === undefined) return !/^[/\\]{2}/.test(cleaned);
  return SCHEMES[use].includes(scheme.toLowerCase());
}

function withoutHtmlComments(url: string): string {
  let text = url;
  for (;;) {
    const start = text.indexOf("<!--");
    const end = start === -1 ? -1 : text.indexOf("-->", start + 4);
    if (end === -1) return text;
    text = text.slice(0, start) + text.slice(end + 3);
  }
}
