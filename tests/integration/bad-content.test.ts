// Integration: what a build does with bad or awkward content — it validates
// first and writes nothing on any error, reports archive-wide problems by
// file, builds what is merely unusual, and keeps every output path safe.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../../src/pipeline/run-build";
import { runCheck } from "../../src/check/run-check";
import { loadSiteConfig } from "../../src/config/site-config";
import { ContentError } from "../../src/diagnostics";
import { FIXTURES, listFiles } from "../support/built-site";
import { ROOT, runCli } from "../support/run-cli";

const BAD = path.join(FIXTURES, "bad");
const ALONE = path.join(BAD, "_valid-alone");
const CONFIG = path.join(FIXTURES, "archive.config.json");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "archive-bad-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A content folder holding copies of the given fixture files (paths relative to tests/fixtures/bad). */
function contentWith(...fixtures: string[]): string {
  const dir = path.join(tempDir(), "content");
  mkdirSync(dir, { recursive: true });
  for (const fixture of fixtures) cpSync(path.join(BAD, fixture), path.join(dir, path.basename(fixture)));
  return dir;
}

async function buildFailure(contentDir: string, options: { strict?: boolean; includeDrafts?: boolean } = {}) {
  const output = path.join(path.dirname(contentDir), "site");
  const error = await runBuild({ contentDir, outputDir: output, configFile: CONFIG, env: {}, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  expect(existsSync(output)).toBe(false);
  expect(readdirSync(path.dirname(contentDir))).toEqual(["content"]);
  return (error as ContentError).diagnostics;
}

describe("a build of bad content", () => {
  it("prints every problem of the whole bad folder, exits 1 and writes nothing", () => {
    const parent = tempDir();
    const output = path.join(parent, "site");
    const run = runCli("build.ts", ["--content", BAD, "--output", output, "--config", CONFIG]);
    expect(run.status).toBe(1);
    const problemFiles = new Set(
      run.stderr
        .split("\n")
        .filter((line) => / error: /.test(line))
        .map((line) => line.split(":")[0]),
    );
    const expected = readdirSync(BAD)
      .filter((name) => name.endsWith(".md") && name !== "bom-crlf.md" && name !== "draft-with-bad-date.md")
      .map((name) => `tests/fixtures/bad/${name}`);
    expect([...problemFiles].sort()).toEqual(expected.sort());
    expect(run.stderr).toMatch(/^Build failed: \d+ errors\.$/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("names both files when two articles would have the same URL", async () => {
    const content = contentWith("_valid-alone/duplicate-url/ferry-fares.md", "_valid-alone/duplicate-url/ferry-fares-update.md");
    const diagnostics = await buildFailure(content);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain("two articles would be published at /2023/03/01/ferry-fares/");
    expect(diagnostics[0]!.message).toContain(path.relative(ROOT, path.join(content, "ferry-fares.md")));
    expect(diagnostics[0]!.message).toContain(path.relative(ROOT, path.join(content, "ferry-fares-update.md")));
  });

  it("with --strict fails on a warning, exits 1 and writes nothing", () => {
    const content = contentWith("_valid-alone/unknown-key-only.md");
    const output = path.join(path.dirname(content), "site");
    const relaxed = runCli("build.ts", ["--content", content, "--output", output, "--config", CONFIG]);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toMatch(/unknown-key-only\.md:5:1: warning: unknown key `sumary` is ignored; did you mean `summary`\?/);
    rmSync(output, { recursive: true });

    const strict = runCli("build.ts", ["--content", content, "--output", output, "--config", CONFIG, "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/unknown-key-only\.md:5:1: error: unknown key `sumary`/);
    expect(existsSync(output)).toBe(false);
  });

  it("leaves a broken draft out without --drafts, and fails on it with --drafts", async () => {
    const content = contentWith("draft-with-bad-date.md", "bom-crlf.md");
    const output = path.join(path.dirname(content), "site");
    const built = await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {} });
    expect(built.model.articles.map((a) => a.relativePath)).toEqual(["bom-crlf.md"]);
    expect(listFiles(output).filter((file) => file.includes("draft"))).toEqual([]);
    rmSync(output, { recursive: true });

    const diagnostics = await buildFailure(content, { includeDrafts: true });
    expect(diagnostics).toEqual([expect.objectContaining({ line: 5, column: 1, message: expect.stringContaining("`next summer`") })]);
  });
});

describe("a build of unusual but valid content", () => {
  it("publishes colliding topics at distinct, deterministic URLs and warns naming both spellings", async () => {
    const content = contentWith("_valid-alone/topic-collision/hockey-final.md", "_valid-alone/topic-collision/rink-reopens.md");
    const output = path.join(path.dirname(content), "site");
    const built = await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {} });
    expect(built.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/topic "Ice-hockey" and topic "Ice hockey"/)]);
    const topics = Object.fromEntries(built.model.topics.map((t) => [t.name, t.path]));
    expect(topics).toMatchObject({ "Ice hockey": "/topics/ice-hockey/", "Ice-hockey": "/topics/ice-hockey-2/" });
    expect(listFiles(output)).toEqual(expect.arrayContaining(["topics/ice-hockey/index.html", "topics/ice-hockey-2/index.html"]));
  });

  it("builds a future-dated article (the build does not flag it; check does)", async () => {
    const content = contentWith("_valid-alone/future-date.md");
    const output = path.join(path.dirname(content), "site");
    const built = await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {} });
    expect(built.warnings).toEqual([]);
    expect(listFiles(output)).toContain("2999/01/01/future-date/index.html");
  });
});

