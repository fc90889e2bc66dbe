// Test support: builds a fixture archive into a temporary folder and reads
// back what was produced (files, pages, the links in them).

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { analyzeArchive } from "../../src/pipeline/prepare-archive";
import { listFiles } from "../../src/build/output/list-files";
import { runBuild, type BuildOptions, type BuildResult } from "../../src/pipeline/run-build";
import { loadSiteConfig } from "../../src/config/site-config";
import type { ArchiveModel } from "../../src/model/types";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** An Eleventy configuration with the archive plugin and no pages of the site's own. */
export const NO_PAGES_ELEVENTY_CONFIG = path.join(FIXTURES, "eleventy/no-pages.eleventy.ts");

export interface BuiltSite extends BuildResult {
  readonly dir: string;
  /** Every produced file, relative to the output folder, with "/" separators. */
  readonly files: readonly string[];
  read(relativePath: string): string;
  cleanup(): void;
}

export async function buildFixtureSite(options: Omit<BuildOptions, "outputDir"> = {}): Promise<BuiltSite> {
  const root = mkdtempSync(path.join(tmpdir(), "archive-test-"));
  const dir = path.join(root, "site");
  const result = await runBuild({
    contentDir: path.join(FIXTURES, "archive"),
    configFile: path.join(FIXTURES, "archive.config.json"),
    env: {},
    // Each test site keeps its own cache, so tests never share state through the project's .cache/.
    cacheDir: path.join(root, "cache"),
    // The archive alone: tests of the site's own pages name their configuration.
    eleventyConfig: NO_PAGES_ELEVENTY_CONFIG,
    ...options,
    outputDir: dir,
  });
  return {
    ...result,
    dir,
    files: listFiles(dir),
    read: (relativePath) => readFileSync(path.join(dir, relativePath), "utf8"),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under a folder, relative to it with "/" separators, sorted (the build's own listing). */
export { listFiles };

/** Files under `dir` as output paths: "/sitemap.xml", "/2023/08/06/slug/index.html". */
export function outputPathsUnder(dir: string): string[] {
  return listFiles(dir).map((file) => `/${file}`);
}

/** The archive model of the fixture archive with its config, as the build makes it before writing. */
export async function fixtureModel(): Promise<ArchiveModel> {
  const site = loadSiteConfig(path.join(FIXTURES, "archive.config.json"), {});
  return (await analyzeArchive({ contentDir: path.join(FIXTURES, "archive"), site })).model;
}

/** Every href/src in a page that points inside the site (root-relative), as written. */
export function internalReferences(html: string): string[] {
  const root = parse(html);
  const refs: string[] = [];
  for (const element of root.querySelectorAll("[href], [src]")) {
    for (const attribute of ["href", "src"]) {
      const value = element.getAttribute(attribute);
      if (value !== undefined && value.startsWith("/") && !value.startsWith("//")) refs.push(value);
    }
  }
  return refs;
}

/** Maps a root-relative URL to the output file a static host would serve for it. */
export function fileForUrl(url: string, pathPrefix = ""): string | undefined {
  const pathname = decodeURI(url.split(/[?#]/)[0]!);
  if (!pathname.startsWith(`${pathPrefix}/`)) return undefined;
  const inSite = pathname.slice(pathPrefix.length + 1);
  return inSite === "" || inSite.endsWith("/") ? `${inSite}index.html` : inSite;
}

/** Internal links of every HTML page of `site` that resolve to no produced file, as "page → link". */
export function brokenInternalLinks(site: Pick<BuiltSite, "files" | "read">, pathPrefix = ""): string[] {
  const files = new Set(site.files);
  const broken: string[] = [];
  for (const file of site.files.filter((name) => name.endsWith(".html"))) {
    for (const ref of internalReferences(site.read(file))) {
      const target = fileForUrl(ref, pathPrefix);
      if (target === undefined || !files.has(target)) broken.push(`${file} → ${ref}`);
    }
  }
  return broken;
}
