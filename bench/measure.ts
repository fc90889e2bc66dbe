// Benchmark, parent side: starts a measured task in a child process (through GNU
// time when present, for the peak memory of the whole process tree) and counts
// what a task left in its output folder.

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { TaskReport, TaskRequest } from "./child";

/**
 * GNU time reports the largest resident set of the child and everything it waited for,
 * which includes the Pagefind binary the build starts; Node's own figure covers Node only.
 */
export const GNU_TIME = "/usr/bin/time";
const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));

export interface Measurement extends TaskReport {
  /** Spawn to exit, as a user would time the command. */
  readonly wallSeconds: number;
  /** The task's Node process alone (`peakRssMb` covers its whole tree when GNU time measured it). */
  readonly nodePeakRssMb: number;
}

export interface MeasureOptions {
  /** Working directory of the child (the project root, for tsx and relative paths). */
  readonly cwd: string;
  /** Where GNU time writes the peak memory; without it only Node's own peak is known. */
  readonly rssFile?: string;
  /** What happens to the child's own output. @default "inherit" */
  readonly output?: "inherit" | "ignore";
}

/** Runs one task in a child process and resolves with its report and its wall time (spawn to exit). */
export function measure(request: TaskRequest, options: MeasureOptions): Promise<Measurement> {
  const { cwd, rssFile, output = "inherit" } = options;
  return new Promise((resolve, reject) => {
    const node = [process.execPath, "--import", "tsx", CHILD, JSON.stringify(request)];
    const [command, ...args] = rssFile === undefined ? node : [GNU_TIME, "-f", "%M", "-o", rssFile, ...node];
    const started = performance.now();
    let report: TaskReport | undefined;
    // The IPC channel is inherited through `time`, which passes its descriptors and environment on to Node.
    const child = spawn(command!, args, { cwd, stdio: ["ignore", output, output, "ipc"] });
    child.on("message", (message) => {
      report = message as TaskReport;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0 || report === undefined) {
        reject(new Error(`${request.task} failed (exit ${code ?? signal}); its output is above`));
        return;
      }
      const treeKb = rssFile === undefined ? 0 : Number.parseInt(readFileSync(rssFile, "utf8"), 10) || 0;
      resolve({ ...report, peakRssMb: Math.max(report.peakRssMb, treeKb / 1024), nodePeakRssMb: report.peakRssMb, wallSeconds });
    });
  });
}

/** Files under `dir`, and how many of them are HTML pages. */
export function countFiles(dir: string): { files: number; html: number } {
  if (!existsSync(dir)) return { files: 0, html: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { files: files.length, html: files.filter((entry) => entry.name.endsWith(".html")).length };
}
