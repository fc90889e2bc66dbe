// Write stage: builds the site into a staging folder beside the output and
// swaps it in only when the whole build succeeded, so a failed or interrupted
// build leaves the previous output exactly as it was. The replaced output is
// removed in the background by the janitor process (see staging-janitor.ts).
// A file-system failure of the machine on the way (a full disk, a folder it
// may not write to) becomes one message naming the output folder.

import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { toDisplayPath } from "../../content/load-content";
import { ContentError, contentError } from "../../diagnostics";
import { findFileSystemFailure } from "../../file-system-error";
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
 * Writes into the staging folder. Child processes that write there are handed to `adopt`, so that
 * they are stopped before the folder is removed when the build fails, is interrupted or is killed.
 */
export type StagedWrite<T> = (stagingDir: string, adopt: (child: ChildProcess) => void) => Promise<T>;

/**
 * Runs `write(stagingDir)` and, if it resolves, replaces `outputDir` with the
 * staging folder. If it rejects (or the process is interrupted), the processes
 * it adopted are stopped, the staging folder is removed and `outputDir` is
 * untouched. A file-system failure of the machine, here or in `write`, rejects
 * with a ContentError that names the output folder.
 */
export async function writeStaged<T>(outputDir: string, write: StagedWrite<T>): Promise<T> {
  try {
    return await writeThroughStaging(outputDir, write);
  } catch (error) {
    throw asOutputFolderError(error, outputDir);
  }
}

/** `error` as the user should see it: a file-system failure in words, anything else as it is. */
function asOutputFolderError(error: unknown, outputDir: string): unknown {
  const failure = error instanceof ContentError ? undefined : findFileSystemFailure(error);
  if (failure === undefined) return error;
  const at = failure.path === undefined ? "" : ` (${toDisplayPath(process.cwd(), failure.path)})`;
  return contentError(outputDir, `output folder: cannot write the site${at}: ${failure.explanation}; the output folder was left as it was`);
}

async function writeThroughStaging<T>(outputDir: string, write: StagedWrite<T>): Promise<T> {
  const output = path.resolve(outputDir);
  await removeStaleStaging(output);
  const parent = path.dirname(output);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(parent, `.${path.basename(output)}${STAGING_MARK}${tag}`);
  await mkdir(staging, { recursive: true });
  const watch = watchStaging(staging);

  // Synchronous, so that no write still queued on this thread can land in the folder after it is gone.
  // A child process killed here may still finish a write meanwhile; the janitor removes the folder
  // again once this process is gone and so are its children.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      watch.stopProcesses();
      rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
    } finally {
      process.kill(process.pid, signal);
    }
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const result = await write(staging, watch.adopt);
    await swapIn(staging, output, watch);
    return result;
  } catch (error) {
    watch.stopProcesses();
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
  try {
    await rename(staging, output);
  } catch (error) {
    // Put the old output back, so that a failure here too leaves it where it was.
    await rename(previous, output);
    throw error;
  }
  await janitor.removeLater(previous);
}
