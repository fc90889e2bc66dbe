// Integration: the command-line entry points as a user runs them — exit codes,
// messages naming the file and line, and files left untouched on failure.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FIXTURES, listFiles } from "../support/built-site";
import { runCli } from "../support/run-cli";

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "archive-cli-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const fixtureConfig = path.join(FIXTURES, "archive.config.json");

describe("npm run build", () => {
  it("builds any folder of articles into any output folder", () => {
    const out = path.join(tempDir(), "out");
    const run = runCli("build.ts", ["--content", path.join(FIXTURES, "archive"), "--output", out, "--config", fixtureConfig]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Built 7 articles into .*out\/: \d+ pages in [\d.]+ s\./);
    expect(existsSync(path.join(out, "2023/08/06/factory-tour/index.html"))).toBe(true);
  });

  it("names the file and line of a broken article, exits 1 and leaves the previous output as it was", () => {
    const dir = tempDir();
    const content = path.join(dir, "content");
    const out = path.join(dir, "out");
    cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
    const args = ["--content", content, "--output", out, "--config", fixtureConfig];
    expect(runCli("build.ts", args).status).toBe(0);
    const before = listFiles(out).map((file) => [file, readFileSync(path.join(out, file), "utf8")]);

    writeFileSync(path.join(content, "2023/broken.md"), "---\ntitle: Broken\ndate: yesterday\nsource: AP\n---\nBody.\n");
    const run = runCli("build.ts", args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.md:3:\d+: error: .*date/);
    expect(run.stderr).toContain("yesterday");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const after = listFiles(out).map((file) => [file, readFileSync(path.join(out, file), "utf8")]);
    expect(after).toEqual(before);
  });

  describe("refuses an output folder where the site would destroy something, and leaves every file as it was", () => {
    /** A content folder holding a hand-made page among its articles, and a link to it. */
    function contentWithFeatures(): { dir: string; content: string; features: string } {
      const dir = tempDir();
      const content = path.join(dir, "content");
      cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
      const features = path.join(content, "features");
      mkdirSync(features);
      writeFileSync(path.join(features, "index.html"), "<p>hand-written</p>");
      writeFileSync(path.join(features, "interview.md"), "---\ntitle: Interview\ndate: 2023-05-01\nsource: AP\n---\nText.\n");
      symlinkSync(content, path.join(dir, "content-link"));
      return { dir, content, features };
    }
    const snapshot = (dir: string) => listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]);

    it.each([
      ["a folder inside the content folder", "content/features", "a folder inside it"],
      ["the content folder through a symbolic link", "content-link", "the content folder itself (<dir>/content-link is <dir>/content)"],
      ["a folder inside the content folder through a symbolic link", "content-link/features", "a folder inside it (<dir>/content-link/features is <dir>/content/features)"],
    ])("%s", (_label, output, what) => {
      const { dir, content } = contentWithFeatures();
      const before = snapshot(dir);
      const run = runCli("build.ts", ["--content", content, "--output", path.join(dir, output), "--config", fixtureConfig]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `${path.join(dir, output)}: error: output folder: expected a folder apart from the content folder \`${content}\`, got ${what.replaceAll("<dir>", dir)}, where writing the site would destroy articles; choose an --output outside \`${content}\`, e.g. _site\nBuild failed: 1 error.\n`,
      );
      expect(snapshot(dir)).toEqual(before);
    });

    it("a folder that holds the site configuration", () => {
      const dir = tempDir();
      const out = path.join(dir, "out");
      mkdirSync(out);
      writeFileSync(path.join(out, "index.html"), "<h1>old site</h1>");
      cpSync(fixtureConfig, path.join(out, "site.json"));
      const before = snapshot(dir);
      const run = runCli("build.ts", ["--content", path.join(FIXTURES, "archive"), "--output", out, "--config", path.join(out, "site.json")]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${out}: error: output folder: expected a folder that does not hold the site configuration`);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  it("rejects an unknown flag with usage help and exit code 2", () => {
    const run = runCli("build.ts", ["--contnet", "x"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: npm run build");
  });
});

describe("npm run new", () => {
  it("writes an article with valid front matter at a predictable path and refuses to overwrite it", () => {
    const content = path.join(tempDir(), "content");
    const args = ["--title", "Council approves budget", "--source", "AP", "--tags", "Economy, City Hall", "--content", content, "--config", fixtureConfig];
    const first = runCli("new-article.ts", args);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const year = /Created .*\/(\d{4})\/council-approves-budget\.md/.exec(first.stdout)?.[1];
    expect(year).toMatch(/^\d{4}$/);
    const file = path.join(content, `${year}/council-approves-budget.md`);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("title: Council approves budget\n");
    expect(text).toContain("source: AP\n");
    expect(text).toContain("tags:\n  - Economy\n  - City Hall\n");
    expect(text).toMatch(/date: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[45]:00'\n/);

    const second = runCli("new-article.ts", args);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("council-approves-budget.md: error: file already exists");
    expect(readFileSync(file, "utf8")).toBe(text);

    const out = path.join(path.dirname(content), "out");
    const build = runCli("build.ts", ["--content", content, "--output", out, "--config", fixtureConfig]);
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
  });
});

describe("--help", () => {
  // Each command's usage line, as its USAGE text opens; `-h` is the short form everywhere.
  const commands = [
    ["build.ts", "Usage: npm run build"],
    ["check.ts", "Usage: npm run check"],
    ["new-article.ts", "Usage: npm run new"],
    ["import.ts", "Usage: npm run import"],
    ["serve.ts", "Usage: npm start"],
    ["preview.ts", "Usage: npm run preview"],
  ] as const;

  it.each(commands)("%s prints its usage on standard output and exits 0", (script, usage) => {
    for (const flag of ["--help", "-h"]) {
      const run = runCli(script, [flag]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout.startsWith(usage)).toBe(true);
    }
  });
});
