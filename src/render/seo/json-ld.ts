// Render stage: serializes structured data (JSON-LD) for a <script> block.
// Text inside <script> is not HTML-escaped, so characters that could end the
// block or confuse a parser are written as JSON escapes instead.

/** A JSON-LD node: plain JSON values only, so serializing cannot lose anything. */
export type JsonLdValue = string | number | boolean | null | readonly JsonLdValue[] | JsonLdObject;
export interface JsonLdObject {
  readonly [key: string]: JsonLdValue | undefined;
}

// `<` and `>` stop `</script>` and `<!--` from ending or altering the block;
// `&` keeps XHTML-minded parsers happy; U+2028/9 are line breaks to old JS parsers.
const UNSAFE = /[<>&\u2028\u2029]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** JSON text safe to place verbatim between `<script type="application/ld+json">` and `</script>`. */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(UNSAFE, escapeChar);
}
