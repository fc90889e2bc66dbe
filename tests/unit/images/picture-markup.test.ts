import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { plannedVariants } from "../../../src/images/image-settings";
import { pictureHtml, plainImageHtml } from "../../../src/images/picture-markup";
import { createSanitizer } from "../../../src/markdown/sanitize";

const hostile = 'x" onerror="alert(1)<script>';

const inputs = [
  { src: "/a/p.jpg", alt: "A photo", width: 1500, height: 1000, webp: [{ href: "/a/p-640w.webp", width: 640 }], own: [{ href: "/a/p-640w.jpg", width: 640 }], figure: false },
  { src: "/a/m.png", alt: hostile, title: hostile, width: 900, height: 600, webp: [{ href: "/a/m-640w.webp", width: 640 }], own: [], figure: true },
  { src: "/a/c.png", alt: "", title: "Not alone", width: 500, height: 300, webp: [], own: [], figure: false },
];

/** Every element with its attributes, in document order: what a browser would build. */
function structure(html: string): string[] {
  return parse(html)
    .querySelectorAll("*")
    .map((element) => `${element.rawTagName}${JSON.stringify(Object.entries(element.attributes).sort())}|${element.childNodes.filter((n) => n.nodeType === 3).map((n) => n.text).join("")}`);
}

describe("pictureHtml", () => {
  it.each(inputs)("passes the sanitizer unchanged (%#)", (input) => {
    const html = pictureHtml(input);
    expect(structure(createSanitizer([])(html).html)).toEqual(structure(html));
  });

  it("escapes every value and makes no element or handler of them", () => {
    const html = pictureHtml(inputs[1]!);
    expect(html).toBe(
      '<figure><picture><source type="image/webp" srcset="/a/m-640w.webp 640w" sizes="(min-width: 44rem) 42rem, 100vw">' +
        '<img src="/a/m.png" alt="x&quot; onerror=&quot;alert(1)&lt;script&gt;" width="900" height="600" loading="lazy" decoding="async"></picture>' +
        "<figcaption>x&quot; onerror=&quot;alert(1)&lt;script&gt;</figcaption></figure>",
    );
    expect(parse(html).querySelectorAll("script")).toHaveLength(0);
    expect(parse(html).querySelector("img")?.getAttribute("onerror")).toBeUndefined();
  });

  it("keeps the title as an attribute when there is no caption", () => {
    expect(pictureHtml(inputs[2]!)).toBe('<picture><img src="/a/c.png" alt="" title="Not alone" width="500" height="300" loading="lazy" decoding="async"></picture>');
  });
});

describe("plainImageHtml", () => {
  it("adds the size and lazy loading to an image that is not resized, and passes the sanitizer", () => {
    const html = plainImageHtml(new Map([["src", "/a/x.gif"], ["alt", "A"]]), { width: 20, height: 10 });
    expect(html).toBe('<img src="/a/x.gif" alt="A" width="20" height="10" loading="lazy" decoding="async">');
    expect(structure(createSanitizer([])(html).html)).toEqual(structure(html));
  });
});

describe("plannedVariants", () => {
  const widths = (type: string, width: number, height: number, extension = "jpg") =>
    plannedVariants(type, width, height, extension).map((v) => `${v.width}x${v.height}.${v.extension}`);
  it.each([
    ["jpg", 3000, 2000, ["640x426.webp", "1280x853.webp", "640x426.jpg", "1280x853.jpg"]],
    ["jpg", 1000, 500, ["640x320.webp", "1000x500.webp", "640x320.jpg"]],
    ["jpg", 700, 350, ["640x320.webp", "640x320.jpg"]],
    ["jpg", 400, 300, ["400x300.webp"]],
    ["webp", 400, 300, []],
    ["webp", 2000, 1000, ["640x320.webp", "1280x640.webp"]],
    ["gif", 800, 600, []],
    ["svg", 800, 600, []],
  ])("%s %ix%i → %j", (type, width, height, expected) => {
    expect(widths(type, width, height)).toEqual(expected);
  });
});
