// Integration: a build that fails — on bad content, in a layout halfway
// through, or interrupted with Ctrl-C — leaves the previous output exactly as
// it was and no staging folder behind; no command ever modifies content files.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runBuild } from "../../src/pipeline/run-build";
import { runCheck } from "../../src/check/run-check";
import { loadSiteConfig } from "../../src/config/site-config";
import { ContentError } from "../../src/diagnostics";
import { FIXTURES, listFiles } from "../support/built-site";
import { ROOT } from "../support/run-cli";

const layout = vi.hoisted(() => ({ failOn: undefined as string | undefined, rendered: [] as string[], stagedFiles: -1 }));

vi.mock("../../src/render/render-page", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/render/render-page")>();
  return {
    ...real,
    renderPage: (...args: Parameters<typeof real.renderPage>) => {
      const [page] = args;
      if (page.path === layout.failOn) {
        layout.stagedFiles = stagedFileCount();
        throw new Error(`layout failed on ${page.path}`);
      }
      layout.rendered.push(page.path);
      return real.renderPage(...args);
    },
  };
});

const CONFIG = path.join(FIXTURES, "archive.config.json");
let root: string;
let output: string;
let content: string;
let before: readonly string[];

/** sha256 of every file's path and bytes, in path order: equal lists mean identical trees. */
function treeHashes(dir: string): string[] {
  return listFiles(dir).map((file) => {
    const hash = createHash("sha256").update(file).update("\0").update(readFileSync(path.join(dir, file)));
    return `${file} ${hash.digest("hex")}`;
  });
}

/** Staging and previous-output folders the build keeps beside the output while it runs. */
function buildLeftovers(): string[] {
  return readdirSync(root).filter((name) => name.startsWith(".site."));
}

/** Files in the staging folder, or -1 when there is none. */
function stagedFileCount(): number {
  const staging = buildLeftovers().find((name) => name.includes("staging"));
  return staging === undefined ? -1 : listFiles(path.join(root, staging)).length;
}

async function expectNoLeftovers(): Promise<void> {
  await vi.waitFor(() => expect(buildLeftovers()).toEqual([]), { timeout: 15_000, interval: 100 });
}

/** Messages of an error and the errors it wraps (Eleventy wraps a template's error in its own). */
function errorChain(error: unknown): string[] {
  const messages: string[] = [];
  for (let e = error; e instanceof Error && messages.length < 10; ) {
    messages.push(e.message);
    const wrapped = e as Error & { originalError?: unknown };
    e = wrapped.originalError ?? wrapped.cause;
  }
  return messages;
}

function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

