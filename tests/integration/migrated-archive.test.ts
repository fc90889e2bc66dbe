// Integration: an archive moved in from other publishing systems
// (tests/fixtures/migrated: WordPress HTML, an RSS import, Markdown with
// tables of contents and code). `check` and `build` report the same warnings
// at the same file lines — lenient dates, removed HTML, renamed heading ids —
// a rebuild from the render cache reports them again, and the pages carry
// heading ids and highlighted code.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics";
import { runBuild } from "../../src/pipeline/run-build";
import { buildFixtureSite, FIXTURES, type BuiltSite } from "../support/built-site";
import { runCli } from "../support/run-cli";

const CONTENT = path.join(FIXTURES, "migrated");
const CONFIG = path.join(FIXTURES, "migrated.config.json");
const DREDGING = "tests/fixtures/migrated/2019/harbour-dredging.md";
const FERRY = "tests/fixtures/migrated/2020/ferry-timetable.md";
const COUNCIL = "tests/fixtures/migrated/2021/council-feed.md";

/** Every warning the fixture must give: its file, its position, and words its message must hold. */
const EXPECTED: readonly (readonly [string, string, string])[] = [
  [DREDGING, "3:1", "date: read `2019/03/14` as 2019-03-14; write it as `2019-03-14`"],
  [DREDGING, "9", "removed the `class` attribute of `<p>`"],
  [DREDGING, "9", "removed the `style` attribute of `<p>`: inline styles cannot be kept"],
  [DREDGING, "13", "removed the `class` attribute of `<div>`"],
  [DREDGING, "13", "removed the `onclick` attribute of `<div>`: event handlers are scripts"],
  [DREDGING, "14", "removed an `<iframe>` from `www.youtube.com`: add `www.youtube.com` to `allowedIframeHosts` in site.config.json"],
  [DREDGING, "22", "removed the `class` attribute of `<blockquote>`"],
  [DREDGING, "23", "removed a `<script>` element with its content: scripts cannot be kept in an article"],
  [FERRY, "3:1", "date: read `2020-6-1` as 2020-06-01; write it as `2020-06-01`"],
  [FERRY, "46", "heading id `main` is already used by the page layout; this heading's id is `main-3`"],
  [COUNCIL, "3:1", "date: read `Tue, 02 Mar 2021 18:30:00 +0100` as 2021-03-02T18:30+01:00; write it as `2021-03-02T18:30+01:00`"],
  [COUNCIL, "8", "removed the `<font>` tag, keeping its content: `<font>` is not among the HTML elements an article may hold (see docs/safety.md); use Markdown or an allowed element instead (5 times in this file, on lines 8, 9, 10)"],
  [COUNCIL, "12", "heading id `main` is already used by the page layout; this heading's id is `main-2`"],
  [COUNCIL, "14", "`javascript:openPopup()` was not made a link or image"],
  [COUNCIL, "16", "`data:image/png;base64,iVBORw0KGgo=` was not made a link or image"],
  [COUNCIL, "18", "`javascript:void(0)` was not made a link or image"],
];

/** The lines of `output` that hold the expected warnings, in the order of EXPECTED; fails on a missing one. */
function warningLines(output: string): string[] {
  const lines = output.split("\n").filter((line) => line.includes(": warning: "));
  expect(lines).toHaveLength(EXPECTED.length);
  return EXPECTED.map(([file, at, words]) => {
    const found = lines.find((line) => line.startsWith(`${file}:${at}: warning: `) && line.includes(words));
    expect(found, `no warning ${file}:${at} with "${words}" in:\n${lines.join("\n")}`).toBeDefined();
    return found!;
  });
}

