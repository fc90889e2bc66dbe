// Integration: the file system refusing a read or a write is reported as one
// clear message naming the path and what to do, exit 1, no stack trace, and
// the previous output untouched. Permission errors are the kernel's own
// (see tests/support/unprivileged.ts); a full disk cannot be made on demand,
// so it comes through the Pagefind seam (PAGEFIND_BINARY_PATH): a stand-in
// that fails the way Pagefind does when its disk is full. The translation of
// a real ENOSPC is tested in tests/unit/shared/file-system-error.test.ts.

import { createHash } from "node:crypto";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../../src/pipeline/run-build";
import { FIXTURES, listFiles } from "../support/built-site";
import { ROOT, runCli } from "../support/run-cli";
import { UNPRIVILEGED } from "../support/unprivileged";

const CONFIG = path.join(FIXTURES, "archive.config.json");
const PERMISSIONS = "check the permissions of that path and of the folders above it for the user running this command";

let root: string;
const shown = (file: string) => path.relative(ROOT, file);

/** sha256 of every file's path and bytes, in path order: equal lists mean identical trees. */
function treeHashes(dir: string): string[] {
  return listFiles(dir).map((file) => `${file} ${createHash("sha256").update(readFileSync(path.join(dir, file))).digest("hex")}`);
}

/** A copy of the fixture archive plus one new article, so a build over an earlier output has pages to write. */
function changedContent(name: string): string {
  const dir = path.join(root, name);
  cpSync(path.join(FIXTURES, "archive"), dir, { recursive: true });
  writeFileSync(path.join(dir, "2023/new-piece.md"), "---\ntitle: New piece\ndate: 2023-11-11\nsource: Desk\n---\nNews.\n");
  return dir;
}

/** Builds the fixture archive into `<parent>/site` and returns the output folder. */
async function builtSite(parent: string): Promise<string> {
  const output = path.join(root, parent, "site");
  mkdirSync(path.dirname(output), { recursive: true });
  await runBuild({ contentDir: path.join(FIXTURES, "archive"), outputDir: output, configFile: CONFIG, env: {}, cacheDir: false });
  return output;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "fs-errors-"));
  // The unprivileged user must reach the files; what it may not read or write is set per test.
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("content the operating system will not let the command read", () => {
  let content: string;
  beforeAll(() => {
    content = path.join(root, "content");
    cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
    writeFileSync(path.join(content, "2023/locked.md"), "---\ntitle: Locked\ndate: 2023-01-01\nsource: Desk\n---\nBody.\n");
    chmodSync(path.join(content, "2023/locked.md"), 0o000);
    mkdirSync(path.join(content, "sealed"));
    writeFileSync(path.join(content, "sealed/inside.md"), "---\ntitle: Inside\ndate: 2023-01-02\nsource: Desk\n---\nBody.\n");
    chmodSync(path.join(content, "sealed"), 0o000);
    writeFileSync(path.join(content, "2023/bad-date.md"), "---\ntitle: Bad\ndate: yesterday\nsource: Desk\n---\nBody.\n");
  });
  afterAll(() => chmodSync(path.join(content, "sealed"), 0o755));

  const expected = () => [
    `${shown(path.join(content, "2023/bad-date.md"))}:3:1: error: date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2023-08-06T09:30, got \`yesterday\``,
    `${shown(path.join(content, "2023/locked.md"))}: error: cannot read the file: permission denied (EACCES); ${PERMISSIONS}`,
    `${shown(path.join(content, "sealed"))}: error: cannot read the folder: permission denied (EACCES); ${PERMISSIONS}; the articles in it were not read`,
  ];

  it("are reported by `check` as errors beside the other problems, exit 1", () => {
    const run = runCli("check.ts", ["--content", content, "--config", CONFIG], {}, UNPRIVILEGED);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim().split("\n")).toEqual([...expected(), "Checked 9 articles: 3 errors, 0 warnings."]);
    expect(run.status).toBe(1);
  });

  it("are reported by `build` the same way, and nothing is written", () => {
    const output = path.join(root, "never-written");
    const run = runCli("build.ts", ["--content", content, "--output", output, "--config", CONFIG], {}, UNPRIVILEGED);
    // The build lists the content folder's problems first, then each file's, in file order.
    const [badDate, locked, sealed] = expected();
    expect(run.stderr.trim().split("\n")).toEqual([sealed, badDate, locked, "Build failed: 3 errors."]);
    expect(run.status).toBe(1);
    expect(readdirSync(root).filter((name) => name.includes("never-written"))).toEqual([]);
  });

  it("names an unreadable configuration file and what to do", () => {
    const config = path.join(root, "locked.config.json");
    writeFileSync(config, readFileSync(CONFIG));
    chmodSync(config, 0o000);
    const run = runCli("check.ts", ["--content", path.join(FIXTURES, "archive"), "--config", config], {}, UNPRIVILEGED);
    expect(run.stderr.trim().split("\n")).toEqual([`${shown(config)}: error: permission denied (EACCES); ${PERMISSIONS}`, "Check failed: 1 error."]);
    expect(run.status).toBe(1);
  });
});

