// Integration: `npm run import` as a user runs it — usage errors exit 2, an
// import writes articles that `npm run check` accepts, prints what it wrote,
// skipped and left for review, and a second run overwrites nothing.

import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/run-cli";
import { tempProjectDir } from "../support/temp-project";

const FIXTURES = path.join(ROOT, "tests/fixtures/import");
const CONFIG = path.join(FIXTURES, "import.config.json");
const WIRE = "tests/fixtures/import/wire";
const WORDPRESS = "tests/fixtures/import/wordpress/harbour-gazette.xml";

let root: string;
let content: string;
beforeAll(() => {
  root = tempProjectDir("import-cli");
  content = path.join(root, "content");
  cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const shown = (file: string) => path.relative(ROOT, path.join(content, file));
const importCli = (...args: string[]) => runCli("import.ts", [...args, "--content", content, "--config", CONFIG]);

describe("npm run import: usage", () => {
  it.each([
    [[WIRE], "--from is required"],
    [["--from", "word", WIRE], '--from: expected one of wire, wordpress, jekyll, hugo, got "word"'],
    [["--from", "wire"], "no INPUT"],
    [["--from", "wire", WIRE, "--title", "One headline"], "--title: only for a single story"],
    [["--from", "wire", `${WIRE}/no-year.txt`, "--date", "2024-02-30"], '--date: expected a real date as YYYY-MM-DD, got "2024-02-30"'],
    [["--from", "wire", WIRE, "--uploads", "uploads"], "--uploads: only for --from wordpress, not wire"],
    [["--from", "wordpress", WORDPRESS, "--title", "T"], "--title: only for --from wire, not wordpress"],
    [["--from", "wire", WIRE, "--drafts"], "--drafts: only for --from wordpress or jekyll or hugo, not wire"],
    [["--from", "wire", WIRE, "--colour"], "Unknown option '--colour'"],
  ])("%j exits 2 with the usage", (args, message) => {
    const run = importCli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: npm run import");
  });
});

describe("npm run import --from wire", () => {
  it("decides everything on a dry run and writes nothing", () => {
    const run = importCli("--from", "wire", WIRE, "--dry-run", "--boilerplate", "tests/fixtures/import/boilerplate-extra.txt");
    expect(run.stdout).toContain(`${WIRE}/seoul-dateline.txt: would write ${shown("2024/south-korea-and-japan-agreed-on-tuesday-to-resume-regular-talks-between-their.md")}`);
    expect(run.stdout.trim().split("\n").at(-1)).toBe(
      "Imported 5 items: 3 to write, 2 skipped; 3 articles need review (their `review` key; `npm run check` lists them). Dry run: nothing was written.",
    );
    expect(readdirSync(content).sort()).toEqual(["2023"]);
  });

  it("writes each story it can, reports the rest, and exits 1 for the stories it skipped", () => {
    const run = importCli("--from", "wire", WIRE, "--boilerplate", "tests/fixtures/import/boilerplate-extra.txt");
    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toContain(`${WIRE}/harbour-strike.txt: wrote ${shown("2024/dock-workers-at-the-port-of-varna-walked-off-the-job-on-tuesday.md")} (/2024/03/12/dock-workers-at-the-port-of-varna-walked-off-the-job-on-tuesday/)`);
    expect(lines).toContain(`${WIRE}/harbour-strike.txt:1:18: note: removed boilerplate \`Follow us on\``);
    expect(lines).toContain(`${WIRE}/rice-harvest.txt: wrote ${shown("2023/rice-farmers-in-the-mekong-delta-began-the-main-harvest-a-week-early-this-year/index.md")} with 1 file beside it (/2023/10/02/rice-farmers-in-the-mekong-delta-began-the-main-harvest-a-week-early-this-year/)`);
    expect(lines).toContain(`${WIRE}/no-year.txt:1:1: skipped: date: the dateline gives 1/9 without a year and there is no date stamp; pass --date YYYY-MM-DD`);
    expect(lines.at(-1)).toBe("Imported 5 items: 3 written, 2 skipped; 3 articles need review (their `review` key; `npm run check` lists them).");
    expect(existsSync(path.join(content, "2023/rice-farmers-in-the-mekong-delta-began-the-main-harvest-a-week-early-this-year/rice-harvest.jpg"))).toBe(true);
  });

  it("writes articles `npm run check` accepts, each reported for review at its `review` key", () => {
    const run = runCli("check.ts", ["--content", content, "--config", CONFIG]);
    expect(run.status, run.stdout).toBe(0);
    const warnings = run.stdout.trim().split("\n").slice(0, -1);
    expect(warnings, run.stdout + run.stderr).toHaveLength(3);
    for (const warning of warnings) expect(warning).toMatch(/^.+\.md:\d+:1: warning: review: needs a person's eye \(\d points\): .*headline derived from the lead \(write the real one\)/);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("Checked 6 articles: 0 errors, 3 warnings.");
  });

  it("overwrites nothing on a second run: each story is already in the archive", () => {
    const run = importCli("--from", "wire", `${WIRE}/harbour-strike.txt`, `${WIRE}/seoul-dateline.txt`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      `${WIRE}/harbour-strike.txt: already in the archive: /2024/03/12/dock-workers-at-the-port-of-varna-walked-off-the-job-on-tuesday/ is ${shown("2024/dock-workers-at-the-port-of-varna-walked-off-the-job-on-tuesday.md")} (an import never overwrites an article)`,
      `${WIRE}/seoul-dateline.txt: already in the archive: /2024/03/05/south-korea-and-japan-agreed-on-tuesday-to-resume-regular-talks-between-their/ is ${shown("2024/south-korea-and-japan-agreed-on-tuesday-to-resume-regular-talks-between-their.md")} (an import never overwrites an article)`,
      "Imported 2 items: 0 written, 2 already in the archive, 0 skipped.",
    ]);
  });

  it("takes the headline and date a person gives, and then has nothing left to review but tags", () => {
    const run = importCli("--from", "wire", `${WIRE}/no-year.txt`, "--title", "Tokyo's oldest bath house closes", "--date", "2024-01-09");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      `${WIRE}/no-year.txt: wrote ${shown("2024/tokyo-s-oldest-bath-house-closes.md")} (/2024/01/09/tokyo-s-oldest-bath-house-closes/)`,
      "Imported 1 item: 1 written, 0 skipped.",
    ]);
  });
});

