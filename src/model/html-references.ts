// Model stage: finds the URLs an article body refers to (links, images,
// media sources) in its rendered HTML, and writes the body again with some of
// them replaced. The HTML is the Markdown stage's: markdown-it's own output
// or sanitize-html's, which both write every attribute as `name="value"` with
// `&`, `<`, `>` and `"` escaped, so a tag ends at the first `>` and a value
// at the next `"`. Text never holds a raw `<`, so no tag is found in text.

/** One attribute that holds URLs. */
export interface UrlAttribute {
  /** Lower-case tag name: "a", "img", "source", "video", "audio", "track". */
  readonly tag: string;
  /** "href", "src", "srcset" or "poster". */
  readonly name: string;
  /** The value, character references decoded. */
  readonly value: string;
  /** Offsets in the HTML of the raw value (between the quotes). */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Offsets of the whole tag, `<` to after `>`. */
  readonly tagStart: number;
  readonly tagEnd: number;
}

const URL_TAGS = /<(a|img|source|video|audio|track)\b([^>]*)>/gi;
const ATTRIBUTE = /\s([A-Za-z][\w:-]*)="([^"]*)"/g;
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(["href", "src", "srcset", "poster"]);

/**
 * A cheap first look: a body none of whose URL attributes starts local (most bodies link only to
 * other sites) is not scanned tag by tag. Any `srcset` counts, as its later candidates may be local.
 * Attribute names are lower-case in the Markdown stage's HTML; one expression measured faster than
 * a search per attribute name.
 */
const LOCAL_URL_HINT = / (?:(?:href|src|poster)="(?!https?:|mailto:|tel:|#)|srcset=")/;

export function mayHoldLocalUrls(html: string): boolean {
  return LOCAL_URL_HINT.test(html);
}

/** Every URL attribute of `html`, in order; none when no attribute can hold a local URL. */
export function urlAttributes(html: string): UrlAttribute[] {
  const found: UrlAttribute[] = [];
  if (!mayHoldLocalUrls(html)) return found;
  for (const tag of html.matchAll(URL_TAGS)) {
    const tagStart = tag.index;
    const tagEnd = tagStart + tag[0].length;
    const attributesStart = tagStart + 1 + tag[1]!.length;
    for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      if (!URL_ATTRIBUTES.has(name)) continue;
      const valueStart = attributesStart + attribute.index + attribute[0].length - 1 - attribute[2]!.length;
      found.push({
        tag: tag[1]!.toLowerCase(),
        name,
        value: decodeCharacterReferences(attribute[2]!),
        valueStart,
        valueEnd: valueStart + attribute[2]!.length,
        tagStart,
        tagEnd,
      });
    }
  }
  return found;
}

/** Every attribute of the tag at `html[tagStart, tagEnd)`, by lower-case name, values decoded. */
export function tagAttributes(html: string, tagStart: number, tagEnd: number): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of html.slice(tagStart, tagEnd).matchAll(ATTRIBUTE)) {
    attributes.set(attribute[1]!.toLowerCase(), decodeCharacterReferences(attribute[2]!));
  }
  return attributes;
}

/** The image candidates of a `srcset` value: "a.jpg 1x, b.jpg 2x" → [{url: "a.jpg", descriptor: " 1x"}, …]. */
export function srcsetCandidates(value: string): { readonly url: string; readonly descriptor: string }[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== "")
    .map((candidate) => {
      const space = candidate.search(/\s/);
      return space === -1 ? { url: candidate, descriptor: "" } : { url: candidate.slice(0, space), descriptor: ` ${candidate.slice(space).trim()}` };
    });
}

/** A replacement of `html[start, end)`. */
export interface HtmlEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `html` with the edits made; edits must not overlap (an edit inside a larger one is dropped). */
export function applyEdits(html: string, edits: readonly HtmlEdit[]): string {
  if (edits.length === 0) return html;
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    result += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + html.slice(at);
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeCharacterReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Text safe inside a double-quoted attribute value or an element's text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => (character === "&" ? "&amp;" : character === "<" ? "&lt;" : character === ">" ? "&gt;" : "&quot;"));
}
