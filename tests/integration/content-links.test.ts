// Integration: symbolic links in the content folder, as an attacker would use
// them. A link whose real path is outside the content folder (to a file, to
// `/`) is never read: `check` and `build` name the link in a warning, nothing
// of the file it points to reaches the output or the messages, and --strict
// fails on it. A link that stays inside the content folder keeps working.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, listFiles } from "../support/built-site";
import { ROOT, runCli } from "../support/run-cli";

const CONFIG = path.join(FIXTURES, "archive.config.json");
/** Written only outside the content folder: it must never show up anywhere. */
const SECRET = "SECRET-7f3a9c";

let root: string;
let content: string;
const shown = (relative: string) => path.relative(ROOT, path.join(content, relative));

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "content-links-"));
  content = path.join(root, "content");
  cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });

  const outside = path.join(root, "outside");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "memo.md"), `---\ntitle: Memo ${SECRET}\ndate: 2023-05-05\nsource: Desk\n---\n${SECRET} body.\n`);
  writeFileSync(path.join(outside, "shadow"), `root:${SECRET}:19000:0:99999:7:::\n`);
  symlinkSync(path.join(outside, "memo.md"), path.join(content, "2023/memo.md"));
  symlinkSync(path.join(outside, "shadow"), path.join(content, "shadow.md"));
  symlinkSync("/", path.join(content, "machine"));
  symlinkSync("nowhere.md", path.join(content, "dangling.md"));

  // A folder kept under an ignored name and published through a link inside the content folder.
  mkdirSync(path.join(content, "_archive/2019"), { recursive: true });
  writeFileSync(path.join(content, "_archive/2019/linked.md"), "---\ntitle: Linked in\ndate: 2019-04-04\nsource: Desk\n---\nKept.\n");
  symlinkSync("_archive/2019", path.join(content, "2019"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const outsideWarning = (target: string) =>
  `warning: symbolic link: expected a file or folder inside the content folder, got a link to \`${target}\`, which is outside it; it was not read (move what it points to into the content folder, or remove the link)`;

function expectedWarnings(severity: "warning" | "error"): string[] {
  return [
    `${shown("2023/memo.md")}: ${outsideWarning(path.join(root, "outside/memo.md"))}`,
    `${shown("dangling.md")}: warning: symbolic link: expected a file or folder inside the content folder, got a link to \`nowhere.md\`, which does not exist; it was skipped (fix or remove the link)`,
    `${shown("machine")}: ${outsideWarning("/")}`,
    `${shown("shadow.md")}: ${outsideWarning(path.join(root, "outside/shadow"))}`,
  ].map((line) => line.replace(": warning: ", `: ${severity}: `));
}

describe("npm run check with symbolic links", () => {
  it("warns about each link out of the content folder and each broken link, and reads none of them", () => {
    const run = runCli("check.ts", ["--content", content, "--config", CONFIG]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split("\n").filter((line) => line.includes("symbolic link"))).toEqual(expectedWarnings("warning"));
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it("fails on them with --strict", () => {
    const run = runCli("check.ts", ["--content", content, "--config", CONFIG, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").filter((line) => line.includes("symbolic link"))).toEqual(expectedWarnings("error"));
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});

describe("npm run build with symbolic links", () => {
  it("prints the same warnings, publishes what a link inside the content folder points to, and nothing from outside", () => {
    const out = path.join(root, "site");
    const run = runCli("build.ts", ["--content", content, "--output", out, "--config", CONFIG]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr.split("\n").filter((line) => line.includes("symbolic link"))).toEqual(expectedWarnings("warning"));
    expect(run.stdout + run.stderr).not.toContain(SECRET);

    const files = listFiles(out);
    expect(files).toContain("2019/04/04/linked/index.html");
    expect(files.filter((file) => file.includes("memo"))).toEqual([]);
    for (const file of files) expect(readFileSync(path.join(out, file), "latin1"), file).not.toContain(SECRET);
  });

  it("fails on them with --strict and writes nothing", () => {
    const out = path.join(root, "strict-site");
    const run = runCli("build.ts", ["--content", content, "--output", out, "--config", CONFIG, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").filter((line) => line.includes("symbolic link"))).toEqual(expectedWarnings("error"));
    expect(run.stderr).toContain("Build failed: 4 errors.");
    expect(listFiles(root).filter((file) => file.startsWith("strict-site"))).toEqual([]);
  });
});
