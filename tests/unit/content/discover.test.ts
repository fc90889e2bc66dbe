import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

describe("discoverArticleFiles on the content-unit fixture", () => {
  it("finds nested Markdown files and skips names starting with '.' or '_' and non-Markdown files", async () => {
    expect(await discoverArticleFiles(CONTENT_UNIT)).toEqual([
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
      "deep/_private/skip.md",
      "deep/.git/skip.md",
      ".draft.md",
    ]);
    await writeFiles(outside, ["linked-story.md"]);
    await symlink(outside, join(root, "linked"));
    await symlink(root, join(root, "deep", "loop"));
    await symlink(join(root, "missing.md"), join(root, "dangling.md"));
    await symlink(join(root, "zoo.md"), join(root, "zoo-alias.md"));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it("returns relative '/' paths in code-point order, following links once and skipping dangling ones", async () => {
    expect(await discoverArticleFiles(root)).toEqual([
      "Report.MD",
      "Zoo.md",
      "a-b.md",
      "a/b.md",
      "deep/er/and/deeper/story.md",
      "folder.md/inner.md",
      "linked/linked-story.md",
      "zoo-alias.md",
      "zoo.md",
      "élection.md",
      "\uFF5E.md",
      "😀.md",
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