describe("an output folder whose parent the command may not write to", () => {
  it("fails with one message naming the folder it could not create, and leaves the previous output as it was", async () => {
    const output = await builtSite("read-only");
    const before = treeHashes(output);
    chmodSync(path.dirname(output), 0o555);
    try {
      const run = runCli("build.ts", ["--content", changedContent("content-ro"), "--output", output, "--config", CONFIG], {}, UNPRIVILEGED);
      expect(run.stderr).toMatch(
        wholeText(
          `${output}: error: output folder: cannot write the site (${shown(path.dirname(output))}/`,
          STAGING,
          `): permission denied (EACCES); ${PERMISSIONS}; the output folder was left as it was\nBuild failed: 1 error.\n`,
        ),
      );
      expect(run.status).toBe(1);
    } finally {
      chmodSync(path.dirname(output), 0o755);
    }
    expect(treeHashes(output)).toEqual(before);
    expect(readdirSync(path.dirname(output))).toEqual(["site"]);
  });
});

describe("a disk that fills up while the search index is written", () => {
  it("fails with one message saying so, and leaves the previous output as it was", async () => {
    const output = await builtSite("full-disk");
    const before = treeHashes(output);
    // Pagefind is written in Rust; this is how it reports a write the disk had no room for.
    const standIn = path.join(root, "pagefind-disk-full");
    writeFileSync(
      standIn,
      `#!/bin/sh\necho "thread 'main' panicked at pagefind/src/output/mod.rs:424:46:" >&2\n` +
        `echo 'called \`Result::unwrap()\` on an \`Err\` value: Os { code: 28, kind: StorageFull, message: "No space left on device" }' >&2\nexit 101\n`,
    );
    chmodSync(standIn, 0o755);

    const args = ["--content", changedContent("content-full"), "--output", output, "--config", CONFIG];
    const run = runCli("build.ts", args, { PAGEFIND_BINARY_PATH: standIn });
    expect(run.stderr).toMatch(
      wholeText(
        `${output}: error: output folder: cannot write the site (${shown(path.dirname(output))}/`,
        STAGING,
        "/pagefind/",
        /\d+/,
        "): no space left on the device (ENOSPC); free some space on that disk; the output folder was left as it was\nBuild failed: 1 error.\n",
      ),
    );
    expect(run.status).toBe(1);
    expect(treeHashes(output)).toEqual(before);
    expect(readdirSync(path.dirname(output))).toEqual(["site"]);
  });
});

/** The staging folder's name, which carries the build's process id and start time. */
const STAGING = /\.site\.staging-\d+-[0-9a-z]+/;

/** A pattern for the whole of a text: strings match as written, patterns as patterns. */
function wholeText(...parts: readonly (string | RegExp)[]): RegExp {
  const source = parts.map((part) => (typeof part === "string" ? part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : part.source)).join("");
  return new RegExp(`^${source}$`);
}
