// Render stage: the files that give the site its identity and where they go —
// the logo, the extra stylesheet and the favicons named in site.config.json
// (or the generator's own favicon), copied by the site's own Eleventy run —
// and what every page's head links: the stylesheets in the order they apply,
// and the icons. `/favicon.ico` always exists, since browsers and crawlers
// ask for it whatever a page links.

import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteConfig } from "../config/site-config";

/** The generator's own favicon, as SVG and ICO (layouts/favicon/). */
export const BUILT_IN_ICONS_DIR = fileURLToPath(new URL("../../layouts/favicon/", import.meta.url));

export const SITE_STYLESHEET_PATH = "/assets/site.css";
/** The theme's colours as custom properties, written when site.config.json has a `theme`. */
export const THEME_STYLESHEET_PATH = "/assets/theme.css";
/** Where the files named in site.config.json are copied, under names of their setting. */
const BRAND_DIR = "/assets/brand/";

type AssetSite = Pick<SiteConfig, "logo" | "favicon" | "stylesheet" | "theme">;

/** A project file the site's own run copies into the output. */
export interface AssetCopy {
  /** Absolute path of the file. */
  readonly source: string;
  /** From the output folder: "/assets/brand/logo.svg", "/favicon.ico". */
  readonly outputPath: string;
}

export interface IconLink {
  /** A path of the site, e.g. "/favicon.svg". */
  readonly path: string;
  readonly type?: string;
  readonly sizes?: string;
}

const ICON_TYPES: Readonly<Record<string, string>> = { ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon" };

/** Whether a configured address is a URL of its own rather than a path of the site. */
export function isAbsoluteUrl(address: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(address);
}

/** A file of the project (absolute path) or an outside URL: where pages find it. */
function brandPath(setting: string, source: string): string {
  return isAbsoluteUrl(source) ? source : `${BRAND_DIR}${setting}${path.extname(source).toLowerCase()}`;
}

/** The logo's path in the site ("/assets/brand/logo.svg") or its URL; undefined without a logo. */
export function logoAddress(site: Pick<SiteConfig, "logo">): string | undefined {
  return site.logo === undefined ? undefined : brandPath("logo", site.logo);
}

/** Every stylesheet a page links, paths of the site or URLs, each later one over the ones before. */
export function stylesheetAddresses(site: AssetSite): readonly string[] {
  return [
    SITE_STYLESHEET_PATH,
    ...(Object.keys(site.theme).length > 0 ? [THEME_STYLESHEET_PATH] : []),
    ...(site.stylesheet !== undefined ? [brandPath("stylesheet", site.stylesheet)] : []),
  ];
}

/** The favicon files, the configured ones or the generator's own, each at `/favicon.<type>`. */
function faviconFiles(site: AssetSite): readonly string[] {
  return site.favicon.length > 0 ? site.favicon : ["favicon.ico", "favicon.svg"].map((name) => path.join(BUILT_IN_ICONS_DIR, name));
}

const faviconPath = (file: string) => `/favicon${path.extname(file).toLowerCase()}`;

/**
 * The icons a page links: an ICO first (for any size), then SVG and PNG with their types. A site
 * that gives no ICO of its own still has the generator's at /favicon.ico, but does not link it.
 */
export function iconLinks(site: AssetSite): readonly IconLink[] {
  const files = [...faviconFiles(site)].sort((a, b) => iconRank(a) - iconRank(b));
  return files.map((file) => {
    const extension = path.extname(file).toLowerCase();
    return extension === ".ico" ? { path: faviconPath(file), sizes: "any" } : { path: faviconPath(file), type: ICON_TYPES[extension] };
  });
}

function iconRank(file: string): number {
  return [".ico", ".svg", ".png"].indexOf(path.extname(file).toLowerCase());
}

/** Every file the site's own run copies for the identity: logo, stylesheet, favicons and /favicon.ico. */
export function assetCopies(site: AssetSite): readonly AssetCopy[] {
  const favicons = faviconFiles(site);
  const hasIco = favicons.some((file) => path.extname(file).toLowerCase() === ".ico");
  return [
    ...(site.logo !== undefined && !isAbsoluteUrl(site.logo) ? [{ source: site.logo, outputPath: brandPath("logo", site.logo) }] : []),
    ...(site.stylesheet !== undefined && !isAbsoluteUrl(site.stylesheet)
      ? [{ source: site.stylesheet, outputPath: brandPath("stylesheet", site.stylesheet) }]
      : []),
    ...favicons.map((file) => ({ source: file, outputPath: faviconPath(file) })),
    ...(hasIco ? [] : [{ source: path.join(BUILT_IN_ICONS_DIR, "favicon.ico"), outputPath: "/favicon.ico" }]),
  ];
}

/**
 * /assets/theme.css: the theme's colours as the custom properties the stylesheet uses, for screens
 * in the light and the dark scheme (print keeps its own black on white). Colours are `#rrggbb`
 * (checked in src/config), so nothing else can reach the stylesheet.
 */
export function themeStylesheet(site: Pick<SiteConfig, "theme">): string {
  const { accent, accentDark, link, linkDark } = site.theme;
  const block = (scheme: "light" | "dark", properties: readonly (readonly [string, string | undefined])[]) => {
    const set = properties.filter((property): property is readonly [string, string] => property[1] !== undefined);
    if (set.length === 0) return "";
    return `@media screen and (prefers-color-scheme: ${scheme}) {\n  :root {\n${set.map(([name, value]) => `    ${name}: ${value};\n`).join("")}  }\n}\n`;
  };
  return [
    "/* The site's theme colours (site.config.json, `theme`), over the stylesheet's own. */\n",
    block("light", [["--accent", accent], ["--link", link]]),
    block("dark", [["--accent", accentDark], ["--link", linkDark]]),
  ].join("");
}
