// Import stage, WordPress: a post's stored content as the HTML WordPress
// would show — classic-editor text given its paragraphs (WordPress adds them
// only when it displays a post), and the shortcodes it can stand in for
// (`[caption]`, `[embed]`, `[gallery]`, `[video]`, `[audio]`) written out.
// Any other shortcode stays as written and is reported at its line.

import { escapeAttribute, escapeText } from "../html/escape-html";

export interface ContentProblem {
  /** Offset in the stored content, for the line. */
  readonly offset: number;
  readonly message: string;
}

export interface WordPressHtml {
  readonly html: string;
  readonly problems: readonly ContentProblem[];
}

/** Shortcodes WordPress itself or its common plugins define, reported even when written without attributes. */
const KNOWN_SHORTCODES = new Set(["gallery", "playlist", "embed", "audio", "video", "caption", "wp_caption", "contact-form-7", "contact-form", "youtube", "vimeo", "tweet", "instagram", "soundcloud", "googlemaps", "table", "code", "sourcecode"]);
const SHORTCODE = /\[([a-zA-Z][\w-]*)((?:\s[^[\]]*)?)\](?:([\s\S]*?)\[\/\1\])?/g;
const BLOCK_START = /^<(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|blockquote|pre|figure|hr|iframe|dl|address|section|article|aside|video|audio|details|form|!--)[\s>/]/i;

/** `attachmentUrl` finds an attachment's address by its id, for `[gallery ids="…"]`. */
export function wordPressHtml(content: string, attachmentUrl: (id: string) => string | undefined): WordPressHtml {
  const problems: ContentProblem[] = [];
  const expanded = content.replace(SHORTCODE, (whole: string, name: string, attributeText: string, inner: string | undefined, offset: number) => {
    const attributes = readAttributes(attributeText);
    const tag = name.toLowerCase();
    const isShortcode = inner !== undefined || /=/.test(attributeText) || KNOWN_SHORTCODES.has(tag);
    if (!isShortcode) return whole;
    const converted = convertShortcode(tag, attributes, inner, attachmentUrl);
    if (converted.problem !== undefined) problems.push({ offset, message: converted.problem });
    return converted.html ?? whole;
  });
  // The block editor stores finished HTML with its markers; classic content gets its paragraphs here.
  const html = /<!--\s*wp:/.test(content) ? expanded : addParagraphs(expanded);
  return { html, problems };
}

function convertShortcode(
  tag: string,
  attributes: ReadonlyMap<string, string>,
  inner: string | undefined,
  attachmentUrl: (id: string) => string | undefined,
): { html?: string; problem?: string } {
  switch (tag) {
    case "caption":
    case "wp_caption": {
      const content = inner ?? "";
      const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(content)?.[0];
      if (image === undefined) return { problem: `[${tag}] without an image cannot be converted, kept as written` };
      const caption = (attributes.get("caption") ?? content.replace(image, "")).trim();
      return { html: `\n\n<figure>${image}${caption === "" ? "" : `<figcaption>${caption}</figcaption>`}</figure>\n\n` };
    }
    case "embed": {
      const url = (inner ?? "").trim();
      if (!/^https?:\/\/\S+$/i.test(url)) return { problem: "[embed] without an address cannot be converted, kept as written" };
      return { html: `\n\n<p><a href="${escapeAttribute(url)}">${escapeText(url)}</a></p>\n\n` };
    }
    case "gallery": {
      const ids = (attributes.get("ids") ?? "").split(",").map((id) => id.trim()).filter((id) => id !== "");
      const urls = ids.map(attachmentUrl);
      if (ids.length === 0 || urls.some((url) => url === undefined)) {
        return { problem: "[gallery] cannot be converted (it lists no ids of attachments in this export), kept as written" };
      }
      return { html: `\n\n<p>${urls.map((url) => `<img src="${escapeAttribute(url!)}" alt="">`).join(" ")}</p>\n\n` };
    }
    case "video":
    case "audio": {
      const src = attributes.get("src") ?? ["mp4", "webm", "ogv", "mp3", "m4a", "ogg", "wav"].map((key) => attributes.get(key)).find((value) => value !== undefined);
      if (src === undefined) return { problem: `[${tag}] without a source cannot be converted, kept as written` };
      return { html: `\n\n<${tag} controls src="${escapeAttribute(src)}"></${tag}>\n\n` };
    }
    default:
      return { problem: `shortcode [${tag}] cannot be converted, kept as written (replace it by hand)` };
  }
}

/** `key="value"`, `key='value'` and `key=value` pairs. */
function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** WordPress's own rule, in short: a blank line ends a paragraph, a single line break is a `<br>`; `<pre>` is left alone. */
function addParagraphs(html: string): string {
  const preformatted: string[] = [];
  const held = html.replace(/<pre\b[\s\S]*?<\/pre>/gi, (block) => `\uE000${preformatted.push(block) - 1}\uE000`);
  const paragraphs = held
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => (BLOCK_START.test(chunk) || /^\uE000\d+\uE000$/.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`));
  return paragraphs.join("\n\n").replace(/\uE000(\d+)\uE000/g, (_, index: string) => preformatted[Number(index)]!);
}
