// Integration: a site replaces layout components from a folder of its own
// (tests/fixtures/theme: footer, listing entry, head extra, a few labels) and
// every page shows them — the archive's pages, the site's own pages, and the
// site's pages written on Eleventy's thread; a rebuild notices a changed
// override; an unknown file is a warning with a suggestion, an override that
// throws, exports no component or does not parse an error naming its file (and
// the line of a syntax error); a site's own label table for a language without
// labels names each label it leaves to English.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutputPlan } from "../../src/build/reuse/output-plan";
import { startPageWriter } from "../../src/build/write/page-writer";
import { writePages } from "../../src/build/write/write-pages";
import { runCheck } from "../../src/check/run-check";
import { loadSiteConfig } from "../../src/config/site-config";
import { ContentError } from "../../src/diagnostics";
import { analyzeArchive } from "../../src/pipeline/prepare-archive";
import { runBuild } from "../../src/pipeline/run-build";
import { buildFixtureSite, FIXTURES, NO_PAGES_ELEVENTY_CONFIG, type BuiltSite } from "../support/built-site";
import { runCli } from "../support/run-cli";
import { tempProjectDir } from "../support/temp-project";

const THEME_CONFIG = path.join(FIXTURES, "theme/theme.config.json");
const PAGES_CONFIG = path.join(FIXTURES, "eleventy/site/site.eleventy.ts");
const ARCHIVE = path.join(FIXTURES, "archive");

const JSX_PRAGMA = "/** @jsxRuntime automatic @jsxImportSource preact */";

const footerOf = (html: string) => parse(html).querySelector(".site-footer");

let themed: BuiltSite;
beforeAll(async () => {
  themed = await buildFixtureSite({ configFile: THEME_CONFIG, eleventyConfig: PAGES_CONFIG });
});
afterAll(() => themed?.cleanup());

