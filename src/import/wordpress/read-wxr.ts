// Import stage, WordPress: reads a WXR export (WordPress's RSS-based XML)
// into typed items — posts, pages, attachments and the rest — with the line
// each item and its content start on, for the report.

import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface WxrTerm {
  /** `category`, `post_tag`, or a custom taxonomy. */
  readonly domain: string;
  readonly nicename: string;
  readonly name: string;
}

export interface WxrItem {
  /** 1-based line of the item's `<item>`. */
  readonly line: number;
  /** 1-based line where its `<content:encoded>` starts (the item's line when it has none). */
  readonly contentLine: number;
  readonly id: string;
  readonly type: string;
  readonly status: string;
  readonly title: string;
  /** The old permalink. */
  readonly link: string;
  readonly pubDate: string;
  /** The author's login. */
  readonly creator: string;
  readonly content: string;
  readonly excerpt: string;
  readonly postDate: string;
  readonly postDateGmt: string;
  /** The slug, percent-encoded when it has non-ASCII letters. */
  readonly name: string;
  readonly parent: string;
  readonly attachmentUrl: string;
  readonly terms: readonly WxrTerm[];
  readonly meta: ReadonlyMap<string, string>;
}

export interface WxrExport {
  readonly siteTitle: string;
  /** The site's address, e.g. `https://gazette.example.com`. */
  readonly siteUrl: string;
  /** Login → display name. */
  readonly authors: ReadonlyMap<string, string>;
  readonly items: readonly WxrItem[];
}

export type WxrResult =
  | { readonly ok: true; readonly export: WxrExport }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string };

const REPEATED = new Set(["item", "category", "wp:postmeta", "wp:author"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

type XmlNode = Record<string, unknown>;

export function readWxr(text: string): WxrResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, line: valid.err.line, column: valid.err.col, message: `not well-formed XML: ${valid.err.msg}` };
  const channel = (parser.parse(text) as XmlNode).rss as XmlNode | undefined;
  const body = channel?.channel as XmlNode | undefined;
  if (body === undefined) {
    return { ok: false, line: 1, column: 1, message: "not a WordPress export: expected an <rss> document with a <channel>, as Tools → Export writes" };
  }
  const lines = itemLines(text);
  const items = asArray(body.item).map((item, index): WxrItem => {
    const node = item as XmlNode;
    const line = lines[index]?.line ?? 1;
    return {
      line,
      contentLine: lines[index]?.contentLine ?? line,
      id: textOf(node["wp:post_id"]),
      type: textOf(node["wp:post_type"]),
      status: textOf(node["wp:status"]),
      title: textOf(node.title),
      link: textOf(node.link).trim(),
      pubDate: textOf(node.pubDate).trim(),
      creator: textOf(node["dc:creator"]).trim(),
      content: textOf(node["content:encoded"]),
      excerpt: textOf(node["excerpt:encoded"]),
      postDate: textOf(node["wp:post_date"]).trim(),
      postDateGmt: textOf(node["wp:post_date_gmt"]).trim(),
      name: textOf(node["wp:post_name"]).trim(),
      parent: textOf(node["wp:post_parent"]).trim(),
      attachmentUrl: textOf(node["wp:attachment_url"]).trim(),
      terms: asArray(node.category).map((term) => ({
        domain: attribute(term, "domain") || "category",
        nicename: attribute(term, "nicename"),
        name: textOf(term).trim(),
      })),
      meta: new Map(asArray(node["wp:postmeta"]).map((meta) => [textOf((meta as XmlNode)["wp:meta_key"]), textOf((meta as XmlNode)["wp:meta_value"])])),
    };
  });
  const authors = new Map(
    asArray(body["wp:author"]).map((author) => {
      const node = author as XmlNode;
      const login = textOf(node["wp:author_login"]).trim();
      return [login, textOf(node["wp:author_display_name"]).trim() || login];
    }),
  );
  const siteUrl = (textOf(body["wp:base_blog_url"]) || textOf(body["wp:base_site_url"]) || textOf(body.link)).trim();
  return { ok: true, export: { siteTitle: textOf(body.title).trim(), siteUrl, authors, items } };
}

/** Where each `<item>` and its `<content:encoded>` start; text inside CDATA and comments is not markup. */
function itemLines(text: string): { line: number; contentLine?: number }[] {
  const found: { line: number; contentLine?: number }[] = [];
  const markup = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<item[\s>]|<content:encoded[\s>]/g;
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(markup)) {
    line += countNewlines(text, counted, match.index);
    counted = match.index;
    if (match[0].startsWith("<item")) found.push({ line });
    else if (match[0].startsWith("<content:encoded")) {
      const current = found[found.length - 1];
      if (current !== undefined) current.contentLine = line;
    }
  }
  return found;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (typeof node === "number") return String(node);
  if (node !== null && typeof node === "object" && "#text" in node) return String((node as XmlNode)["#text"]);
  return "";
}

function attribute(node: unknown, name: string): string {
  return node !== null && typeof node === "object" ? String((node as XmlNode)[`@_${name}`] ?? "") : "";
}
