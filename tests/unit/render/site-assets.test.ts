// Render stage tests: the identity's files — what the head links, what the
// site's own run copies where — and the theme's stylesheet.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSiteConfig } from "../../../src/config/site-config";
import {
  assetCopies,
  BUILT_IN_ICONS_DIR,
  iconLinks,
  logoAddress,
  stylesheetAddresses,
  themeStylesheet,
} from "../../../src/render/site-assets";

const site = (settings: Partial<typeof defaultSiteConfig>) => ({ ...defaultSiteConfig, ...settings });
const builtIn = (name: string) => path.join(BUILT_IN_ICONS_DIR, name);

describe("favicons", () => {
  it("are the generator's own by default: /favicon.ico for any size, then the SVG", () => {
    expect(iconLinks(defaultSiteConfig)).toEqual([
      { path: "/favicon.ico", sizes: "any" },
      { path: "/favicon.svg", type: "image/svg+xml" },
    ]);
    expect(assetCopies(defaultSiteConfig)).toEqual([
      { source: builtIn("favicon.ico"), outputPath: "/favicon.ico" },
      { source: builtIn("favicon.svg"), outputPath: "/favicon.svg" },
    ]);
  });

  it("are the site's own when it gives them, ICO first whatever order they are listed in", () => {
    const own = site({ favicon: ["/p/brand/Icon.PNG", "/p/brand/old.ico"] });
    expect(iconLinks(own)).toEqual([
      { path: "/favicon.ico", sizes: "any" },
      { path: "/favicon.png", type: "image/png" },
    ]);
    expect(assetCopies(own)).toEqual([
      { source: "/p/brand/Icon.PNG", outputPath: "/favicon.png" },
      { source: "/p/brand/old.ico", outputPath: "/favicon.ico" },
    ]);
  });

  it("keep the generator's /favicon.ico for a site without one, unlinked, so it never answers 404", () => {
    const own = site({ favicon: ["/p/brand/icon.svg"] });
    expect(iconLinks(own)).toEqual([{ path: "/favicon.svg", type: "image/svg+xml" }]);
    expect(assetCopies(own)).toEqual([
      { source: "/p/brand/icon.svg", outputPath: "/favicon.svg" },
      { source: builtIn("favicon.ico"), outputPath: "/favicon.ico" },
    ]);
  });

  it("ship as real files: an ICO directory and an SVG", async () => {
    const { readFileSync } = await import("node:fs");
    const ico = readFileSync(builtIn("favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
    expect(readFileSync(builtIn("favicon.svg"), "utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe("the logo and the stylesheets", () => {
  it("copy project files under the name of their setting, and leave URLs where they are", () => {
    const own = site({ logo: "/p/brand/Harbour.SVG", stylesheet: "/p/brand/harbour.css" });
    expect(logoAddress(own)).toBe("/assets/brand/logo.svg");
    expect(stylesheetAddresses(own)).toEqual(["/assets/site.css", "/assets/brand/stylesheet.css"]);
    expect(assetCopies(own).slice(0, 2)).toEqual([
      { source: "/p/brand/Harbour.SVG", outputPath: "/assets/brand/logo.svg" },
      { source: "/p/brand/harbour.css", outputPath: "/assets/brand/stylesheet.css" },
    ]);
    const outside = site({ logo: "https://cdn.example.org/logo.png", stylesheet: "https://fonts.example.org/serif.css" });
    expect(logoAddress(outside)).toBe("https://cdn.example.org/logo.png");
    expect(assetCopies(outside).map((copy) => copy.outputPath)).toEqual(["/favicon.ico", "/favicon.svg"]);
  });

  it("link the theme's colours after the built-in stylesheet and before the site's own", () => {
    expect(stylesheetAddresses(defaultSiteConfig)).toEqual(["/assets/site.css"]);
    expect(stylesheetAddresses(site({ theme: { accent: "#006633" }, stylesheet: "/p/a.css" }))).toEqual([
      "/assets/site.css",
      "/assets/theme.css",
      "/assets/brand/stylesheet.css",
    ]);
  });
});

describe("themeStylesheet", () => {
  it("sets the colours given for screens in each scheme, leaving print alone", () => {
    expect(themeStylesheet(site({ theme: { accent: "#006633", link: "#0a4a80", accentDark: "#7fe0a8" } }))).toBe(
      "/* The site's theme colours (site.config.json, `theme`), over the stylesheet's own. */\n" +
        "@media screen and (prefers-color-scheme: light) {\n  :root {\n    --accent: #006633;\n    --link: #0a4a80;\n  }\n}\n" +
        "@media screen and (prefers-color-scheme: dark) {\n  :root {\n    --accent: #7fe0a8;\n  }\n}\n",
    );
  });

  it("leaves out a scheme without colours", () => {
    expect(themeStylesheet(site({ theme: { linkDark: "#8cc2ff" } }))).not.toContain("light");
  });
});
