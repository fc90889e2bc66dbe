// Write stage tests for the staging folder and its swap: the output is
// replaced whole, the replaced output is removed by the janitor process after
// the build has returned, and a later build clears what dead builds and dead
// janitors left, but not a folder a live janitor is still removing. A
// file-system failure becomes one ContentError naming the output folder, and
// a swap that fails halfway puts the old output back (the failing rename is
// injected by mocking node:fs/promises; the full disk is /dev/full's own).

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeStaged } from "../../../src/build/output/staged-output";
import { isRunning } from "../../../src/build/output/staging-janitor";
import { ContentError } from "../../../src/diagnostics";

/** A folder that renaming the staging folder into fails with EACCES, as a permission change mid-build would. */
const renames = vi.hoisted(() => ({ refuseInto: undefined as string | undefined }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const rename = async (from: string, to: string) => {
    if (to === renames.refuseInto && String(from).includes(".staging-")) {
      throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: "EACCES", syscall: "rename", path: from, dest: to });
    }
    return real.rename(from, to);
  };
  return { ...real, rename, default: { ...real, rename } };
});

let root: string;
let output: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "staged-output-"));
  output = path.join(root, "site");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Names beside the output other than the output itself. */
const besideOutput = () => readdirSync(root).filter((name) => name !== "site");

function buildWith(pages: Record<string, string>): Promise<string> {
  return writeStaged(output, async (staging) => {
    for (const [file, text] of Object.entries(pages)) writeFileSync(path.join(staging, file), text);
    return "built";
  });
}

/** A process id that was in use a moment ago and is free now. */
function deadPid(): number {
  const exited = spawnSync(process.execPath, ["-e", ""]);
  return exited.pid!;
}

describe("writeStaged", () => {
  it("replaces the output whole and leaves the replaced output to the janitor, which removes it", async () => {
    await buildWith({ "index.html": "one", "old.html": "old" });
    expect(await buildWith({ "index.html": "two" })).toBe("built");

    expect(readdirSync(output)).toEqual(["index.html"]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("two");
    await vi.waitFor(() => expect(besideOutput()).toEqual([]), { timeout: 15_000, interval: 50 });
  });

  it("keeps the output and removes the staging folder when the write fails", async () => {
    await buildWith({ "index.html": "one" });
    const failure = writeStaged(output, async (staging) => {
      writeFileSync(path.join(staging, "index.html"), "half");
      throw new Error("layout failed");
    });
    await expect(failure).rejects.toThrow("layout failed");
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("one");
    await vi.waitFor(() => expect(besideOutput()).toEqual([]), { timeout: 15_000, interval: 50 });
  });

  it("turns a full disk into one message naming the output folder, and keeps the output", async () => {
    await buildWith({ "index.html": "one" });
    const failure = await writeStaged(output, async (staging) => {
      writeFileSync(path.join(staging, "index.html"), "half");
      writeFileSync("/dev/full", "the page that did not fit");
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ContentError);
    expect((failure as ContentError).diagnostics).toEqual([
      {
        severity: "error",
        file: output,
        message: "output folder: cannot write the site: no space left on the device (ENOSPC); free some space on that disk; the output folder was left as it was",
      },
    ]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("one");
    await vi.waitFor(() => expect(besideOutput()).toEqual([]), { timeout: 15_000, interval: 50 });
  });

  it("puts the old output back when the staging folder cannot take its place", async () => {
    await buildWith({ "index.html": "one" });
    renames.refuseInto = output;
    try {
      await expect(buildWith({ "index.html": "two" })).rejects.toThrow(/output folder: cannot write the site \(.*\.site\.staging-.*\): permission denied \(EACCES\)/);
    } finally {
      renames.refuseInto = undefined;
    }
    expect(readdirSync(output)).toEqual(["index.html"]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("one");
    await vi.waitFor(() => expect(besideOutput()).toEqual([]), { timeout: 15_000, interval: 50 });
  });

  it("removes staging folders of dead builds and replaced outputs of dead janitors, but not one a live janitor is removing", async () => {
    const leftovers = {
      staging: `.site.staging-${deadPid()}-abc`,
      orphaned: `.site.previous-${deadPid()}-abc`,
      unnamed: ".site.previous-x",
      busy: `.site.previous-${process.pid}-abc`,
    };
    for (const name of Object.values(leftovers)) mkdirSync(path.join(root, name, "deep"), { recursive: true });

    await buildWith({ "index.html": "one" });
    expect(besideOutput()).toEqual([leftovers.busy]);
    expect(existsSync(path.join(root, leftovers.busy, "deep"))).toBe(true);
  });
});

describe("isRunning", () => {
  it("tells a running process from one that has exited, and never takes a process group for a process", () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(deadPid())).toBe(false);
    expect(isRunning(0)).toBe(false);
    expect(isRunning(-process.pid)).toBe(false);
    expect(isRunning(Number.NaN)).toBe(false);
  });
});
