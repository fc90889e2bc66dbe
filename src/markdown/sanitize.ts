// Markdown stage: the allowlist sanitizer for raw HTML inside article bodies.
// Imported news carries figures, tables and embeds, so raw HTML is allowed,
// but only through this allowlist: no scripts, no event handlers, no
// javascript:/data: links, no <style>, and iframes only from listed hosts.
// Link and media schemes come from url-policy.ts, which Markdown links obey too.
// What it removes is reported (html-removals.ts); heading ids stay unique and
// clear of the layout's ids, whoever wrote them.

import sanitizeHtml from "sanitize-html";
import { createRemovalTracker, type Removal } from "./html-removals";
import { LINK_SCHEMES, MEDIA_SCHEMES } from "./url-policy";

const TEXT_ALIGN = [/^(left|right|center|justify)$/];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const LANGUAGE_CLASS = [/^language-\S+$/];
/**
 * The classes highlight.js marks code up with: `hljs-keyword`, sub-scopes such as `function_`,
 * and `language-xml` around code in another language (HTML inside a template string, say).
 */
const HIGHLIGHT_CLASSES = [/^hljs-[a-z][a-z0-9_-]*$/, /^[a-z][a-z0-9_-]*_$/, ...LANGUAGE_CLASS];

/** The allowlist itself; exported because the render cache key must change whenever it does. */
export function sanitizerOptions(allowedIframeHosts: readonly string[]): sanitizeHtml.IOptions {
  return {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags,
      "img", "figure", "figcaption", "picture", "source", "video", "audio", "track",
      "details", "summary", "del", "ins", "mark", "sup", "sub",
      ...(allowedIframeHosts.length > 0 ? ["iframe"] : []),
    ],
    allowedAttributes: {
      a: ["href", "title", "name", "rel"],
      img: ["src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding"],
      source: ["src", "srcset", "sizes", "type", "media"],
      video: ["src", "poster", "controls", "width", "height", "preload"],
      audio: ["src", "controls", "preload"],
      track: ["src", "kind", "srclang", "label", "default"],
      iframe: ["src", "width", "height", "title", "allow", "allowfullscreen", "loading", "referrerpolicy"],
      td: ["colspan", "rowspan", "style"],
      th: ["colspan", "rowspan", "scope", "style"],
      ol: ["start", "reversed"],
      time: ["datetime"],
      abbr: ["title"],
      // Headings only: a table of contents links to them, and no other element of a body needs an id.
      ...Object.fromEntries(HEADINGS.map((tag) => [tag, ["id"]])),
      "*": ["lang", "dir"],
    },
    allowedStyles: { td: { "text-align": TEXT_ALIGN }, th: { "text-align": TEXT_ALIGN } },
    allowedClasses: { code: LANGUAGE_CLASS, pre: LANGUAGE_CLASS, span: HIGHLIGHT_CLASSES },
    allowedSchemes: [...LINK_SCHEMES],
    allowedSchemesByTag: Object.fromEntries(["img", "source", "video", "audio"].map((tag) => [tag, [...MEDIA_SCHEMES]])),
    allowProtocolRelative: false,
    allowedIframeHostnames: [...allowedIframeHosts],
    allowIframeRelativeUrls: false,
    // sanitize-html only strips the `src` of an iframe from an unlisted host and keeps the element;
    // drop it whole, as the `allowedIframeHosts` setting promises.
    exclusiveFilter: (frame) => frame.tag === "iframe" && !frame.attribs.src,
    // Dropped with their content, not just their tags: their text is never meant to be read.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "template"],
  };
}

export interface SanitizedHtml {
  readonly html: string;
  /** What the allowlist took out or changed, each at the index of its opening tag in the input. */
  readonly removals: readonly Removal[];
}

export function createSanitizer(allowedIframeHosts: readonly string[]): (html: string) => SanitizedHtml {
  const allowlist = sanitizerOptions(allowedIframeHosts);
  const tracker = createRemovalTracker(allowlist);
  const options: sanitizeHtml.IOptions = {
    ...allowlist,
    onOpenTag: tracker.onOpenTag,
    onCloseTag: tracker.onCloseTag,
    transformTags: Object.fromEntries(HEADINGS.map((tag) => [tag, tracker.uniqueHeadingId])),
  };
  return (html) => {
    tracker.start();
    const clean = sanitizeHtml(html, options);
    return { html: clean, removals: tracker.finish() };
  };
}
