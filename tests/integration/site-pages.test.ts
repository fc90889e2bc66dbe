// Integration: the site's own pages and the project's Eleventy configuration.
// A build loads the configuration file as Eleventy documents it: its filters,
// shortcodes, plugins, transforms and passthrough copies apply; the templates
// in its input folder render inside the site's layout, join the navigation and
// the sitemap; bad pages are reported with file and line, and nothing is
// written.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../../src/pipeline/run-build";
import { runCheck } from "../../src/check/run-check";
import { loadSiteConfig } from "../../src/config/site-config";
import { ContentError, formatDiagnostic } from "../../src/diagnostics";
import { buildFixtureSite, FIXTURES, type BuiltSite } from "../support/built-site";
import { tempProjectDir } from "../support/temp-project";

const SITE = path.join(FIXTURES, "eleventy/site");
const SITE_CONFIG = path.join(SITE, "site.eleventy.ts");
const ARCHIVE = path.join(FIXTURES, "archive");
const ARCHIVE_CONFIG = path.join(FIXTURES, "archive.config.json");
const PLUGIN = path.resolve(import.meta.dirname, "../../src/eleventy/news-archive.ts");

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite({ eleventyConfig: SITE_CONFIG });
});
afterAll(() => site.cleanup());

const navLabels = (html: string) => parse(html).querySelectorAll(".site-nav a").map((link) => link.text);

describe("the site's own pages", () => {
  it("renders a Markdown page inside the site's layout, with the configuration's filter and plugin shortcode", () => {
    const page = parse(site.read("about/index.html"));
    expect(page.querySelector("title")?.text).toBe("About the Harbour Desk – Fixture Archive");
    expect(page.querySelector("h1")?.text).toBe("About the Harbour Desk");
    expect(page.querySelector(".site-header")).not.toBeNull();
    expect(page.querySelector(".site-footer")).not.toBeNull();
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://archive.example.org/about/");
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe("Who keeps this archive of harbour and ferry news.");
    expect(page.querySelector(".article-body")?.text).toContain("EVERY STORY!");
    expect(page.querySelector(".credit")?.text).toBe("Reported by the night desk");
    expect(page.querySelector('.site-nav a[aria-current="page"]')?.text).toBe("About us");
  });

  it("renders Nunjucks and JavaScript templates in the layout too, at their permalinks", () => {
    expect(parse(site.read("help/corrections/index.html")).querySelector("h1")?.text).toBe("Corrections policy");
    const team = parse(site.read("people/index.html"));
    expect(team.querySelector("h1")?.text).toBe("The team");
    expect(team.querySelector(".article-body")?.text).toBe("Three reporters and an editor.");
  });

  it("leaves a page that names its own layout, and a file that is not a page, as their templates made them", () => {
    const print = parse(site.read("print/index.html"));
    expect(print.querySelector(".site-header")).toBeNull();
    expect(print.querySelector("title")?.text).toBe("Printable notice");
    expect(site.read("humans.txt")).toBe("Kept by the Harbour Desk.\n");
  });

  it("puts the pages that ask for it into every page's navigation, in their order among the sections", () => {
    const expected = ["Corrections policy", "Latest", "Topics", "Sources", "Archive", "About us"];
    expect(navLabels(site.read("index.html"))).toEqual(expected);
    expect(navLabels(site.read("topics/index.html"))).toEqual(expected);
    expect(navLabels(site.read("people/index.html"))).toEqual(expected);
  });

  it("lists the pages in the sitemap, but not files that are not pages", () => {
    const sitemap = site.read("sitemap.xml");
    for (const url of ["/about/", "/help/corrections/", "/people/", "/print/"]) {
      expect(sitemap).toContain(`<loc>https://archive.example.org${url}</loc>`);
    }
    expect(sitemap).not.toContain("humans.txt");
  });

  it("applies the configuration's passthrough copies and transforms, the archive's pages included", () => {
    expect(site.read("press/kit.txt")).toContain("Press kit");
    expect(site.read("about/index.html")).toContain("<!-- stamped -->");
    const article = site.files.find((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file))!;
    expect(site.read(article)).toContain("<!-- stamped -->");
    expect(site.read("topics/index.html")).toContain("<!-- stamped -->");
  });

  it("is checked by `npm run check` with the articles", async () => {
    const report = await runCheck({
      contentDir: ARCHIVE,
      site: loadSiteConfig(ARCHIVE_CONFIG, {}),
      pagesDir: path.join(SITE, "pages"),
      now: DateTime.fromISO("2030-01-01T00:00:00Z"),
    });
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with an Eleventy configuration over `pages` (file name → text); `extra` goes into its config function. */
function projectWith(pages: Record<string, string>, extra = "", exportExtra = ""): { configFile: string; root: string } {
  const root = tempProjectDir("site-pages");
  temps.push(root);
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, "pages", name)), { recursive: true });
    writeFileSync(path.join(root, "pages", name), text);
  }
  mkdirSync(path.join(root, "pages"), { recursive: true });
  // A project of its own, as ES modules like this one.
  writeFileSync(path.join(root, "package.json"), '{ "type": "module" }\n');
  const configFile = path.join(root, "eleventy.config.ts");
  writeFileSync(
    configFile,
    `import newsArchive from ${JSON.stringify(PLUGIN)};\n` +
      // The project lives in the repository's git-ignored tmp/, which Eleventy would otherwise skip.
      `export default function (eleventyConfig: any) {\n  eleventyConfig.addPlugin(newsArchive);\n  eleventyConfig.setUseGitIgnore(false);\n  ${extra}\n}\n` +
      `export const config = { dir: { input: ${JSON.stringify(path.join(root, "pages"))}${exportExtra} }, templateFormats: ["md", "njk", "html", "11ty.js"] };\n`,
  );
  return { configFile, root };
}

