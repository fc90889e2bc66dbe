// Render stage: the one way feeds and the sitemap make XML. Documents are
// plain object trees; fast-xml-parser's XMLBuilder escapes every text and
// attribute value, so no markup is ever assembled from strings.

import { XMLBuilder } from "fast-xml-parser";

/**
 * An element: child elements by name (an array repeats the element), attributes
 * under "@name", text under "#text". Undefined members are left out.
 */
export interface XmlElement {
  readonly [name: string]: string | XmlElement | readonly XmlElement[] | undefined;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

// Characters XML 1.0 cannot carry even escaped; a stray one in an article
// would make every reader reject the whole file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** `root` is `{ rootName: element }`. Indented, with the XML declaration, newline-terminated. */
export function serializeXml(root: XmlElement): string {
  const xml: string = builder.build({ "?xml": { "@version": "1.0", "@encoding": "UTF-8" }, ...root });
  return `${xml.replace(NOT_XML, "\uFFFD").trimEnd()}\n`;
}
