// Configuration stage: the settings that make the site the newsroom's own —
// logo, favicon, theme colours, footer, extra navigation links, an extra
// stylesheet, a folder of layout overrides — each checked the way the rest of
// site.config.json is: files must exist inside the project, links must be
// http(s), mailto: or paths of the site, colours `#rgb` or `#rrggbb`.

import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { type ConfiguredLink, isHttpUrl, linkList } from "./configured-links";
import { describeSetting, isRecord, text } from "./setting-values";
import { AA_TEXT_CONTRAST, contrastRatio, isHexColour, normalizeHexColour } from "./colour";

export interface NavigationEntry extends ConfiguredLink {
  /** Where it goes among the archive's sections (Latest 10 … Archive 40) and the pages' `nav.order`. */
  readonly order: number;
}

export interface FooterConfig {
  /** A line of plain text, e.g. "© 2025 The Harbour Desk". */
  readonly text: string;
  readonly links: readonly ConfiguredLink[];
}

/** Colours as `#rrggbb`; an absent one keeps the stylesheet's own. */
export interface ThemeConfig {
  /** The site title, the navigation's marks and rules, in the light scheme. */
  readonly accent?: string;
  readonly accentDark?: string;
  /** Links, in the light scheme. */
  readonly link?: string;
  readonly linkDark?: string;
}

export interface IdentityConfig {
  /** The header's logo in place of the title: an image file of the project (absolute path) or an https URL. @default none */
  readonly logo?: string;
  /** The logo's alternative text. @default the title */
  readonly logoAlt?: string;
  /** Icon files of the project (absolute paths), up to one each of .svg, .png, .ico. @default [] (the generator's icon) */
  readonly favicon: readonly string[];
  /** @default {} */
  readonly theme: ThemeConfig;
  /** @default no text, no links */
  readonly footer: FooterConfig;
  /** Links added to the main navigation. @default [] */
  readonly navigation: readonly NavigationEntry[];
  /** A CSS file of the project (absolute path) or an https URL, linked after the built-in stylesheet. @default none */
  readonly stylesheet?: string;
  /** A folder of layout overrides (absolute path; see src/theme). @default none */
  readonly layouts?: string;
}

export const IDENTITY_KEYS = ["logo", "logoAlt", "favicon", "theme", "footer", "navigation", "stylesheet", "layouts"] as const;

export const defaultIdentity: IdentityConfig = Object.freeze({
  favicon: Object.freeze([]),
  theme: Object.freeze({}),
  footer: Object.freeze({ text: "", links: Object.freeze([]) }),
  navigation: Object.freeze([]),
});

/** The stylesheet's backgrounds, which theme colours must stand out from (layouts/assets/site.css). */
export const SCHEME_BACKGROUNDS = { light: "#fbfaf7", dark: "#141312" } as const;

/** Where configured links go when they give no `order`: after the sections and pages, in the order written. */
export const CONFIGURED_LINK_ORDER = 1000;

const IMAGE_EXTENSIONS = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"];
export const FAVICON_EXTENSIONS = [".svg", ".png", ".ico"];
const THEME_KEYS = ["accent", "accentDark", "link", "linkDark"] as const;

export interface IdentityResult {
  readonly identity: IdentityConfig;
  /** Messages starting with the key, "what: expected X, got Y". */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Checks the identity settings of a parsed config. Files are resolved from the folder of the
 * configuration file, `configFile`, and must lie inside it.
 */
export function resolveIdentity(input: Readonly<Record<string, unknown>>, configFile: string): IdentityResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const base = path.dirname(path.resolve(configFile));
  const shownConfig = path.basename(configFile);
  const files = new ProjectFiles(base, shownConfig, errors);