function contentCopy(name: string): string {
  const dir = path.join(root, name);
  cpSync(path.join(FIXTURES, "archive"), dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "archive-atomic-"));
  output = path.join(root, "site");
  content = contentCopy("content");
  await runBuild({ contentDir: content, outputDir: output, configFile: CONFIG, env: {} });
  before = treeHashes(output);
  expect(before.length).toBeGreaterThan(20);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a failed build", () => {
  it("(a) on bad content throws every problem, writes nothing and keeps the previous output", async () => {
    const bad = contentCopy("content-bad");
    writeFileSync(path.join(bad, "2023/broken.md"), "---\ntitle: Broken\ndate: 2023-02-30\nsource: AP\n---\nBody.\n");
    writeFileSync(path.join(bad, "2023/untitled.md"), "---\ndate: 2023-03-01\nsource: AP\n---\nBody.\n");

    const failure = await runBuild({ contentDir: bad, outputDir: output, configFile: CONFIG, env: {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ContentError);
    const files = (failure as ContentError).diagnostics.map((d) => path.basename(d.file));
    expect(files).toEqual(expect.arrayContaining(["broken.md", "untitled.md"]));
    expect(treeHashes(output)).toEqual(before);
    expect(buildLeftovers()).toEqual([]);
  });

  it("(a) with --strict on a warning only, writes nothing and keeps the previous output", async () => {
    const warned = contentCopy("content-warned");
    writeFileSync(path.join(warned, "2023/typo.md"), "---\ntitle: Typo\ndate: 2023-03-01\nsource: AP\nauthr: Desk\n---\nBody.\n");
    const relaxed = runBuild({ contentDir: warned, outputDir: path.join(root, "relaxed"), configFile: CONFIG, env: {} });
    expect((await relaxed).warnings.map((w) => w.message)).toEqual(["unknown key `authr` is ignored; did you mean `author`?"]);
    rmSync(path.join(root, "relaxed"), { recursive: true });

    const failure = await runBuild({ contentDir: warned, outputDir: output, configFile: CONFIG, env: {}, strict: true }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ContentError);
    expect((failure as ContentError).diagnostics).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 1, message: expect.stringContaining("`authr`") }),
    ]);
    expect(treeHashes(output)).toEqual(before);
    expect(buildLeftovers()).toEqual([]);
  });

  it("(b) when a layout throws on one page halfway through, keeps the previous output and removes the staging folder", async () => {
    // A new article, so its page cannot be taken over from the previous output and must be rendered.
    const changed = contentCopy("content-changed");
    writeFileSync(path.join(changed, "2023/late-breaking.md"), "---\ntitle: Late breaking\ndate: 2023-10-01\nsource: AP\n---\nBody.\n");
    layout.failOn = "/2023/10/01/late-breaking/";
    layout.rendered = [];
    try {
      const failure = await runBuild({ contentDir: changed, outputDir: output, configFile: CONFIG, env: {} }).catch((e: unknown) => e);
      expect(errorChain(failure)).toContain("layout failed on /2023/10/01/late-breaking/");
    } finally {
      layout.failOn = undefined;
    }
    // Pages are rendered in order and written as they are rendered: other pages were rendered before
    // the failing one, and the staging folder the build writes into already existed when it failed.
    expect(layout.rendered.length).toBeGreaterThan(0);
    expect(layout.stagedFiles).toBeGreaterThanOrEqual(0);
    expect(treeHashes(output)).toEqual(before);
    await expectNoLeftovers();
  });

  it("(c) interrupted with Ctrl-C while writing, exits non-zero, keeps the previous output and leaves no staging folder", async () => {
    const big = path.join(root, "big");
    for (let i = 0; i < 2000; i++) {
      const year = 2001 + (i % 20);
      mkdirSync(path.join(big, String(year)), { recursive: true });
      const date = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      writeFileSync(path.join(big, String(year), `item-${i}.md`), `---\ntitle: Item ${i}\ndate: ${date}\nsource: Wire ${i % 7}\ntags: [Topic ${i % 40}]\n---\nBody ${i}.\n`);
    }

    // Its own process group, so the signal reaches npm, tsx and the build alike, as Ctrl-C in a terminal does.
    const child = spawn("npm", ["run", "build", "--", "--content", big, "--output", output, "--config", CONFIG], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );

    let interrupted = false;
    const poll = setInterval(() => {
      if (!interrupted && stagedFileCount() > 0) {
        interrupted = true;
        process.kill(-child.pid!, "SIGINT");
      }
    }, 10);
    const { code, signal } = await exited;
    clearInterval(poll);
    // npm exits first; the build it started may take a moment longer to go.
    await vi.waitFor(() => expect(groupAlive(child.pid!)).toBe(false), { timeout: 60_000, interval: 100 });

    expect(interrupted, `the build finished before it could be interrupted:\n${log}`).toBe(true);
    expect(code === 0 && signal === null, `exit code ${code}, signal ${signal}`).toBe(false);
    expect(treeHashes(output)).toEqual(before);
    await expectNoLeftovers();
  }, 120_000);
});

describe("content files", () => {
  it("are never modified by a build, a failed build or a check", async () => {
    const dir = contentCopy("content-untouched");
    writeFileSync(path.join(dir, "2023/bad.md"), "\uFEFF---\r\ntitle: Bad\r\ndate: yesterday\r\nsource: AP\r\n---\r\nBody.\r\n");
    const original = treeHashes(dir);
    const scratch = path.join(root, "scratch-site");

    await expect(runBuild({ contentDir: dir, outputDir: scratch, configFile: CONFIG, env: {} })).rejects.toBeInstanceOf(ContentError);
    rmSync(path.join(dir, "2023/bad.md"));
    const withoutBad = treeHashes(dir);
    await runBuild({ contentDir: dir, outputDir: scratch, configFile: CONFIG, env: {}, includeDrafts: true });
    await runBuild({ contentDir: dir, outputDir: scratch, configFile: CONFIG, env: {} });
    const site = loadSiteConfig(CONFIG, {});
    await runCheck({ contentDir: dir, site, includeDrafts: true, strict: true, now: DateTime.now() });

    expect(withoutBad).toEqual(original.filter((line) => !line.startsWith("2023/bad.md ")));
    expect(treeHashes(dir)).toEqual(withoutBad);
    expect(existsSync(path.join(scratch, "index.html"))).toBe(true);
  });
});
