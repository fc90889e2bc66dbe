// Benchmark, child side: runs one measured task (the floor, the full build, the
// stages before writing, or the search indexing alone) in a process of its own,
// so its peak memory is its own, and reports back to bench/run.ts over IPC.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

export type TaskName = "floor" | "build" | "prepare" | "warm-up";

export interface TaskRequest {
  readonly task: TaskName;
  readonly contentDir: string;
  readonly outputDir: string;
  readonly configFile: string;
  /** The build's cache folder (rendered Markdown, the record of the last output). */
  readonly cacheDir: string;
  readonly pageSize: number;
  /** Articles in the archive (the search index is written only for a site that has any). */
  readonly articles: number;
}

/** What a task tells about itself beyond its time and memory. */
export interface TaskDetails {
  /** Seconds per build phase (load, render, write, index), from the build's progress events. */
  readonly phases?: Readonly<Record<string, number>>;
  /** Pages the build took unchanged from its previous output. */
  readonly pagesReused?: number;
  /** Article bodies the build took from its Markdown cache. */
  readonly cachedBodies?: number;
  /** The build found its output already up to date and left it as it was. */
  readonly unchanged?: boolean;
}

export interface TaskReport extends TaskDetails {
  readonly task: TaskName;
  /** From the start of the task to its end, loading its modules included; Node and tsx start-up excluded. */
  readonly taskSeconds: number;
  /** Peak resident set size of this Node process. */
  readonly peakRssMb: number;
}

// Modules are imported inside the task, so the floor never pays for loading Eleventy, and the
// build pays for it inside `taskSeconds` as it does on the command line.
async function perform(request: TaskRequest): Promise<TaskDetails> {
  switch (request.task) {
    case "warm-up":
      // Loads every module once, so tsx's transform cache is filled before anything is timed.
      await Promise.all([import("./floor"), import("../src/pipeline/run-build")]);
      return {};
    case "floor": {
      const { runFloor } = await import("./floor");
      runFloor(request);
      return {};
    }
    case "build":
      return build(request);
    case "prepare": {
      const { loadSiteConfig } = await import("../src/config/site-config");
      const { prepareArchive } = await import("../src/pipeline/prepare-archive");
      await prepareArchive({ contentDir: request.contentDir, site: loadSiteConfig(request.configFile, {}) });
      return {};
    }
  }
}

async function build(request: TaskRequest): Promise<TaskDetails> {
  const { runBuild } = await import("../src/pipeline/run-build");
  const { applyEvent } = await import("../src/pipeline/progress");
  let state: ReturnType<typeof applyEvent> = {};
  const result = await runBuild({
    contentDir: request.contentDir,
    outputDir: request.outputDir,
    configFile: request.configFile,
    cacheDir: request.cacheDir,
    // An empty env keeps a SITE_URL or PATH_PREFIX of the shell out of the measurement.
    env: {},
    progress: (event) => {
      state = applyEvent(state, event, performance.now());
    },
  });
  const phases = Object.fromEntries(
    Object.entries(state).flatMap(([phase, { startedAt, endedAt }]) =>
      endedAt === undefined ? [] : [[phase, (endedAt - startedAt) / 1000]],
    ),
  );
  return { phases, pagesReused: result.pagesReused, cachedBodies: result.renderStats.cached, unchanged: result.unchanged };
}

/**
 * True while this process has a child in its own process group that has not been reaped (Linux
 * /proc; false elsewhere). The build's janitor runs in a group of its own and may go on removing
 * the replaced output after the build has returned, as it does after `npm run build`; it is not waited for.
 */
function hasSubprocesses(): boolean {
  const tasks = `/proc/${process.pid}/task`;
  if (!existsSync(tasks)) return false;
  const group = processGroup(process.pid);
  return readdirSync(tasks).some((tid) => {
    try {
      const children = readFileSync(`${tasks}/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      return children.some((child) => processGroup(Number(child)) === group && !isEsbuildService(Number(child)));
    } catch {
      return false;
    }
  });
}

/**
 * esbuild's service process, started when tsx registers its loader for the build's TypeScript
 * (`.eleventy.ts`, layout overrides). It lives as long as this process, exits with it, and is
 * never reaped before: waiting for it would add the wait's whole limit to every measured build.
 */
function isEsbuildService(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--service=");
  } catch {
    return false;
  }
}

/** The process group of `pid` (field 5 of /proc/<pid>/stat, after the command name in parentheses). */
function processGroup(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
  } catch {
    return undefined;
  }
}

/**
 * Pagefind's binary is killed when indexing ends; exiting before Node reaps it would hide its
 * memory from GNU time, which counts only the processes that were waited for.
 */
async function waitForSubprocesses(limitMs = 5000): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (hasSubprocesses() && performance.now() < deadline) await sleep(20);
}

const send = process.send?.bind(process);
if (send === undefined) {
  console.error("bench/child.ts is started by bench/run.ts; run `npm run bench` instead.");
  process.exit(2);
}
const request = JSON.parse(process.argv[2] ?? "{}") as TaskRequest;
const started = performance.now();
const details = await perform(request);
const taskSeconds = (performance.now() - started) / 1000;
await waitForSubprocesses();
const report: TaskReport = {
  ...details,
  task: request.task,
  taskSeconds,
  // Node reports maxRSS in kilobytes.
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
send(report, undefined, {}, () => process.exit(0));