  const logo = input.logo === undefined ? undefined : files.fileOrUrl("logo", input.logo, IMAGE_EXTENSIONS, "an image");
  const logoAlt = input.logoAlt === undefined ? undefined : text("logoAlt", input.logoAlt, errors, { nonEmpty: true });
  const stylesheet = input.stylesheet === undefined ? undefined : files.fileOrUrl("stylesheet", input.stylesheet, [".css"], "a stylesheet");
  const layouts = input.layouts === undefined ? undefined : files.folder("layouts", input.layouts);
  const favicon = input.favicon === undefined ? defaultIdentity.favicon : faviconFiles(input.favicon, files, errors);
  const theme = input.theme === undefined ? defaultIdentity.theme : themeColours(input.theme, errors, warnings);
  const footer = input.footer === undefined ? defaultIdentity.footer : footerConfig(input.footer, errors);
  const navigation = input.navigation === undefined ? defaultIdentity.navigation : navigationEntries(input.navigation, errors);

  const identity: IdentityConfig = Object.freeze({
    ...(logo !== undefined && { logo }),
    ...(logoAlt !== undefined && { logoAlt }),
    favicon,
    theme,
    footer,
    navigation,
    ...(stylesheet !== undefined && { stylesheet }),
    ...(layouts !== undefined && { layouts }),
  });
  return { identity, errors, warnings };
}

/** Files and folders named by the configuration, inside the folder it is in. */
class ProjectFiles {
  constructor(
    private readonly base: string,
    private readonly shownConfig: string,
    private readonly errors: string[],
  ) {}

  /** An absolute path of a file inside the project, or an absolute http(s) URL when `kind` may be one. */
  fileOrUrl(key: string, value: unknown, extensions: readonly string[], kind: string): string | undefined {
    const expected = `${kind} file in the project such as "brand/${key === "stylesheet" ? "site" : key}${extensions[0]}", or an absolute https URL`;
    if (typeof value !== "string" || value.trim() === "") return this.fail(`${key}: expected ${expected}, got ${describeSetting(value)}`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      if (isHttpUrl(value)) return value;
      return this.fail(`${key}: expected ${expected}, got "${value}"`);
    }
    return this.file(key, value, extensions, kind);
  }

  /** An absolute path of a file inside the project with one of `extensions`. */
  file(key: string, value: string, extensions: readonly string[], kind: string): string | undefined {
    const extension = path.extname(value).toLowerCase();
    if (!extensions.includes(extension)) {
      return this.fail(`${key}: expected ${kind} file (${extensions.join(", ")}), got "${value}"`);
    }
    const resolved = this.inside(key, value);
    if (resolved === undefined) return undefined;
    const stats = statSync(resolved, { throwIfNoEntry: false });
    if (stats === undefined) return this.fail(`${key}: the file "${value}" does not exist (paths are relative to the folder of ${this.shownConfig})`);
    if (!stats.isFile()) return this.fail(`${key}: expected a file, got "${value}", which is not one`);
    return resolved;
  }

  /** An absolute path of a folder inside the project. */
  folder(key: string, value: unknown): string | undefined {
    if (typeof value !== "string" || value.trim() === "") {
      return this.fail(`${key}: expected a folder in the project such as "theme", got ${describeSetting(value)}`);
    }
    const resolved = this.inside(key, value);
    if (resolved === undefined) return undefined;
    const stats = statSync(resolved, { throwIfNoEntry: false });
    if (stats === undefined) return this.fail(`${key}: the folder "${value}" does not exist (paths are relative to the folder of ${this.shownConfig})`);
    if (!stats.isDirectory()) return this.fail(`${key}: expected a folder, got "${value}", which is not one`);
    return resolved;
  }

  /** Refuses paths that leave the project, by name or through a symbolic link. */
  private inside(key: string, value: string): string | undefined {
    const resolved = path.resolve(this.base, value);
    const outside = `${key}: expected a path inside the project (the folder of ${this.shownConfig}), got "${value}", which is outside it; copy the file into the project`;
    if (path.isAbsolute(value) || isOutside(this.base, resolved)) return this.fail(outside);
    try {
      if (isOutside(realpathSync(this.base), realpathSync(resolved))) return this.fail(outside);
    } catch {
      // A path that does not exist is reported as missing by the caller.
    }
    return resolved;
  }

