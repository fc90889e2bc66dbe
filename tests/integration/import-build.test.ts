// Integration, end to end: each importer's fixture set is imported into an
// archive, the archive is built, and every imported article has its page,
// every link between pages resolves, the images brought along are published
// and resized, every old address redirects to its article, and `check` finds
// no error — only the `review` notes the import left.

import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { runCheck } from "../../src/check/run-check";
import { loadSiteConfig } from "../../src/config/site-config";
import type { ImportReport } from "../../src/import/import-report";
import { runImport, type ImportKind, type ImportOptions } from "../../src/import/run-import";
import type { WriteOutcome } from "../../src/import/write-articles";
import { fileForUrl, internalReferences, listFiles, NO_PAGES_ELEVENTY_CONFIG } from "../support/built-site";
import { runBuild, type BuildResult } from "../../src/pipeline/run-build";
import { ROOT } from "../support/run-cli";
import { tempProjectDir } from "../support/temp-project";

const FIXTURES = path.join(ROOT, "tests/fixtures/import");
const CONFIG = path.join(FIXTURES, "import.config.json");
const IMPORTS: readonly { readonly kind: ImportKind; readonly inputs: readonly string[]; readonly options: Partial<ImportOptions> }[] = [
  { kind: "wire", inputs: [path.join(FIXTURES, "wire")], options: { wire: { boilerplate: ["Sponsored Content"] } } },
  { kind: "wordpress", inputs: [path.join(FIXTURES, "wordpress/harbour-gazette.xml")], options: { wordpress: { uploads: path.join(FIXTURES, "wordpress/uploads") } } },
  { kind: "jekyll", inputs: [path.join(FIXTURES, "jekyll")], options: {} },
  { kind: "hugo", inputs: [path.join(FIXTURES, "hugo/content")], options: {} },
];

let root: string;
let content: string;
let output: string;
let build: BuildResult;
const reports = new Map<ImportKind, ImportReport>();

beforeAll(async () => {
  root = tempProjectDir("import-build");
  content = path.join(root, "content");
  output = path.join(root, "site");
  cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
  const site = loadSiteConfig(CONFIG, {});
  for (const { kind, inputs, options } of IMPORTS) {
    reports.set(kind, await runImport({ kind, inputs, contentDir: content, site, displayBase: ROOT, ...options }));
  }
  build = await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {}, cacheDir: path.join(root, "cache"), eleventyConfig: NO_PAGES_ELEVENTY_CONFIG });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const written = (kind: ImportKind) =>
  (reports.get(kind)?.outcomes ?? []).filter((outcome): outcome is Extract<WriteOutcome, { kind: "written" }> => outcome.kind === "written");
const pageFile = (url: string) => path.join(output, fileForUrl(url)!);

describe.each(IMPORTS.map(({ kind }) => kind))("import --from %s, then build", (kind) => {
  it("has a page for every article it wrote, and every link on those pages resolves", () => {
    const articles = written(kind);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    const files = new Set(listFiles(output));
    const broken: string[] = [];
    for (const { url } of articles) {
      expect(existsSync(pageFile(url)), url).toBe(true);
      for (const ref of internalReferences(readPage(url))) if (!files.has(fileForUrl(ref) ?? "")) broken.push(`${url} → ${ref}`);
    }
    expect(broken).toEqual([]);
  });
});

describe("the imported archive", () => {
  it("links imported posts to each other at their new URLs", () => {
    const links = [
      ["/2023/05/14/new-cranes-arrive/", "/2022/06/04/ferry-timetable/"],
      ["/2022/06/04/ferry-timetable/", "/2023/05/14/new-cranes-arrive/"],
      ["/2021/04/02/tide-tables/", "/2021/05/10/lighthouse-open-day/"],
      ["/2021/05/10/lighthouse-open-day/", "/2021/04/02/tide-tables/"],
      ["/2024/01/18/storm-breakwater/", "/2023/04/03/spring-works/"],
      ["/2023/04/03/spring-works/", "/2024/01/18/storm-breakwater/"],
    ];
    for (const [from, to] of links) expect(internalReferences(articleBody(from!)), `${from} → ${to}`).toContain(to);
  });

  it("shows the images each importer brought along, resized beside their articles", () => {
    const images = [
      ["/2023/05/14/new-cranes-arrive/", "crane.jpg"],
      ["/2021/04/02/tide-tables/", "tide-chart.png"],
      ["/2024/01/18/storm-breakwater/", "parapet.jpg"],
    ] as const;
    for (const [url, name] of images) {
      const img = parse(articleBody(url)).querySelector(`picture img[src$="/${name}"]`);
      expect(img, `${url} ${name}`).not.toBeNull();
      expect(Number(img!.getAttribute("width")), name).toBeGreaterThan(0);
      expect(existsSync(path.join(output, fileForUrl(img!.getAttribute("src")!)!)), name).toBe(true);
      const webp = parse(articleBody(url)).querySelector(`picture:has(img[src$="/${name}"]) source[type="image/webp"]`)?.getAttribute("srcset") ?? "";
      expect(webp, name).toMatch(/\.webp \d+w/);
      for (const candidate of webp.split(",")) expect(existsSync(path.join(output, fileForUrl(candidate.trim().split(" ")[0]!)!)), candidate).toBe(true);
    }
  });

  it("redirects every old address the importers found to its article, by page and in /_redirects", () => {
    const redirects = readFileSync(path.join(output, "_redirects"), "utf8").split("\n");
    const withAliases = [...reports.keys()].flatMap((kind) => written(kind)).filter((written) => written.article.fields.aliases.length > 0);
    expect(withAliases.length).toBeGreaterThanOrEqual(4);
    let pages = 0;
    for (const article of withAliases) {
      for (const alias of article.article.fields.aliases) {
        const from = alias.replace(/^https?:\/\/[^/]+/, "");
        const rule = redirects.find((line) => line.split(/\s+/)[0] === encodeURI(from.split("?")[0]!) && line.includes(encodeURI(article.url)) && (!from.includes("?") || line.includes(from.split("?")[1]!)));
        expect(rule, `${from} → ${article.url}`).toBeDefined();
        const page = fileForUrl(from);
        if (page !== undefined && !from.includes("?") && existsSync(path.join(output, page))) {
          expect(readFileSync(path.join(output, page), "utf8"), from).toContain(`rel="canonical" href="https://`);
          pages++;
        }
      }
    }
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it("passes `npm run check`: no errors; warnings only for reviews", async () => {
    const site = loadSiteConfig(CONFIG, {});
    const report = await runCheck({ contentDir: content, site, now: DateTime.now().setZone(site.timezone), displayBase: ROOT });
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.diagnostics.filter((d) => !d.message.startsWith("review: "))).toEqual([]);
    expect(build.warnings.filter((d) => !d.message.startsWith("review: "))).toEqual([]);
  });
});

function readPage(url: string): string {
  return readFileSync(pageFile(url), "utf8");
}

/** The article's own text, without the navigation and related articles every page has. */
function articleBody(url: string): string {
  return parse(readPage(url)).querySelector(".article-body")?.innerHTML ?? "";
}
