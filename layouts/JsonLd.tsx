// Render stage: a JSON-LD structured-data block. Besides TrustedHtml this is
// the only place raw text enters a page, and it is safe because
// serializeJsonLd escapes every character that could end the <script>.

import type { JSX } from "preact";
import { serializeJsonLd, type JsonLdObject } from "../src/render/seo/json-ld";

export interface JsonLdProps {
  readonly data: JsonLdObject;
}

export function JsonLd({ data }: JsonLdProps): JSX.Element {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