describe("a site with layout overrides", () => {
  const pages = ["index.html", "topics/index.html", "2023/08/06/factory-tour/index.html", "2023/index.html", "404.html", "search/index.html", "about/index.html"];

  it("shows its own footer on every page, the archive's and its own, with the helper it imports", () => {
    for (const file of pages) {
      const footer = footerOf(themed.read(file))!;
      expect(footer.querySelector(".harbour-masthead")?.text, file).toBe("The Harbour Desk");
      expect(footer.querySelector(".harbour-footer a")?.getAttribute("href"), file).toBe("/archive/");
    }
  });

  it("adds its head extra at the end of every head, with what an article page knows", () => {
    for (const file of pages) {
      const html = themed.read(file);
      const extra = html.indexOf('<meta name="theme-color" content="#14508c"/>');
      expect(extra, file).toBeGreaterThan(html.lastIndexOf('rel="icon"'));
      expect(html.indexOf("</head>") - extra, file).toBeLessThan(120);
    }
    const article = parse(themed.read("2023/08/06/factory-tour/index.html"));
    expect(article.querySelector('head > meta[name="harbour:source"]')?.getAttribute("content")).toBe("AP");
    expect(parse(themed.read("index.html")).querySelector('meta[name="harbour:source"]')).toBeNull();
  });

  it("lists articles with its own entry", () => {
    const home = parse(themed.read("index.html"));
    expect(home.querySelectorAll(".article-list > li > .harbour-summary")).toHaveLength(2);
    expect(home.querySelector(".summary")).toBeNull();
    expect(home.querySelectorAll(".harbour-summary__source").map((source) => source.text)).toEqual(["Yonhap", "Reuters"]);
  });

  it("uses its own words where its label table has them, and the language's elsewhere", () => {
    const home = parse(themed.read("index.html"));
    expect(home.querySelectorAll(".site-nav a").map((link) => link.text)).toContain("Front page");
    expect(home.querySelectorAll(".site-nav a").map((link) => link.text)).toContain("Topics");
    expect(parse(themed.read("2023/08/06/factory-tour/index.html")).querySelector("#related-heading")?.text).toBe("More on this story");
    expect(parse(themed.read("archive/index.html")).querySelectorAll(".archive-year h2 .count").map((count) => count.text)).toEqual([
      "2 stories",
      "4 stories",
      "one story",
    ]);
  });

  it("gives no warning for its files, the helper starting with `_` included", () => {
    expect(themed.warnings).toEqual([]);
  });

  it("shows the overrides on the site's own pages when Eleventy writes them on a thread of its own", async () => {
    const site = loadSiteConfig(THEME_CONFIG, {});
    const { model } = await analyzeArchive({ contentDir: ARCHIVE, site });
    const out = mkdtempSync(path.join(tmpdir(), "theme-thread-"));
    try {
      const plan: OutputPlan = { outputDir: "", code: "", fingerprints: new Map(), reused: new Set(), rendered: new Map(), groups: new Map() };
      await writePages({ model, configFile: PAGES_CONFIG, stagingDir: out, previousDir: path.join(out, "none"), plan, writer: startPageWriter(model, "thread") });
      const about = readFileSync(path.join(out, "about/index.html"), "utf8");
      expect(footerOf(about)?.querySelector(".harbour-masthead")?.text).toBe("The Harbour Desk");
      expect(parse(about).querySelector('meta[name="theme-color"]')).not.toBeNull();
      expect(parse(about).querySelectorAll(".site-nav a").map((link) => link.text)).toContain("Front page");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("a layouts folder with problems", () => {
  let project: string;
  let scratch: string;
  /** Writes a project file; a .tsx file says it is JSX for Preact, as a folder outside tsconfig.json's `include` must. */
  const write = (name: string, text: string, seconds = 0) => {
    const file = path.join(project, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, name.endsWith(".tsx") ? `${JSX_PRAGMA}\n${text}` : text);
    if (seconds !== 0) utimesSync(file, new Date(), new Date(Date.now() + seconds * 1000));
  };
  const config = (settings: Record<string, unknown> = {}) => {
    const file = path.join(project, "site.config.json");
    writeFileSync(file, JSON.stringify({ title: "Desk", timezone: "America/New_York", layouts: "theme", ...settings }));
    return file;
  };
  const shown = (name: string) => path.relative(process.cwd(), path.join(project, name));
  const build = (configFile: string, output = path.join(scratch, "site")) =>
    runBuild({ contentDir: ARCHIVE, configFile, outputDir: output, cacheDir: path.join(scratch, "cache"), env: {}, eleventyConfig: NO_PAGES_ELEVENTY_CONFIG });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable("the build succeeded"),
      (error: unknown) => {
        expect(error).toBeInstanceOf(ContentError);
        return (error as ContentError).diagnostics;
      },
    );

  beforeAll(() => {
    project = tempProjectDir("theme-problems");
    scratch = mkdtempSync(path.join(tmpdir(), "theme-problems-"));
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it("warns of a file that replaces nothing, suggesting the name it may have meant, in check and build", async () => {
    rmSync(path.join(project, "theme"), { recursive: true, force: true });
    write("theme/SiteFootr.tsx", "export default function SiteFootr() { return null; }\n");
    const message =
      "layout override: expected a file named after a replaceable component (SiteHeader, SiteFooter, ArticleSummary, HeadExtra, labels), got `SiteFootr`; did you mean `SiteFooter`? " +
      "The file is not used; modules your overrides import belong in a sub-folder or in a file whose name starts with `_`";
    const built = await build(config());
    expect(built.warnings).toEqual([{ severity: "warning", file: shown("theme/SiteFootr.tsx"), message }]);
    const report = await runCheck({ contentDir: ARCHIVE, site: loadSiteConfig(config(), {}), now: DateTime.fromISO("2030-01-01T00:00:00Z") });
    expect(report.diagnostics).toContainEqual({ severity: "warning", file: shown("theme/SiteFootr.tsx"), message });
  });

  it("stops the build at an override that throws while rendering, naming its file, and keeps the previous output", async () => {
    rmSync(path.join(project, "theme"), { recursive: true, force: true });
    write("theme/README.md", "Notes on the theme; not a module, so not an override.\n");
    const output = path.join(scratch, "kept");
    await build(config(), output);
    const before = readFileSync(path.join(output, "index.html"));
    write(
      "theme/SiteFooter.tsx",
      'function Broken(): null {\n  throw new Error("the masthead is missing");\n}\nexport default function SiteFooter() {\n  return <div><Broken /></div>;\n}\n',
    );
    const diagnostics = await failure(build(config(), output));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", file: shown("theme/SiteFooter.tsx") });
    expect(diagnostics[0]!.message).toMatch(/^layout override SiteFooter: failed while rendering \/[^ ]+: the masthead is missing$/);
    expect(readFileSync(path.join(output, "index.html"))).toEqual(before);
  });

  it("refuses an override that exports no component, or cannot be loaded", async () => {
    rmSync(path.join(project, "theme"), { recursive: true, force: true });
    write("theme/SiteHeader.tsx", 'export const title = "Desk";\n');
    write("theme/HeadExtra.tsx", "export default function HeadExtra( {\n");
    // Vitest loads modules through Vite, whose syntax errors read otherwise than tsx's: the command shows the real message.
    const diagnostics = await failure(build(config()));
    expect(diagnostics.map((d) => [d.file, d.message.replace(/(could not be loaded: ).*/, "$1…")])).toEqual([
      [shown("theme/HeadExtra.tsx"), "layout override: could not be loaded: …"],
      [shown("theme/SiteHeader.tsx"), "layout override: expected a component (a function of its props) as the default export or as `SiteHeader`, got no such export"],
    ]);
    const checked = runCli("check.ts", ["--content", ARCHIVE, "--config", config()]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(`${shown("theme/HeadExtra.tsx")}:3:1: error: layout override: could not be loaded: Expected identifier but found end of file\n`);
  });

  it("renders every page again when an override changes, with the new override", async () => {
    rmSync(path.join(project, "theme"), { recursive: true, force: true });
    const footer = (words: string) => `export default function SiteFooter() {\n  return <p class="words">${words}</p>;\n}\n`;
    write("theme/SiteFooter.tsx", footer("First edition"));
    const output = path.join(scratch, "rebuilt");
    await build(config(), output);
    expect(footerOf(readFileSync(path.join(output, "topics/index.html"), "utf8"))?.text).toBe("First edition");
    expect((await build(config(), output)).unchanged).toBe(true);
    write("theme/SiteFooter.tsx", footer("Second edition"), 5);
    const rebuilt = await build(config(), output);
    expect(rebuilt.unchanged).toBe(false);
    expect(rebuilt.pagesReused).toBe(0);
    for (const file of ["index.html", "topics/index.html", "2023/08/06/factory-tour/index.html"]) {
      expect(footerOf(readFileSync(path.join(output, file), "utf8"))?.text, file).toBe("Second edition");
    }
  });

  it("names every label a table for a language without labels leaves to English, and shows English there", async () => {
    rmSync(path.join(project, "theme"), { recursive: true, force: true });
    write("theme/labels.ts", 'export default { latest: "À la une", topics: "Sujets", tpoics: "Sujets" };\n');
    const output = path.join(scratch, "french");
    const built = await build(config({ language: "fr" }), output);
    const file = shown("theme/labels.ts");
    expect(built.warnings).toContainEqual({ severity: "warning", file, message: 'label `sources`: missing for "fr"; the English label is shown instead (add `sources` to this table)' });
    expect(built.warnings).toContainEqual({ severity: "warning", file, message: "label `tpoics`: not a label of the interface; did you mean `topics`? It is not used" });
    expect(built.warnings.filter((warning) => warning.file === file && warning.message.includes("missing for"))).toHaveLength(
      Object.keys((await import("../../src/i18n/en")).en).length - 2,
    );
    expect(built.warnings.some((warning) => warning.message.startsWith("language:"))).toBe(true);
    const nav = parse(readFileSync(path.join(output, "index.html"), "utf8")).querySelectorAll(".site-nav a").map((link) => link.text);
    expect(nav).toEqual(["À la une", "Sujets", "Sources", "Archive"]);
  });

  it("refuses a label of the wrong kind, and names the table when a label function fails", async () => {
    rmSync(path.join(project, "theme"), { recursive: true, force: true });
    write("theme/labels.ts", 'export default { latest: 42, articleCount: "many" };\n');
    expect((await failure(build(config()))).map((d) => d.message)).toEqual([
      'label `latest`: expected text, such as "Latest", got a value of type number',
      "label `articleCount`: expected a function of 2 values giving text, as in the English table, got text",
    ]);
    write("theme/labels.ts", "export default { articleCount: (n: number) => (n > 3 ? undefined : `${n}`) };\n", 5);
    const [failed] = await failure(build(config()));
    expect(failed).toMatchObject({ severity: "error", file: shown("theme/labels.ts") });
    expect(failed!.message).toMatch(/^label `articleCount`: failed while rendering \/[^ ]+: expected text, got nothing$/);
  });
});

describe("the README's example", () => {
  it("is the fixture's footer override, paths aside", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    const fixture = readFileSync(path.join(FIXTURES, "theme/theme/SiteFooter.tsx"), "utf8");
    const code = fixture.replace(/^\/\/.*\n/gm, "").trim().replaceAll("../../../../src/", "../src/");
    expect(readme).toContain(code);
  });
});
