// Test support: runs one of the project's CLI scripts the way npm does, in a
// child process, and captures its exit code and output.

import { spawnSync } from "node:child_process";
import path from "node:path";
import type { RunAs } from "./unprivileged";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `src/cli/<script>` with `args`; `as` runs it as another user (see unprivileged.ts). */
export function runCli(script: string, args: readonly string[], env: Record<string, string> = {}, as?: RunAs): CliRun {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "src/cli", script), ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000, ...as },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