describe("path safety", () => {
  const HOSTILE = ["../../escape", "/etc/passwd", "a/b", "..", ".", "...", "C:\\evil"] as const;
  // Where each article must land: its slug made safe, or, when nothing is left of it, its title's slug.
  const EXPECTED_PAGES = [
    "2023/01/01/escape/index.html",
    "2023/01/02/etc-passwd/index.html",
    "2023/01/03/a-b/index.html",
    "2023/01/04/case-4/index.html",
    "2023/01/05/case-5/index.html",
    "2023/01/06/case-6/index.html",
    "2023/01/07/c-evil/index.html",
  ];

  it("keeps every output file inside the output folder and publishes each article under a safe slug", async () => {
    const root = tempDir();
    const content = path.join(root, "content");
    mkdirSync(content);
    HOSTILE.forEach((value, i) => {
      const quoted = JSON.stringify(value);
      writeFileSync(
        path.join(content, `case-${i + 1}.md`),
        `---\ntitle: Case ${i + 1}\ndate: 2023-01-0${i + 1}\nslug: ${quoted}\nsource: ${quoted}\ntags: [${quoted}]\n---\nBody.\n`,
      );
    });
    const output = path.join(root, "out", "site");
    mkdirSync(path.dirname(output));

    const built = await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {} });

    const files = listFiles(output);
    for (const file of files) {
      const resolved = path.resolve(output, file);
      expect(resolved.startsWith(output + path.sep), file).toBe(true);
      expect(file.split("/").some((segment) => segment === ".." || segment === "." || segment === ""), file).toBe(false);
      expect(file, file).not.toMatch(/[\\:]/);
    }
    expect(readdirSync(root).sort()).toEqual(["content", "out"]);
    expect(readdirSync(path.dirname(output))).toEqual(["site"]);
    expect(files).toEqual(expect.arrayContaining(EXPECTED_PAGES));

    const terms = [...built.model.topics, ...built.model.sources];
    expect(terms).toHaveLength(HOSTILE.length * 2);
    for (const term of terms) {
      expect(term.slug, term.name).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
      expect(files).toContain(`${term.path.slice(1)}index.html`);
    }
  });
});

describe("long names in many-byte scripts", () => {
  /** `count` consecutive letters from `first` on: four bytes each from U+20000 (CJK Extension B). */
  const run = (first: number, count: number) => Array.from({ length: count }, (_, i) => String.fromCodePoint(first + i)).join("");
  const ext = run(0x20000, 64);
  const NAMES = {
    ext,
    // Different names whose first 240 bytes agree: the same slug, so the second gets "-2".
    extTwin: `${ext}${run(0x20100, 6)}`,
    bold: "𝐓𝐡𝐞 𝐠𝐫𝐞𝐚𝐭 𝐡𝐚𝐫𝐛𝐨𝐮𝐫 𝐛𝐫𝐢𝐝𝐠𝐞 𝐫𝐞𝐨𝐩𝐞𝐧𝐬 𝐚𝐟𝐭𝐞𝐫 𝐭𝐡𝐫𝐞𝐞 𝐲𝐞𝐚𝐫𝐬 𝐨𝐟 𝐫𝐞𝐩𝐚𝐢𝐫𝐬 𝐚𝐧𝐝 𝐝𝐞𝐥𝐚𝐲𝐬",
    emoji: "👩‍💻👨‍👩‍👧‍👦🏳️‍🌈 ".repeat(20),
    hangul: "북한 미사일 발사 ".repeat(12),
    devanagari: "क्षेत्रीय समाचारपत्रिकाओं की स्वतंत्रता ".repeat(6),
  };

  it("are checked and built alike: every page is written, every path segment fits a file name", async () => {
    const root = tempDir();
    const content = path.join(root, "content");
    mkdirSync(content);
    Object.entries(NAMES).forEach(([key, name], i) => {
      const quoted = JSON.stringify(name);
      writeFileSync(
        path.join(content, `${key}.md`),
        `---\ntitle: ${quoted}\ndate: 2023-05-0${i + 1}\nslug: ${quoted}\nsource: ${quoted}\ntags: [${quoted}]\n---\nBody.\n`,
      );
    });
    const site = loadSiteConfig(CONFIG, {});
    const report = await runCheck({ contentDir: content, site, now: DateTime.fromISO("2030-01-01T00:00:00Z") });
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    const output = path.join(root, "site");
    const built = await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {} });
    const files = listFiles(output);
    for (const segment of new Set(files.flatMap((file) => file.split("/")))) {
      expect(Buffer.byteLength(segment, "utf8"), segment).toBeLessThanOrEqual(255);
    }
    const pages = [...built.model.articles, ...built.model.topics, ...built.model.sources].map((page) => `${page.path.slice(1)}index.html`);
    expect(pages).toHaveLength(18);
    expect(files).toEqual(expect.arrayContaining(pages));
    expect(files).toEqual(expect.arrayContaining([`topics/${run(0x20000, 60)}/feed.xml`, `topics/${run(0x20000, 60)}-2/feed.xml`]));
  });
});
