// Write stage: builds the site into a staging folder beside the output and
// swaps it in only when the whole build succeeded, so a failed or interrupted
// build leaves the previous output exactly as it was. The replaced output is
// removed in the background by the janitor process (see staging-janitor.ts).

import { existsSync, readdirSync, rmSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { isRunning, watchStaging, type StagingWatch } from "./staging-janitor";

const STAGING_MARK = ".staging-";
const PREVIOUS_MARK = ".previous-";

/**
 * Removes staging folders left behind by builds that were killed, and replaced outputs whose
 * janitor is gone (one still at work on its folder is left to it).
 */
async function removeStaleStaging(output: string): Promise<void> {
  const parent = path.dirname(output);
  const base = path.basename(output);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const previous = name.startsWith(`.${base}${PREVIOUS_MARK}`);
    if (previous && isRunning(Number(name.slice(`.${base}${PREVIOUS_MARK}`.length).split("-")[0]))) continue;
    if (previous || name.startsWith(`.${base}${STAGING_MARK}`)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/**
 * Runs `write(stagingDir)` and, if it resolves, replaces `outputDir` with the
 * staging folder. If it rejects (or the process is interrupted), the staging
 * folder is removed and `outputDir` is untouched.
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
    await swapIn(staging, output, watch);
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

/**
 * Puts the staging folder in the output's place. The replaced output is named after the janitor
 * that will remove it (no janitor: 0, never a running process), so that the next build leaves it
 * alone while that janitor is at work, and removes it if the janitor died first.
 */
async function swapIn(staging: string, output: string, janitor: StagingWatch): Promise<void> {
  if (!existsSync(output)) return rename(staging, output);
  const previous = path.join(path.dirname(output), `.${path.basename(output)}${PREVIOUS_MARK}${janitor.pid ?? 0}-${Date.now().toString(36)}`);
  await rename(output, previous);
  await rename(staging, output);
  await janitor.removeLater(previous);
}
