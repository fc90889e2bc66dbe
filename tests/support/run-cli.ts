// Test support: runs one of the project's CLI scripts the way npm does, in a
// child process, and captures its exit code and output.

import { spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(script: string, args: readonly string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "src/cli", script), ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
