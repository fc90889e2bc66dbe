// Integration: a build killed while Pagefind is indexing takes its Pagefind
// processes with it. Pagefind is replaced through PAGEFIND_BINARY_PATH by a
// stand-in that keeps writing into its bundle folder in the staging folder
// until it is killed (tests/support/pagefind-stand-in.ts). The build runs as
// its own process (node, no npm or tsx in between), is sent the signal once
// the stand-in is writing, and afterwards no stand-in runs, no staging folder
// is left, and the previous output is identical, file for file.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runBuild } from "../../src/pipeline/run-build";
import { FIXTURES, listFiles } from "../support/built-site";
import { killStandIns, pagefindStandIn, processRunning, type StandIn } from "../support/pagefind-stand-in";
import { ROOT } from "../support/run-cli";

const CONFIG = path.join(FIXTURES, "archive.config.json");

let root: string;
let content: string;
const standIns: StandIn[] = [];

/** sha256 of every file's path and bytes, in path order: equal lists mean identical trees. */
function treeHashes(dir: string): string[] {
  return listFiles(dir).map((file) => `${file} ${createHash("sha256").update(readFileSync(path.join(dir, file))).digest("hex")}`);
}

/** Files the stand-in wrote into the staging folder of the build of `output`. */
function standInParts(output: string): number {
  const parent = path.dirname(output);
  return readdirSync(parent)
    .filter((name) => name.includes(".staging-"))
    .map((name) => path.join(parent, name, "pagefind/0"))
    .filter((bundle) => existsSync(bundle))
    .reduce((sum, bundle) => sum + readdirSync(bundle).filter((file) => file.startsWith("part-")).length, 0);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "interrupted-index-"));
  content = path.join(root, "content");
  cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
  // A new article, so that the build over an earlier output has a search shard to index again.
  writeFileSync(path.join(content, "2023/new-piece.md"), "---\ntitle: New piece\ndate: 2023-11-11\nsource: Desk\n---\nNews.\n");
});
afterEach(() => {
  for (const standIn of standIns.splice(0)) killStandIns(standIn);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a build killed while Pagefind indexes", () => {
  it.each(["SIGKILL", "SIGINT", "SIGTERM"] as const)(
    "(%s) leaves no Pagefind running, no staging folder and the previous output as it was",
    async (signal) => {
      const output = path.join(root, signal, "site");
      mkdirSync(path.dirname(output));
      await runBuild({ contentDir: path.join(FIXTURES, "archive"), outputDir: output, configFile: CONFIG, env: {}, cacheDir: false });
      const before = treeHashes(output);
      const standIn = pagefindStandIn(mkdtempSync(path.join(root, "stand-in-")));
      standIns.push(standIn);

      const build = spawn(
        process.execPath,
        ["--import", "tsx", "src/cli/build.ts", "--content", content, "--output", output, "--config", CONFIG],
        { cwd: ROOT, env: { ...process.env, ...standIn.env }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let log = "";
      build.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
      build.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
      const exited = new Promise<{ code: number | null }>((resolve) => build.on("exit", (code) => resolve({ code })));

      await vi.waitFor(
        () => {
          expect(build.exitCode, `the build ended before Pagefind was writing:\n${log}`).toBeNull();
          expect(standInParts(output)).toBeGreaterThan(0);
        },
        { timeout: 60_000, interval: 20 },
      );
      build.kill(signal);
      const { code } = await exited;
      expect(code, log).not.toBe(0);

      const leftovers = () => readdirSync(path.dirname(output)).filter((name) => name !== "site");
      await vi.waitFor(
        () => {
          expect(standIn.pids().filter(processRunning)).toEqual([]);
          expect(leftovers()).toEqual([]);
        },
        { timeout: 20_000, interval: 50 },
      );
      // Nothing runs that could write any more; the folder beside the output stays clean.
      expect(standIn.pids()).toHaveLength(1);
      expect(leftovers()).toEqual([]);
      expect(treeHashes(output)).toEqual(before);
    },
    120_000,
  );
});
