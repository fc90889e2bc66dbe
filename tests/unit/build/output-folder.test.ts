// Write stage tests for the output-folder rules: which folders may receive the
// site, judged by their real location (symbolic links resolved), with a
// message that names the folder and says what was expected and found.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../../src/diagnostics";
import { assertSafeOutputDir, realLocation, relationOf, type OutputFolderOptions } from "../../../src/build/output/output-folder";

describe("relationOf", () => {
  it.each([
    ["/a/b", "/a/b", "same"],
    ["/a/b/", "/a/b", "same"],
    ["/a/b/c", "/a/b", "inside"],
    ["/a", "/a/b", "contains"],
    ["/", "/a/b", "contains"],
    ["/a/bc", "/a/b", undefined],
    ["/a/b", "/a/bc", undefined],
    ["/a/..b", "/a", "inside"],
    ["/x/y", "/a/b", undefined],
  ])("%s against %s → %s", (folder, other, expected) => {
    expect(relationOf(folder, other)).toBe(expected);
  });
});

let root: string;
let project: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), "output-folder-")));
  project = path.join(root, "project");
  const files: Record<string, string> = {
    "content/2023/story.md": "---\ntitle: A\n---\n",
    "content/features/index.html": "<p>hand-written</p>",
    "content/features/interview.md": "---\ntitle: B\n---\n",
    "site.config.json": "{}",
    ".cache/render/x.bin": "",
    "built/index.html": "<h1>site</h1>",
    "docs/notes.txt": "mine",
    "box/index.html": "<h1>site</h1>",
    "box/articles/story.md": "---\ntitle: C\n---\n",
    "withconfig/index.html": "<h1>site</h1>",
    "withconfig/site.json": "{}",
    "withcache/index.html": "<h1>site</h1>",
    "withcache/.cache/pages/x.json": "{}",
    "linked/index.html": "<h1>site</h1>",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  mkdirSync(path.join(project, "empty"));
  symlinkSync(path.join(project, "content"), path.join(project, "content-link"));
  symlinkSync(project, path.join(root, "alias"));
  symlinkSync(path.join(project, "nowhere"), path.join(project, "dangling"));
  symlinkSync(path.join(project, "docs"), path.join(project, "linked", "assets"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The message assertSafeOutputDir throws for these options, or undefined when it accepts them. */
function refusal(options: Omit<OutputFolderOptions, "cwd">): string | undefined {
  try {
    assertSafeOutputDir({ configFile: "site.config.json", cacheDir: ".cache", ...options, cwd: project });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const [diagnostic] = (error as ContentError).diagnostics;
    expect(diagnostic?.file).toBe(options.outputDir);
    expect(diagnostic?.severity).toBe("error");
    return diagnostic?.message;
  }
}

describe("assertSafeOutputDir", () => {
  it.each([
    ["_site", "content"],
    ["empty", "content"],
    ["built", "content"],
    ["new/deeper/site", "content"],
    ["content-site", "content"],
    ["../elsewhere", "content"],
    ["linked", "content"],
  ])("accepts --output %s beside --content %s", (outputDir, contentDir) => {
    expect(refusal({ outputDir, contentDir })).toBeUndefined();
  });

  const outsideContent = "output folder: expected a folder apart from the content folder `content`, got";
  const outsideAdvice = "where writing the site would destroy articles; choose an --output outside `content`, e.g. _site";
  it.each([
    ["content", "content", `${outsideContent} the content folder itself, ${outsideAdvice}`],
    ["content/features", "content", `${outsideContent} a folder inside it, ${outsideAdvice}`],
    ["content/2023/site", "content", `${outsideContent} a folder inside it, ${outsideAdvice}`],
    ["content/not/yet/made", "content", `${outsideContent} a folder inside it, ${outsideAdvice}`],
    ["content-link", "content", `${outsideContent} the content folder itself (content-link is ${"<project>/content"}), ${outsideAdvice}`],
    ["content-link/features", "content", `${outsideContent} a folder inside it (content-link/features is <project>/content/features), ${outsideAdvice}`],
    ["../alias/content/features", "content", `${outsideContent} a folder inside it (../alias/content/features is <project>/content/features), ${outsideAdvice}`],
    ["content/features", "../alias/content", "output folder: expected a folder apart from the content folder `../alias/content`, got a folder inside it (../alias/content is <project>/content), where writing the site would destroy articles; choose an --output outside `../alias/content`, e.g. _site"],
    ["box", "box/articles", "output folder: expected a folder apart from the content folder `box/articles`, got a folder that contains it, where writing the site would destroy articles; choose an --output outside `box/articles`, e.g. _site"],
  ])("refuses --output %s with --content %s", (outputDir, contentDir, message) => {
    expect(refusal({ outputDir, contentDir })).toBe(message.replaceAll("<project>", project));
  });

  it.each([
    [".", "the working directory"],
    ["./", "the working directory"],
    ["..", "a parent of the working directory"],
    ["../alias", `the working directory (../alias is ${"<project>"})`],
  ])("refuses --output %s, %s", (outputDir, what) => {
    expect(refusal({ outputDir, contentDir: "content" })).toBe(
      `output folder: expected a folder of its own, got ${what.replace("<project>", project)}, where writing the site would destroy your project; choose another --output, e.g. _site`,
    );
  });

  it("refuses a folder holding the configuration file", () => {
    expect(refusal({ outputDir: "withconfig", contentDir: "content", configFile: "withconfig/site.json" })).toBe(
      "output folder: expected a folder that does not hold the site configuration `withconfig/site.json`, got a folder that contains it, where writing the site would delete it; choose another --output, or keep the configuration file elsewhere",
    );
  });

  it.each([
    [".cache", ".cache", "the cache folder itself"],
    ["withcache", "withcache/.cache", "a folder that contains it"],
  ])("refuses --output %s with the cache in %s", (outputDir, cacheDir, what) => {
    expect(refusal({ outputDir, contentDir: "content", cacheDir })).toBe(
      `output folder: expected a folder apart from the build cache \`${cacheDir}\`, got ${what}, where writing the site would delete the cache; choose another --output, e.g. _site`,
    );
  });

  it.each([
    ["site.config.json", "a file"],
    ["site.config.json/site", "a path through the file `<project>/site.config.json`"],
  ])("refuses --output %s, %s", (outputDir, what) => {
    expect(refusal({ outputDir, contentDir: "content" })).toBe(
      `output folder: expected a folder, got ${what.replace("<project>", project)}; choose another --output, e.g. _site`,
    );
  });

  it("refuses a broken symbolic link", () => {
    expect(refusal({ outputDir: "dangling", contentDir: "content" })).toBe(
      `output folder: expected a folder, got a path through the broken symbolic link \`${project}/dangling\`; remove the link, or choose another --output`,
    );
  });

  it("refuses a non-empty folder without index.html", () => {
    expect(refusal({ outputDir: "docs", contentDir: "content" })).toBe(
      "output folder: expected an empty or new folder, or a site built before (with an index.html at the top), got a folder of 1 entry without index.html, which writing the site could destroy; choose another --output, or move those files away first",
    );
  });

  it("refuses a folder holding a symbolic link only when it is written in place", () => {
    expect(refusal({ outputDir: "linked", contentDir: "content" })).toBeUndefined();
    expect(refusal({ outputDir: "linked", contentDir: "content", inPlace: true })).toBe(
      `output folder: expected a folder without symbolic links, got \`linked/assets\` → \`${project}/docs\`; the site is written into this folder in place, and writes would follow the link out of it; remove the link, or choose another --output`,
    );
  });
});

describe("realLocation", () => {
  it.each([
    ["content", "<project>/content"],
    ["content-link/features", "<project>/content/features"],
    ["../alias/not/yet", "<project>/not/yet"],
    ["dangling/x", "<project>/dangling/x"],
  ])("%s is %s", (location, expected) => {
    expect(realLocation(location, project)).toBe(expected.replace("<project>", project));
  });
});
