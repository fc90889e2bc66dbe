// Write stage: builds the site into a staging folder beside the output and
// swaps it in only when the whole build succeeded, so a failed or interrupted
// build leaves the previous output exactly as it was.

import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { contentError } from "../diagnostics";
import { carryMtimes } from "./carry-mtimes";
import { watchStaging } from "./staging-janitor";

const STAGING_MARK = ".staging-";
const PREVIOUS_MARK = ".previous-";

/**
 * Refuses output folders whose replacement would destroy something that is not
 * a site: the working directory or one of its parents, the content folder or a
 * parent of it, and non-empty folders that do not look like a built site.
 */
export function assertSafeOutputDir(outputDir: string, contentDir: string, cwd = process.cwd()): void {
  const output = path.resolve(outputDir);
  const isSameOrParent = (other: string) => {
    const rel = path.relative(output, path.resolve(other));
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  };
  if (isSameOrParent(cwd)) {
    throw contentError(outputDir, "output folder: expected a folder of its own, got the working directory or one of its parents");
  }
  if (isSameOrParent(contentDir)) {
    throw contentError(outputDir, `output folder: expected a folder outside the content, got a folder that contains ${contentDir}`);
  }
  if (existsSync(output)) {
    if (!statSync(output).isDirectory()) throw contentError(outputDir, "output folder: expected a folder, got a file");
    const entries = readdirSync(output);
    if (entries.length > 0 && !entries.includes("index.html")) {
      throw contentError(
        outputDir,
        "output folder: it is not empty and holds no index.html, so it does not look like a built site; refusing to replace it (choose an empty or new folder)",
      );
    }
  }
}

/** Removes staging folders left behind by builds that were killed. */
async function removeStaleStaging(output: string): Promise<void> {
  const parent = path.dirname(output);
  const base = path.basename(output);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`.${base}${STAGING_MARK}`) || name.startsWith(`.${base}${PREVIOUS_MARK}`)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/**
 * Runs `write(stagingDir)` and, if it resolves, replaces `outputDir` with the
 * staging folder. If it rejects (or the process is interrupted), the staging
 * folder is removed and `outputDir` is untouched. Staged files with the same
 * bytes as before keep the previous output's modification time.
 */
export async function writeStaged<T>(outputDir: string, write: (stagingDir: string) => Promise<T>): Promise<T> {
  const output = path.resolve(outputDir);
  await removeStaleStaging(output);
  const parent = path.dirname(output);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(parent, `.${path.basename(output)}${STAGING_MARK}${tag}`);
  await mkdir(staging, { recursive: true });
  const watch = watchStaging(staging);

  // Synchronous, so that no write still queued on this thread can land in the folder after it is gone.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
    } finally {
      process.kill(process.pid, signal);
    }
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const result = await write(staging);
    if (existsSync(output)) carryMtimes(output, staging);
    await swapIn(staging, output, path.join(parent, `.${path.basename(output)}${PREVIOUS_MARK}${tag}`));
    return result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    watch.release();
  }
}

async function swapIn(staging: string, output: string, previous: string): Promise<void> {
  if (existsSync(output)) {
    await rename(output, previous);
    await rename(staging, output);
    await rm(previous, { recursive: true, force: true });
  } else {
    await rename(staging, output);
  }
}
