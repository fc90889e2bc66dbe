// Render stage tests: the JSON-LD serializer cannot let a value end its
// <script> block, and still yields the same data when parsed.

import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "../../../src/render/seo/json-ld";

describe("serializeJsonLd", () => {
  it.each([
    ["</script>", "\\u003c/script\\u003e"],
    ["<!-- comment -->", "\\u003c!-- comment --\\u003e"],
    ["Tom & Jerry", "Tom \\u0026 Jerry"],
    ["line\u2028separator", "line\\u2028separator"],
    ["paragraph\u2029separator", "paragraph\\u2029separator"],
    ['"quoted"', '\\"quoted\\"'],
  ])("escapes %j", (value, expected) => {
    const json = serializeJsonLd({ headline: value });
    expect(json).toBe(`{"headline":"${expected}"}`);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("parses back to the same data", () => {
    const data = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "</script><script>alert(1)</script> & more\u2028",
      keywords: ["<b>", "북한"],
      author: { "@type": "Person", name: "O'Brien" },
    };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it("leaves out undefined members", () => {
    expect(serializeJsonLd({ a: "x", b: undefined })).toBe('{"a":"x"}');
  });
});
