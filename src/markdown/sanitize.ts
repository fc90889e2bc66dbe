// Markdown stage: the allowlist sanitizer for raw HTML inside article bodies.
// Imported news carries figures, tables and embeds, so raw HTML is allowed,
// but only through this allowlist: no scripts, no event handlers, no
// javascript:/data: links, no <style>, and iframes only from listed hosts.
// Link and media schemes come from url-policy.ts, which Markdown links obey too.

import sanitizeHtml from "sanitize-html";
import { LINK_SCHEMES, MEDIA_SCHEMES } from "./url-policy";

const TEXT_ALIGN = [/^(left|right|center|justify)$/];

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
      a: ["href", "title", "name", "id", "rel"],
      img: ["src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding"],
      source: ["src", "srcset", "sizes", "type", "media"],
      video: ["src", "poster", "controls", "width", "height", "preload"],
      audio: ["src", "controls", "preload"],
      track: ["src", "kind", "srclang", "label", "default"],
      iframe: ["src", "width", "height", "title", "allow", "allowfullscreen", "loading", "referrerpolicy"],
      td: ["colspan", "rowspan", "style"],
      th: ["colspan", "rowspan", "scope", "style"],
      code: ["class"],
      pre: ["class"],
      ol: ["start", "reversed"],
      time: ["datetime"],
      abbr: ["title"],
      "*": ["lang", "dir"],
    },
    allowedStyles: { td: { "text-align": TEXT_ALIGN }, th: { "text-align": TEXT_ALIGN } },
    allowedClasses: { code: [/^language-[\w-]+$/], pre: [/^language-[\w-]+$/] },
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

export function createSanitizer(allowedIframeHosts: readonly string[]): (html: string) => string {
  const options = sanitizerOptions(allowedIframeHosts);
  return (html) => sanitizeHtml(html, options);
}
