import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareCodePoints, discoverArticleFiles, isIgnoredName } from "../../../src/content/discover";

const CONTENT_UNIT = fileURLToPath(new URL("../../fixtures/content-unit", import.meta.url));

async function writeFiles(root: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), "---\ntitle: T\n---\n");
  }
}

/** Relative paths of the article files found. */
async function articlePaths(root: string): Promise<string[]> {
  return (await discoverArticleFiles(root)).files.map((file) => file.relativePath);
}

describe("discoverArticleFiles on the content-unit fixture", () => {
  it("finds nested Markdown files and skips names starting with '.' or '_' and non-Markdown files", async () => {
    expect(await articlePaths(CONTENT_UNIT)).toEqual([
      "2023/08/ferry-timetable.md",
      "2023/08/harbour-strike.md",
      "2024/leap-day-budget.md",
      "Zebra-crossing.md",
      "drafts/unfinished.md",
    ]);
  });
});

describe("discoverArticleFiles in a scratch folder", () => {
  let root = "";
  let outside = "";

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "discover-"));
    outside = await mkdtemp(join(tmpdir(), "discover-outside-"));
    await writeFiles(root, [
      "zoo.md",
      "Zoo.md",
      "élection.md",
      "\uFF5E.md",
      "😀.md",
      "a-b.md",
      "a/b.md",
      "Report.MD",
      "readme.markdown",
      "folder.md/inner.md",
      "deep/er/and/deeper/story.md",
      "_notes/skip.md",
      "_archive/2019/kept.md",
      "deep/_private/skip.md",
      "deep/.git/skip.md",
      ".draft.md",
    ]);
    await writeFiles(outside, ["linked-story.md", "secret.md"]);
    await symlink(outside, join(root, "linked"));
    await symlink(join(outside, "secret.md"), join(root, "secret.md"));
    await symlink(join(outside, "secret.md"), join(root, "secret.txt"));
    await symlink(`../${basename(outside)}/secret.md`, join(root, "relative-secret.md"));
    await symlink("/", join(root, "machine"));
    await symlink(root, join(root, "deep", "loop"));
    await symlink(join(root, "missing.md"), join(root, "dangling.md"));
    await symlink("self.md", join(root, "self.md"));
    await symlink(join(root, "zoo.md"), join(root, "zoo-alias.md"));
    await symlink("_archive/2019", join(root, "2019"));
    execFileSync("mkfifo", [join(root, "pipe.md")]);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it("returns relative '/' paths in code-point order, following links that stay inside the content folder once", async () => {
    expect(await articlePaths(root)).toEqual([
      "2019/kept.md",
      "Report.MD",
      "Zoo.md",
      "a-b.md",
      "a/b.md",
      "deep/er/and/deeper/story.md",
      "folder.md/inner.md",
      "zoo-alias.md",
      "zoo.md",
      "élection.md",
      "\uFF5E.md",
      "😀.md",
    ]);
  });

  it("gives each file the real path to read, inside the content folder", async () => {
    const real = await realpath(root);
    const { files } = await discoverArticleFiles(root);
    expect(files.find((file) => file.relativePath === "zoo-alias.md")?.realPath).toBe(join(real, "zoo.md"));
    expect(files.find((file) => file.relativePath === "2019/kept.md")?.realPath).toBe(join(real, "_archive/2019/kept.md"));
    for (const file of files) expect(file.realPath.startsWith(`${real}/`), file.realPath).toBe(true);
  });

  it("reports links out of the content folder (to any file an article might use), broken links and pipes as warnings, and nothing else", async () => {
    const outsideText = `${basename(outside)}/secret.md`;
    const notRead = "it was not read (move what it points to into the content folder, or remove the link)";
    const link = (target: string, why: string) => `symbolic link: expected a file or folder inside the content folder, got a link to \`${target}\`, ${why}`;
    expect((await discoverArticleFiles(root)).problems).toEqual([
      { relativePath: "dangling.md", severity: "warning", message: `${link(join(root, "missing.md"), "which does not exist")}; it was skipped (fix or remove the link)` },
      { relativePath: "linked", severity: "warning", message: `${link(outside, "which is outside it")}; ${notRead}` },
      { relativePath: "machine", severity: "warning", message: `${link("/", "which is outside it")}; ${notRead}` },
      { relativePath: "pipe.md", severity: "warning", message: "expected a Markdown file, got a named pipe (FIFO); it was not read" },
      { relativePath: "relative-secret.md", severity: "warning", message: `${link(`../${outsideText}`, "which is outside it")}; ${notRead}` },
      { relativePath: "secret.md", severity: "warning", message: `${link(join(outside, "secret.md"), "which is outside it")}; ${notRead}` },
      { relativePath: "secret.txt", severity: "warning", message: `${link(join(outside, "secret.md"), "which is outside it")}; ${notRead}` },
      { relativePath: "self.md", severity: "warning", message: `${link("self.md", "which leads round a loop of links")}; it was skipped (fix or remove the link)` },
    ]);
  });

  it("gives the same answer every time", async () => {
    const first = await discoverArticleFiles(root);
    expect(await discoverArticleFiles(root)).toEqual(first);
  });

  it("rejects a folder that does not exist", async () => {
    await expect(discoverArticleFiles(join(root, "nope"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("isIgnoredName", () => {
  it.each([
    [".obsidian", true],
    ["_drafts-notes", true],
    [".hidden.md", true],
    ["_template.md", true],
    ["2023", false],
    ["story_.md", false],
    ["story.md", false],
  ])("%s → %s", (name, ignored) => {
    expect(isIgnoredName(name)).toBe(ignored);
  });
});

describe("compareCodePoints", () => {
  it.each([
    ["a", "b", -1],
    ["b", "a", 1],
    ["a", "a", 0],
    ["a", "ab", -1],
    ["Z", "a", -1],
    ["a-b", "a/b", -1],
    // UTF-16 would put the emoji (a surrogate pair) before U+FF5E; by code point it comes after.
    ["\uFF5E", "😀", -1],
    ["😀", "\uFF5E", 1],
    ["😀", "😁", -1],
  ])("%s vs %s", (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});