  private fail(message: string): undefined {
    this.errors.push(message);
    return undefined;
  }
}

function isOutside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative);
}

function faviconFiles(value: unknown, files: ProjectFiles, errors: string[]): readonly string[] {
  const list = typeof value === "string" ? [value] : value;
  const expected = 'a file such as "brand/icon.svg", or a list of up to one each of .svg, .png and .ico';
  if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== "string")) {
    errors.push(`favicon: expected ${expected}, got ${describeSetting(value)}`);
    return defaultIdentity.favicon;
  }
  const extensions = (list as string[]).map((item) => path.extname(item).toLowerCase());
  const repeated = extensions.find((extension, i) => extensions.indexOf(extension) !== i);
  if (repeated !== undefined) {
    errors.push(`favicon: expected ${expected}, got two ${repeated} files`);
    return defaultIdentity.favicon;
  }
  const resolved = (list as string[]).map((item) => files.file("favicon", item, FAVICON_EXTENSIONS, "an icon"));
  return resolved.every((item) => item !== undefined) ? Object.freeze(resolved as string[]) : defaultIdentity.favicon;
}

function themeColours(value: unknown, errors: string[], warnings: string[]): ThemeConfig {
  if (!isRecord(value)) {
    errors.push(`theme: expected an object of colours such as { "accent": "#9e1b1f", "accentDark": "#ff8f87" }, got ${describeSetting(value)}`);
    return defaultIdentity.theme;
  }
  const theme: Record<string, string> = {};
  for (const [key, colour] of Object.entries(value)) {
    if (!(THEME_KEYS as readonly string[]).includes(key)) {
      errors.push(`theme: unknown colour \`${key}\` (known colours: ${THEME_KEYS.join(", ")})`);
    } else if (typeof colour !== "string" || !isHexColour(colour)) {
      errors.push(`theme.${key}: expected a colour as #rgb or #rrggbb, such as "#9e1b1f", got ${describeSetting(colour)}`);
    } else {
      theme[key] = normalizeHexColour(colour);
      const scheme = key.endsWith("Dark") ? "dark" : "light";
      const ratio = contrastRatio(theme[key]!, SCHEME_BACKGROUNDS[scheme]);
      if (ratio < AA_TEXT_CONTRAST) {
        warnings.push(
          `theme.${key}: ${colour} on the ${scheme} background (${SCHEME_BACKGROUNDS[scheme]}) has a contrast of ${ratio.toFixed(2)}:1, ` +
            `below the ${AA_TEXT_CONTRAST}:1 text needs to be readable (WCAG AA); choose a ${scheme === "light" ? "darker" : "lighter"} colour`,
        );
      }
    }
  }
  return Object.freeze(theme);
}

function footerConfig(value: unknown, errors: string[]): FooterConfig {
  if (typeof value === "string") {
    const line = text("footer", value, errors);
    return Object.freeze({ text: line ?? "", links: defaultIdentity.footer.links });
  }
  if (!isRecord(value) || Object.keys(value).some((key) => key !== "text" && key !== "links")) {
    errors.push(`footer: expected a line of text, or { "text": "…", "links": [{ "title": "…", "url": "…" }] }, got ${describeSetting(value)}`);
    return defaultIdentity.footer;
  }
  const line = value.text === undefined ? "" : (text("footer.text", value.text, errors) ?? "");
  const links = value.links === undefined ? [] : linkList("footer.links", value.links, errors, false);
  return Object.freeze({ text: line, links: Object.freeze(links) });
}

function navigationEntries(value: unknown, errors: string[]): readonly NavigationEntry[] {
  return Object.freeze(linkList("navigation", value, errors, true).map((link, i) => Object.freeze({ ...link, order: link.order ?? CONFIGURED_LINK_ORDER + i })));
}

