// Configuration stage: reads `site.config.json`, applies the deploy-time
// environment overrides (SITE_URL, PATH_PREFIX) and validates every value.
// Everything downstream receives a frozen, fully-resolved SiteConfig.

import { readFileSync, existsSync } from "node:fs";
import { Info } from "luxon";
import { ContentError, type Diagnostic } from "../diagnostics";
import { languageDiagnostics } from "../i18n/locale";
import { describeSetting as describe } from "./setting-values";
import { defaultIdentity, IDENTITY_KEYS, resolveIdentity, type IdentityConfig } from "./identity-config";

export interface SiteConfig extends IdentityConfig {
  /** Site name, shown in the header and in page titles. @default "News Archive" */
  readonly title: string;
  /** One sentence about the archive, used on the home page and in meta descriptions. @default "" */
  readonly description: string;
  /** Absolute base URL of the deployed site, without the path prefix. Overridden by `SITE_URL`. @default "http://localhost:8080" */
  readonly url: string;
  /** BCP 47 language tag for `<html lang>`. @default "en" */
  readonly language: string;
  /** IANA zone that dates without an offset are in, and that pages show dates in. @default "UTC" */
  readonly timezone: string;
  /** Articles per index page (home, topic, source and date archives). @default 20 */
  readonly pageSize: number;
  /** URL path the site is served under, e.g. "/news". Always starts with "/" and never ends with one (empty for the root). Overridden by `PATH_PREFIX`. @default "" */
  readonly pathPrefix: string;
  /** Hosts whose `<iframe>` embeds may appear in article bodies, e.g. ["www.youtube-nocookie.com"]. Every other iframe is removed. @default [] */
  readonly allowedIframeHosts: readonly string[];
  /**
   * Folder of files copied to the output root as they are (`static/images/a.png` → `/images/a.png`),
   * from the working directory; a missing folder copies nothing. `--static DIR` overrides it. @default "static"
   */
  readonly static: string;
}

export const defaultSiteConfig: SiteConfig = Object.freeze({
  title: "News Archive",
  description: "",
  url: "http://localhost:8080",
  language: "en",
  timezone: "UTC",
  pageSize: 20,
  pathPrefix: "",
  allowedIframeHosts: [],
  static: "static",
  ...defaultIdentity,
});

/** Every setting site.config.json may hold. */
const KNOWN_SETTINGS = [
  "title",
  "description",
  "url",
  "language",
  "timezone",
  "pageSize",
  "pathPrefix",
  "allowedIframeHosts",
  "static",
  ...IDENTITY_KEYS,
];

export const SITE_CONFIG_FILE = "site.config.json";

/** Turns "news", "/news/", "/" or "" into "/news" or "". */
export function normalizePathPrefix(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "" : `/${trimmed}`;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Validates a parsed config object (plus environment overrides) into a SiteConfig.
 * Unknown keys and wrong types are errors naming the config file.
 */
export function resolveSiteConfig(raw: unknown, file: string, env: Env = {}): SiteConfig {
  const problems: Diagnostic[] = [];
  const fail = (message: string) => problems.push({ severity: "error", file, message });

  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ContentError([{ severity: "error", file, message: `expected a JSON object, got ${describe(raw)}` }]);
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_SETTINGS.includes(key) && key !== "$schema") fail(`unknown setting \`${key}\` (known settings: ${KNOWN_SETTINGS.join(", ")})`);
  }

  const str = (key: "title" | "description" | "url" | "language" | "timezone" | "pathPrefix" | "static"): string => {
    const value = input[key];
    if (value === undefined) return defaultSiteConfig[key] as string;
    if (typeof value !== "string") {
      fail(`${key}: expected a string, got ${describe(value)}`);
      return defaultSiteConfig[key] as string;
    }
    return value;
  };

  const title = str("title");
  const description = str("description");
  const language = str("language");
  const timezone = str("timezone");
  const url = (env.SITE_URL ?? str("url")).replace(/\/+$/, "");
  const pathPrefix = normalizePathPrefix(env.PATH_PREFIX ?? str("pathPrefix"));

  let pageSize = defaultSiteConfig.pageSize;
  if (input.pageSize !== undefined) {
    if (typeof input.pageSize === "number" && Number.isInteger(input.pageSize) && input.pageSize > 0) {
      pageSize = input.pageSize;
    } else {
      fail(`pageSize: expected a whole number above 0, got ${describe(input.pageSize)}`);
    }
  }
  if (!Info.isValidIANAZone(timezone)) fail(`timezone: expected an IANA zone such as "Europe/Berlin", got "${timezone}"`);
  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(url)) {
    fail(`url: expected an absolute http(s) URL such as "https://archive.example.org", got "${url}"`);
  }
  if (title.trim() === "") fail("title: expected a non-empty string");

  let allowedIframeHosts: readonly string[] = defaultSiteConfig.allowedIframeHosts;
  if (input.allowedIframeHosts !== undefined) {
    const hosts = input.allowedIframeHosts;
    if (Array.isArray(hosts) && hosts.every((host) => typeof host === "string" && /^[a-z0-9.-]+$/i.test(host))) {
      allowedIframeHosts = Object.freeze([...hosts]);
    } else {
      fail(`allowedIframeHosts: expected a list of host names such as ["www.youtube-nocookie.com"], got ${describe(hosts)}`);
    }
  }

  const staticDir = str("static");
  if (staticDir.trim() === "") fail('static: expected a folder such as "static", got an empty string');
  const identity = resolveIdentity(input, file);
  identity.errors.forEach(fail);
  if (problems.length > 0) throw new ContentError(problems);
  const site: SiteConfig = Object.freeze({
    title,
    description,
    url,
    language,
    timezone,
    pageSize,
    pathPrefix,
    allowedIframeHosts,
    static: staticDir,
    ...identity.identity,
  });
  const warn = (message: string): Diagnostic => ({ severity: "warning", file, message });
  warningsBySite.set(site, [...languageDiagnostics(language, file), ...identity.warnings.map(warn)]);
  return site;
}

/** What a valid configuration may still deserve a word about, kept beside it rather than in it. */
const warningsBySite = new WeakMap<SiteConfig, readonly Diagnostic[]>();

/**
 * The warnings reading the configuration gave (a language without labels …), for `check` and
 * `build` to report with the content's; none for a config made in code.
 */
export function configWarnings(site: SiteConfig): readonly Diagnostic[] {
  return warningsBySite.get(site) ?? [];
}

/** `site` with the static folder a command-line flag chose, when it chose one (and the warnings reading it gave). */
export function withStaticDir(site: SiteConfig, staticDir: string | undefined): SiteConfig {
  if (staticDir === undefined) return site;
  const chosen: SiteConfig = Object.freeze({ ...site, static: staticDir });
  warningsBySite.set(chosen, configWarnings(site));
  return chosen;
}

/** Reads the config file if it exists (defaults otherwise) and applies `env` overrides. */
export function loadSiteConfig(file: string = SITE_CONFIG_FILE, env: Env = process.env): SiteConfig {
  if (!existsSync(file)) return resolveSiteConfig({}, file, env);
  // An unreadable file is not a JSON problem: its error goes on, and the CLI puts it in words.
  const text = readFileSync(file, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ContentError([
      { severity: "error", file, message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  return resolveSiteConfig(parsed, file, env);
}
