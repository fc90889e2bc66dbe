// Test support: a stand-in for Pagefind's program, used through the
// PAGEFIND_BINARY_PATH seam (src/search/pagefind-index.ts), that never ends
// on its own: it writes a file into its output folder, records its process
// id, and goes on writing one every 20 ms, making the folder again if it was
// removed, as a real Pagefind killed too late would. One Node process with no
// children of its own, so when it is gone nothing writes any more.

import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface StandIn {
  /** The program to give as PAGEFIND_BINARY_PATH. */
  readonly executable: string;
  /** Its environment: where the running stand-ins record their ids, and which shard fails. */
  readonly env: Record<string, string>;
  /** Ids of the stand-ins that started writing. */
  pids(): number[];
}

/**
 * A stand-in in `dir`. With `failingShard`, the stand-in started for that shard fails (exit 2,
 * "Error: shard N broke") as soon as another one is writing, instead of writing itself.
 */
export function pagefindStandIn(dir: string, failingShard?: string): StandIn {
  const executable = path.join(dir, "pagefind-stand-in");
  const pidFile = path.join(dir, "stand-in.pids");
  writeFileSync(
    executable,
    `#!${process.execPath}
const fs = require("node:fs");
const path = require("node:path");
const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const pids = process.env.STAND_IN_PIDS;
const failing = process.env.STAND_IN_FAILING_SHARD;
if (failing !== undefined && failing !== "" && path.basename(arg("--site")) === failing) {
  const failOnceAnotherWrites = () => {
    if (!fs.existsSync(pids) || fs.readFileSync(pids, "utf8").trim() === "") return setTimeout(failOnceAnotherWrites, 20);
    console.error("Error: shard " + failing + " broke");
    process.exit(2);
  };
  failOnceAnotherWrites();
} else {
  let written = 0;
  const writePart = () => {
    fs.mkdirSync(arg("--output-path"), { recursive: true });
    fs.writeFileSync(path.join(arg("--output-path"), "part-" + written++), "still indexing");
  };
  writePart();
  fs.appendFileSync(pids, process.pid + "\\n");
  setInterval(writePart, 20);
}
`,
  );
  chmodSync(executable, 0o755);
  return {
    executable,
    env: { PAGEFIND_BINARY_PATH: executable, STAND_IN_PIDS: pidFile, STAND_IN_FAILING_SHARD: failingShard ?? "" },
    pids: () => (existsSync(pidFile) ? readFileSync(pidFile, "utf8").trim().split("\n").filter(Boolean).map(Number) : []),
  };
}

/**
 * Whether `pid` still runs. A zombie (exited, not yet reaped by a parent that is gone) does not:
 * it can write nothing.
 */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.charAt(stat.lastIndexOf(")") + 2) !== "Z";
  } catch {
    return true;
  }
}

/** Kills what is left of the stand-ins, so that a failing test leaves no writer behind. */
export function killStandIns(standIn: StandIn): void {
  for (const pid of standIn.pids()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}
