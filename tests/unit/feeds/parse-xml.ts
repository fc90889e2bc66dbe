// Test helper for feeds and the sitemap: checks well-formedness and parses
// with fast-xml-parser's validator and parser, which share no code with the
// XMLBuilder (from the separate fast-xml-builder package) that wrote the XML.

import { XMLParser, XMLValidator } from "fast-xml-parser";

/** RFC 3339 date-time with seconds and an explicit offset (or Z). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// Elements that may repeat are always arrays, so tests never branch on count.
const REPEATED = new Set(["entry", "link", "category", "author", "url"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

export type XmlElement = Record<string, unknown>;

/** Throws with the parser's message when `xml` is not well-formed; otherwise the parsed tree. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // XML 1.0 forbids these characters outright, even escaped; the validator does not check.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error("XML holds a control character");
  return parser.parse(xml) as XmlElement;
}

/** An element's text, whether the parser gave a string or an object with attributes. */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (node !== null && typeof node === "object" && "#text" in node) return String((node as XmlElement)["#text"]);
  return "";
}

export function elements(parent: XmlElement, name: string): XmlElement[] {
  const value = parent[name];
  return Array.isArray(value) ? (value as XmlElement[]) : value === undefined ? [] : [value as XmlElement];
}

export function child(parent: XmlElement, name: string): XmlElement {
  const value = parent[name];
  if (value === undefined || value === null || typeof value !== "object") throw new Error(`no <${name}> element`);
  return (Array.isArray(value) ? value[0] : value) as XmlElement;
}

/** The href of the `<link>` with this rel, or undefined. */
export function linkHref(parent: XmlElement, rel: string): string | undefined {
  const link = elements(parent, "link").find((l) => (l["@rel"] ?? "alternate") === rel);
  return link?.["@href"] as string | undefined;
}