/** Builds the fixture archive with `configFile` and returns the problems; nothing may be written. */
async function failure(project: { configFile: string; root: string }): Promise<string[]> {
  const output = path.join(project.root, "site");
  const error = await runBuild({
    contentDir: ARCHIVE,
    configFile: ARCHIVE_CONFIG,
    outputDir: output,
    env: {},
    cacheDir: false,
    eleventyConfig: project.configFile,
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  expect(existsSync(output)).toBe(false);
  expect(readdirSync(project.root).filter((name) => name.includes("site"))).toEqual([]);
  // Paths as the user sees them: relative to the working directory, which the test cannot know in advance.
  return (error as ContentError).diagnostics.map((d) => formatDiagnostic(d).replace(/^.*?\/pages\//, "pages/"));
}

describe("a bad page", () => {
  it.each([
    [
      "front matter that is not YAML",
      { "bad.md": "---\ntitle: One: two\n---\nText\n" },
      /^pages\/bad\.md:2:\d+: error: front matter is not valid YAML/,
    ],
    ["a page without a title", { "untitled.md": "Text without front matter.\n" }, /^pages\/untitled\.md:1:1: error: title: missing; every page needs one/],
    [
      "a `nav` that is not a mapping",
      { "nav.md": "---\ntitle: Nav\nnav: yes please\n---\n" },
      /^pages\/nav\.md:3:1: error: nav: expected a mapping with `order` and `title`/,
    ],
    [
      "a `nav.order` that is not a number",
      { "order.md": "---\ntitle: Order\nnav: { order: first }\n---\n" },
      /^pages\/order\.md:3:1: error: nav: order: expected a number, got `first`/,
    ],
    [
      "a permalink onto an archive page",
      { "mine.md": "---\ntitle: Mine\npermalink: /topics/\n---\n" },
      /^pages\/mine\.md:3:1: error: permalink: this page would be written to \/topics\/index\.html, which would overwrite the archive's own \/topics\/index\.html; choose another `permalink`/,
    ],
    [
      "a file whose name makes an archive page's URL",
      { "archive/index.md": "---\ntitle: Mine\n---\n" },
      /^pages\/archive\/index\.md:1:1: error: URL: this page would be written to \/archive\/index\.html, .*; rename the file or give it a `permalink`/,
    ],
    [
      "two pages at one URL",
      { "a.md": "---\ntitle: A\npermalink: /same/\n---\n", "b.md": "---\ntitle: B\npermalink: /same/\n---\n" },
      /^pages\/b\.md:3:1: error: permalink: this page would be written to \/same\/index\.html, which would overwrite \/same\/index\.html of .*pages\/a\.md/,
    ],
    [
      "a permalink only Eleventy can work out, onto an archive page",
      { "late.njk": "---\ntitle: Late\npermalink: \"/{{ 'sources' }}/\"\n---\nx\n" },
      /^pages\/late\.njk:3:1: error: (?:permalink|URL): this page would be written to \/sources\/index\.html, which (?:would overwrite the archive's own \/sources\/index\.html; choose another `permalink`|another file of the site is written to)/,
    ],
    [
      "a filter the configuration does not have",
      { "unknown.njk": "---\ntitle: Unknown filter\n---\n<p>{{ 'x' | nosuchfilter }}</p>\n" },
      /^pages\/unknown\.njk: error: template: filter not found: nosuchfilter$/,
    ],
    [
      "a template syntax error, at its line in the file",
      { "broken.njk": "---\ntitle: Broken\n---\n<p>Fine</p>\n{% if %}\n" },
      /^pages\/broken\.njk:5:7: error: template: unexpected token: %}$/,
    ],
  ] as const)("%s stops the build with file and line, writing nothing", async (_what, pages, expected) => {
    const problems = await failure(projectWith(pages));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it("an output folder set in the configuration stops the build before anything is written there", async () => {
    const project = projectWith({}, "", `, output: ${JSON.stringify("elsewhere")}`);
    const problems = await failure(project);
    expect(problems[0]).toMatch(/eleventy\.config\.ts: error: output folder: expected the configuration to leave Eleventy's output folder to the build/);
    expect(existsSync(path.join(process.cwd(), "elsewhere"))).toBe(false);
  });

  it("a pages folder outside the project stops the build: Eleventy would give its pages no layout", async () => {
    const project = projectWith({});
    const configFile = path.join(project.root, "eleventy.config.ts");
    writeFileSync(configFile, readFileSync(configFile, "utf8").replace(/input: "[^"]*"/, 'input: "/tmp"'));
    const problems = await failure(project);
    expect(problems[0]).toMatch(/eleventy\.config\.ts: error: dir\.input: expected a folder inside the project \(the folder you run the build in\), got `\/tmp`/);
  });

  it("a page Eleventy ignores stops the build, as the navigation would link to nothing", async () => {
    const project = projectWith({ "hidden.md": "---\ntitle: Hidden\nnav: { order: 60 }\n---\nText\n" }, 'eleventyConfig.ignores.add("**/hidden.md");');
    const problems = await failure(project);
    expect(problems).toEqual([
      "pages/hidden.md:1:1: error: Eleventy did not render this page, though it is in the pages folder: it is ignored (by .gitignore, .eleventyignore or an `ignores` entry in the Eleventy configuration); remove it from the ignores, or move the file out of the pages folder",
    ]);
  });

  it("an error thrown by the configuration names the configuration file", async () => {
    const problems = await failure(projectWith({}, 'throw new Error("no such plugin");'));
    expect(problems[0]).toMatch(/eleventy\.config\.ts: error: Eleventy configuration: no such plugin/);
  });
});