describe("npm run check on a moved-in archive", () => {
  it("reports every removal, renamed id and lenient date at its file line, and passes", () => {
    const run = runCli("check.ts", ["--content", CONTENT, "--config", CONFIG]);
    expect(run.status).toBe(0);
    warningLines(run.stdout);
    expect(run.stdout).toContain("Checked 4 articles: 0 errors, 16 warnings.");
  });

  it("fails with --strict", () => {
    const run = runCli("check.ts", ["--content", CONTENT, "--config", CONFIG, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${COUNCIL}:14: error: \`javascript:openPopup()\` was not made a link or image`);
  });

  it("stops at a date written day first or month first, saying how to write it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "archive-migrated-"));
    try {
      cpSync(CONTENT, dir, { recursive: true });
      writeFileSync(path.join(dir, "ambiguous.md"), "---\ntitle: Market day moves\ndate: 08/06/2023\nsource: Island Herald\n---\n\nText.\n");
      const run = runCli("check.ts", ["--content", dir, "--config", CONFIG]);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(
        /ambiguous\.md:3:1: error: date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got `08\/06\/2023`, with the year last; it could be day first or month first: write `2023-06-08` \(day 8 of month 6\) or `2023-08-06` \(month 8, day 6\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run build on a moved-in archive", () => {
  it("prints the same warnings as check", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "archive-migrated-"));
    try {
      const check = runCli("check.ts", ["--content", CONTENT, "--config", CONFIG]);
      const build = runCli("build.ts", ["--content", CONTENT, "--output", path.join(dir, "site"), "--config", CONFIG]);
      expect(build.status).toBe(0);
      expect(warningLines(build.stderr)).toEqual(warningLines(check.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the built pages of a moved-in archive", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildFixtureSite({ contentDir: CONTENT, configFile: CONFIG });
  });
  afterAll(() => site.cleanup());

  // node-html-parser reads a <pre> as raw text unless told otherwise.
  const page = (url: string) => parse(site.read(`${url}index.html`), { blockTextElements: { script: true, style: true } });

  it("gives every heading of a body a unique id that the body's own links reach, none taken from the layout", () => {
    const ferry = page("2020/06/01/ferry-timetable/");
    const body = ferry.querySelector(".article-body") ?? ferry;
    expect(body.querySelectorAll("h2, h3").map((h) => [h.tagName.toLowerCase(), h.id, h.textContent])).toEqual([
      ["h2", "fares", "Fares"],
      ["h2", "departures-2020", "Departures"],
      ["h2", "fares-2", "Fares"],
      ["h2", "main-2", "Main"],
      ["h2", "reading-the-data", "Reading the data"],
      ["h3", "main-3", "Notes"],
    ]);
    const ids = ferry.querySelectorAll("[id]").map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of body.querySelectorAll('a[href^="#"]')) expect(ids).toContain(link.getAttribute("href")!.slice(1));
    expect(page("2021/03/02/council-feed/").querySelector("#main-2")?.textContent).toBe("Reactions");
    expect(page("2019/03/14/harbour-dredging/").querySelector("#timeline")?.tagName).toBe("H2");
  });

  it("highlights fenced code with a language and shows other code plain", () => {
    const blocks = page("2020/06/01/ferry-timetable/").querySelectorAll("pre code");
    expect(blocks.map((code) => code.getAttribute("class"))).toEqual(["language-python", "language-json", undefined]);
    expect(blocks[0]!.querySelector(".hljs-keyword")?.textContent).toBe("import");
    expect(blocks[0]!.querySelector(".hljs-string")?.textContent).toBe('"""Departure times of the first crossing."""');
    expect(blocks[1]!.querySelector(".hljs-attr")?.textContent).toBe('"departures"');
    expect(blocks[2]!.querySelectorAll("span")).toHaveLength(0);
    expect(blocks[2]!.textContent).toBe("plain text without a language\n");
  });

  it("keeps embeds from listed hosts only, and no script", () => {
    const html = site.read("2019/03/14/harbour-dredging/index.html");
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dr3dg1ng"');
    expect(html).not.toContain("https://www.youtube.com/");
    expect(html).not.toContain("platform.twitter.example");
    expect(html).not.toContain("trackClick");
  });

  it("dates articles read from lenient forms in the site timezone", () => {
    expect(site.files).toContain("2019/03/14/harbour-dredging/index.html");
    expect(site.files).toContain("2020/06/01/ferry-timetable/index.html");
    expect(page("2021/03/02/council-feed/").querySelector("time")?.getAttribute("datetime")).toBe("2021-03-02T18:30:00+01:00");
  });

  it("reports the warnings again on a rebuild whose bodies all come from the render cache", async () => {
    const first = site.warnings.map(formatDiagnostic);
    const again = await runBuild({ contentDir: CONTENT, configFile: CONFIG, env: {}, cacheDir: path.join(site.dir, "../cache"), outputDir: site.dir, eleventyConfig: path.join(FIXTURES, "eleventy/no-pages.eleventy.ts") });
    expect(again.renderStats).toMatchObject({ cached: 4, rendered: 0 });
    expect(again.warnings.map(formatDiagnostic)).toEqual(first);
    expect(first).toHaveLength(EXPECTED.length);
  });
});
