// Configuration tests: the identity settings of site.config.json — logo,
// favicon, theme, footer, navigation, stylesheet, layouts — resolved, and every
// wrong value refused with a message naming the key, what was expected and
// what was given; colours that read badly on the background are warned of.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { configWarnings, resolveSiteConfig, type SiteConfig } from "../../../src/config/site-config";
import { ContentError } from "../../../src/diagnostics";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/identity");
const CONFIG = path.join(FIXTURE, "identity.config.json");

function resolve(settings: Record<string, unknown>): SiteConfig {
  return resolveSiteConfig(settings, CONFIG, {});
}

function errorsOf(settings: Record<string, unknown>): string[] {
  try {
    resolve(settings);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const diagnostic of error.diagnostics) expect(diagnostic.file).toBe(CONFIG);
    return error.diagnostics.map((diagnostic) => diagnostic.message);
  }
  return [];
}

describe("identity settings", () => {
  it("are all optional, with the generator's own look by default", () => {
    const site = resolve({});
    expect(site.logo).toBeUndefined();
    expect(site.favicon).toEqual([]);
    expect(site.theme).toEqual({});
    expect(site.footer).toEqual({ text: "", links: [] });
    expect(site.navigation).toEqual([]);
    expect(site.stylesheet).toBeUndefined();
    expect(site.layouts).toBeUndefined();
  });

  it("resolve files from the folder of the configuration, and normalize colours", () => {
    const site = resolve({
      logo: "brand/harbour-logo.svg",
      logoAlt: "The Harbour Desk",
      favicon: "brand/icon.svg",
      theme: { accent: "#063", link: "#0A4A80" },
      stylesheet: "./brand/harbour.css",
      layouts: "brand",
    });
    expect(site.logo).toBe(path.join(FIXTURE, "brand/harbour-logo.svg"));
    expect(site.logoAlt).toBe("The Harbour Desk");
    expect(site.favicon).toEqual([path.join(FIXTURE, "brand/icon.svg")]);
    expect(site.theme).toEqual({ accent: "#006633", link: "#0a4a80" });
    expect(site.stylesheet).toBe(path.join(FIXTURE, "brand/harbour.css"));
    expect(site.layouts).toBe(path.join(FIXTURE, "brand"));
  });

  it("take absolute https URLs for the logo and the stylesheet as they are", () => {
    const site = resolve({ logo: "https://cdn.example.org/logo.svg", stylesheet: "https://fonts.example.org/css?family=Serif" });
    expect(site.logo).toBe("https://cdn.example.org/logo.svg");
    expect(site.stylesheet).toBe("https://fonts.example.org/css?family=Serif");
  });

  it("place navigation links by their order, or after everything at 1000 plus their place in the list", () => {
    const site = resolve({
      navigation: [
        { title: "Newsletter", url: "https://harbour.example/newsletter" },
        { title: "Tides", url: "/tides/", order: 15 },
        { title: "Podcast", url: "/podcast/" },
      ],
    });
    expect(site.navigation).toEqual([
      { title: "Newsletter", url: "https://harbour.example/newsletter", order: 1000 },
      { title: "Tides", url: "/tides/", order: 15 },
      { title: "Podcast", url: "/podcast/", order: 1002 },
    ]);
  });

  it("take a footer as a line of text, or text and links", () => {
    expect(resolve({ footer: "© 2025 Harbour Desk" }).footer).toEqual({ text: "© 2025 Harbour Desk", links: [] });
    expect(resolve({ footer: { links: [{ title: "Contact", url: "mailto:desk@harbour.example" }] } }).footer).toEqual({
      text: "",
      links: [{ title: "Contact", url: "mailto:desk@harbour.example" }],
    });
  });

  const IMAGE = 'an image file in the project such as "brand/logo.svg", or an absolute https URL';
  const LINK_URL = 'an absolute http(s) or mailto: URL, or a path of the site such as "/about/"';
  it.each([
    [{ logo: 42 }, `logo: expected ${IMAGE}, got \`42\``],
    [{ logo: "javascript:alert(1)" }, `logo: expected ${IMAGE}, got "javascript:alert(1)"`],
    [{ logo: "brand/logo.bmp" }, 'logo: expected an image file (.svg, .png, .jpg, .jpeg, .gif, .webp, .avif), got "brand/logo.bmp"'],
    [{ logo: "../archive/2022-old.svg" }, 'logo: expected a path inside the project (the folder of identity.config.json), got "../archive/2022-old.svg", which is outside it; copy the file into the project'],
    [{ logo: "/srv/logo.png" }, 'logo: expected a path inside the project (the folder of identity.config.json), got "/srv/logo.png", which is outside it; copy the file into the project'],
    [{ logo: "brand/missing.svg" }, 'logo: the file "brand/missing.svg" does not exist (paths are relative to the folder of identity.config.json)'],
    [{ logoAlt: "" }, 'logoAlt: expected non-empty text, got ""'],
    [{ favicon: [] }, 'favicon: expected a file such as "brand/icon.svg", or a list of up to one each of .svg, .png and .ico, got a list'],
    [{ favicon: ["brand/icon.svg", "brand/icon.svg"] }, 'favicon: expected a file such as "brand/icon.svg", or a list of up to one each of .svg, .png and .ico, got two .svg files'],
    [{ favicon: "brand/harbour.css" }, 'favicon: expected an icon file (.svg, .png, .ico), got "brand/harbour.css"'],
    [{ theme: "red" }, 'theme: expected an object of colours such as { "accent": "#9e1b1f", "accentDark": "#ff8f87" }, got "red"'],
    [{ theme: { accent: "red" } }, 'theme.accent: expected a colour as #rgb or #rrggbb, such as "#9e1b1f", got "red"'],
    [{ theme: { accent: "#fff;}</style><script>" } }, 'theme.accent: expected a colour as #rgb or #rrggbb, such as "#9e1b1f", got "#fff;}</style><script>"'],
    [{ theme: { background: "#000000" } }, "theme: unknown colour `background` (known colours: accent, accentDark, link, linkDark)"],
    [{ footer: 3 }, 'footer: expected a line of text, or { "text": "…", "links": [{ "title": "…", "url": "…" }] }, got `3`'],
    [{ footer: { text: "Bell\u0007" } }, "footer.text: expected text without control characters, got U+0007 (BEL) at character 5 (delete it; it may be invisible in an editor)"],
    [{ footer: { links: [{ title: "X", url: "javascript:alert(1)" }] } }, `footer.links[0].url: expected ${LINK_URL}, got "javascript:alert(1)"`],
    [{ navigation: {} }, 'navigation: expected a list of links such as [{ "title": "Newsletter", "url": "https://example.org/newsletter", "order": 50 }], got an object'],
    [{ navigation: [{ title: "", url: "/a/" }] }, 'navigation[0].title: expected non-empty text, got ""'],
    [{ navigation: [{ title: "A", url: "//evil.example/" }] }, `navigation[0].url: expected ${LINK_URL}, got "//evil.example/"`],
    [{ navigation: [{ title: "A", url: "/a/?q=<b>" }] }, `navigation[0].url: expected ${LINK_URL}, got "/a/?q=<b>"`],
    [{ navigation: [{ title: "A", url: "/a/", order: "first" }] }, 'navigation[0].order: expected a number such as 50, got "first"'],
    [{ navigation: [{ title: "A", url: "/a/", target: "_blank" }] }, 'navigation[0]: expected a link such as { "title": "Newsletter", "url": "https://example.org/newsletter", "order": 50 }, got an object'],
    [{ stylesheet: "brand/harbour-logo.svg" }, 'stylesheet: expected a stylesheet file (.css), got "brand/harbour-logo.svg"'],
    [{ layouts: "brand/harbour.css" }, 'layouts: expected a folder, got "brand/harbour.css", which is not one'],
    [{ layouts: "theme-that-is-not-there" }, 'layouts: the folder "theme-that-is-not-there" does not exist (paths are relative to the folder of identity.config.json)'],
  ])("refuses %j", (settings, message) => {
    expect(errorsOf(settings)).toEqual([message]);
  });

  it("reports every wrong setting at once", () => {
    expect(errorsOf({ logo: 1, theme: { accent: "x" }, navigation: "home" })).toHaveLength(3);
  });

  it("lists the new settings among the known ones", () => {
    expect(errorsOf({ footnote: "x" })).toEqual([
      "unknown setting `footnote` (known settings: title, description, url, language, timezone, pageSize, pathPrefix, allowedIframeHosts, static, logo, logoAlt, favicon, theme, footer, navigation, stylesheet, layouts)",
    ]);
  });

  it("warns of theme colours that links and the title could not be read in", () => {
    const site = resolve({ theme: { accent: "#ffcc00", linkDark: "#333", link: "#14508c" } });
    expect(configWarnings(site).map((warning) => [warning.severity, warning.file, warning.message])).toEqual([
      [
        "warning",
        CONFIG,
        "theme.accent: #ffcc00 on the light background (#fbfaf7) has a contrast of 1.45:1, below the 4.5:1 text needs to be readable (WCAG AA); choose a darker colour",
      ],
      [
        "warning",
        CONFIG,
        "theme.linkDark: #333 on the dark background (#141312) has a contrast of 1.47:1, below the 4.5:1 text needs to be readable (WCAG AA); choose a lighter colour",
      ],
    ]);
  });
});