describe("npm run import --from wordpress", () => {
  it("writes the published posts as articles and bundles, and reports every item left out", () => {
    const run = importCli("--from", "wordpress", WORDPRESS, "--uploads", "tests/fixtures/import/wordpress/uploads");
    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toContain(`${WORDPRESS}:21: wrote ${shown("2023/new-cranes-arrive/index.md")} with 1 file beside it (/2023/05/14/new-cranes-arrive/)`);
    expect(lines).toContain(`${WORDPRESS}:120: wrote ${shown("2023/항구-축제.md")} (/2023/09/01/항구-축제/)`);
    expect(lines).toContain(`${WORDPRESS}:86: needs review: [gallery] cannot be converted (it lists no ids of attachments in this export), kept as written`);
    expect(lines).toContain(`${WORDPRESS}:102: skipped: a draft post, not published (pass --drafts to import it as a draft)`);
    expect(lines.at(-1)).toBe("Imported 6 items: 3 written, 3 skipped; 2 articles need review (their `review` key; `npm run check` lists them).");
  });

  it("writes articles `npm run check` accepts, warning only about the reviews", () => {
    const run = runCli("check.ts", ["--content", content, "--config", CONFIG]);
    expect(run.status, run.stdout).toBe(0);
    const imported = run.stdout.split("\n").filter((line) => /ferry-timetable|new-cranes-arrive|항구-축제/.test(line));
    expect(imported).toEqual([
      expect.stringMatching(/^.*2022\/ferry-timetable\/index\.md:11:1: warning: review: needs a person's eye \(2 points\): \[gallery\] cannot be converted/),
      expect.stringMatching(/^.*2023\/new-cranes-arrive\/index\.md:11:1: warning: review: needs a person's eye \(2 points\): \/about\/ is a page of the old site/),
    ]);
  });
});

describe("npm run import --from jekyll and --from hugo", () => {
  it("writes each site's posts, with bundles for the files they bring, and exits 1 for the drafts they skip", () => {
    const jekyllRun = importCli("--from", "jekyll", "tests/fixtures/import/jekyll");
    expect(jekyllRun.status, jekyllRun.stderr).toBe(1);
    expect(jekyllRun.stdout).toContain(`tests/fixtures/import/jekyll/_posts/2021-04-02-tide-tables.md: wrote ${shown("2021/tide-tables/index.md")} with 1 file beside it (/2021/04/02/tide-tables/)`);
    expect(jekyllRun.stdout).toContain("tests/fixtures/import/jekyll/_posts/2021-04-02-tide-tables.md:19: needs review: Liquid `{% include signup.html %}` cannot be converted, kept as written");
    expect(jekyllRun.stdout.trim().split("\n").at(-1)).toBe("Imported 5 items: 3 written, 2 skipped; 1 article needs review (their `review` key; `npm run check` lists them).");

    const hugoRun = importCli("--from", "hugo", "tests/fixtures/import/hugo/content", "--drafts");
    expect(hugoRun.status, hugoRun.stderr).toBe(0);
    expect(hugoRun.stdout).toContain(`tests/fixtures/import/hugo/content/posts/storm-damage/index.md: wrote ${shown("2024/storm-breakwater/index.md")} with 3 files beside it (/2024/01/18/storm-breakwater/)`);
    expect(hugoRun.stdout.trim().split("\n").at(-1)).toBe("Imported 3 items: 3 written, 0 skipped; 1 article needs review (their `review` key; `npm run check` lists them).");
  });

  it("leaves the content folder passing `npm run check`", () => {
    const run = runCli("check.ts", ["--content", content, "--config", CONFIG, "--drafts"]);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Checked \d+ articles: 0 errors, \d+ warnings\.\n$/);
  });
});

describe("npm run import: input that cannot be read", () => {
  it("skips a missing input with why, and a boilerplate file that cannot be read is an error", () => {
    const missing = importCli("--from", "wire", "tests/fixtures/import/nowhere");
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain("tests/fixtures/import/nowhere: skipped: cannot read the input: no such file or folder");
    const plate = importCli("--from", "wire", WIRE, "--boilerplate", "nowhere.txt");
    expect(plate.status).toBe(1);
    expect(plate.stderr).toContain("nowhere.txt: error: cannot read the boilerplate file: no such file or directory (ENOENT)");
  });
});
