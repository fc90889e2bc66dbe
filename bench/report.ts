// Benchmark, results: folds the samples of every run into one row per task
// (median wall time, peak memory, ratio to the floor) and lays them out as a table.

import type { TaskDetails, TaskName } from "./child";

export type Scenario = "floor" | "prepare" | "cold" | "warm" | "add-one";

export const SCENARIO_LABELS: Readonly<Record<Scenario, string>> = {
  floor: "floor (gray-matter + markdown-it + template strings)",
  prepare: "build stages before writing (load, Markdown, model)",
  cold: "full build, cold (no caches, no output)",
  warm: "full build, warm (nothing changed)",
  "add-one": "full build after adding one article",
};

export const SCENARIO_TASKS: Readonly<Record<Scenario, TaskName>> = {
  floor: "floor",
  prepare: "prepare",
  cold: "build",
  warm: "build",
  "add-one": "build",
};

/** One measurement of one scenario in one run. */
export interface Sample extends TaskDetails {
  readonly scenario: Scenario;
  /** Spawn to exit of the child process, as a user would time the command. */
  readonly wallSeconds: number;
  readonly taskSeconds: number;
  /** The largest process of the task's tree (Pagefind's binary included) when GNU time measured it. */
  readonly peakRssMb: number;
  /** The Node process alone, without Pagefind's binary. */
  readonly nodePeakRssMb: number;
  /** Every file in the output folder afterwards (0 for tasks that write nothing). */
  readonly filesWritten: number;
  readonly htmlFiles: number;
}

export interface ScenarioSummary {
  readonly scenario: Scenario;
  readonly label: string;
  readonly runs: number;
  readonly filesWritten: number;
  readonly htmlFiles: number;
  readonly wallSeconds: number;
  readonly taskSeconds: number;
  /** Median of the runs' peaks: one run disturbed by other work on the machine does not set it. */
  readonly peakRssMb: number;
  /** Highest peak over the runs. */
  readonly peakRssMbMax: number;
  /** Median peak of the Node process alone. */
  readonly nodePeakRssMb: number;
  /** Median wall time over the floor's median wall time. */
  readonly ratioToFloor: number;
  readonly wallSecondsPerRun: readonly number[];
  /** Median seconds of each build phase (builds only). */
  readonly phases?: Readonly<Record<string, number>>;
  /** Median of each run's wall time minus its search index phase (builds only). */
  readonly wallSecondsWithoutSearch?: number;
  /** `wallSecondsWithoutSearch` over the floor's median wall time. */
  readonly ratioToFloorWithoutSearch?: number;
  /** Medians over the runs (builds only). */
  readonly pagesReused?: number;
  readonly cachedBodies?: number;
  /** Median wall time over the cold build's median wall time (rebuilds only): the issue's targets are shares of cold. */
  readonly shareOfCold?: number;
  /** Runs in which the build found its output up to date and left it as it was (builds only). */
  readonly unchangedRuns?: number;
}

/** The build's phases in the order they run, as its progress events name them. */
export const BUILD_PHASES = ["load", "render", "write", "index"] as const;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One summary per scenario that has samples, in the order of SCENARIO_LABELS. */
export function summarize(samples: readonly Sample[]): ScenarioSummary[] {
  const of = (scenario: Scenario) => samples.filter((sample) => sample.scenario === scenario);
  const floor = of("floor");
  const floorWall = floor.length > 0 ? median(floor.map((sample) => sample.wallSeconds)) : Number.NaN;
  const cold = of("cold");
  const coldWall = cold.length > 0 ? median(cold.map((sample) => sample.wallSeconds)) : Number.NaN;
  return (Object.keys(SCENARIO_LABELS) as Scenario[]).flatMap((scenario) => {
    const group = of(scenario);
    const last = group[group.length - 1];
    if (last === undefined) return [];
    const wallSeconds = median(group.map((sample) => sample.wallSeconds));
    return [
      {
        scenario,
        label: SCENARIO_LABELS[scenario],
        runs: group.length,
        filesWritten: last.filesWritten,
        htmlFiles: last.htmlFiles,
        wallSeconds,
        taskSeconds: median(group.map((sample) => sample.taskSeconds)),
        peakRssMb: median(group.map((sample) => sample.peakRssMb)),
        peakRssMbMax: Math.max(...group.map((sample) => sample.peakRssMb)),
        nodePeakRssMb: median(group.map((sample) => sample.nodePeakRssMb)),
        ratioToFloor: wallSeconds / floorWall,
        wallSecondsPerRun: group.map((sample) => sample.wallSeconds),
        ...(last.phases === undefined ? {} : phaseSummary(group, floorWall)),
        ...medianOf(group, "pagesReused"),
        ...medianOf(group, "cachedBodies"),
        ...(scenario === "warm" || scenario === "add-one" ? { shareOfCold: wallSeconds / coldWall } : {}),
        ...(last.unchanged === undefined ? {} : { unchangedRuns: group.filter((sample) => sample.unchanged === true).length }),
      },
    ];
  });
}

function medianOf(group: readonly Sample[], key: "pagesReused" | "cachedBodies"): { [K in typeof key]?: number } {
  const values = group.flatMap((sample) => sample[key] ?? []);
  return values.length === 0 ? {} : { [key]: median(values) };
}

type PhaseSummary = Pick<ScenarioSummary, "phases" | "wallSecondsWithoutSearch" | "ratioToFloorWithoutSearch">;

// Search indexing is optional work the floor does not do, so a build is also compared without it.
function phaseSummary(group: readonly Sample[], floorWall: number): PhaseSummary {
  const names = [...new Set(group.flatMap((sample) => Object.keys(sample.phases ?? {})))];
  const phases = Object.fromEntries(names.map((name) => [name, median(group.flatMap((sample) => sample.phases?.[name] ?? []))]));
  const wallSecondsWithoutSearch = median(group.map((sample) => sample.wallSeconds - (sample.phases?.index ?? 0)));
  return { phases, wallSecondsWithoutSearch, ratioToFloorWithoutSearch: wallSecondsWithoutSearch / floorWall };
}

/** The main table, in Markdown: readable in a terminal and pasteable into the README. */
export function formatTable(articles: number, rows: readonly ScenarioSummary[]): string {
  const header = ["articles", "scenario", "files written (HTML)", "wall s (median)", "in-task s", "peak RSS MB (Node)", "× floor", "of cold"];
  const body = rows.map((row) => [
    articles.toLocaleString("en-US"),
    row.scenario,
    `${row.filesWritten.toLocaleString("en-US")} (${row.htmlFiles.toLocaleString("en-US")})`,
    row.wallSeconds.toFixed(2),
    row.taskSeconds.toFixed(2),
    `${Math.round(row.peakRssMb).toLocaleString("en-US")} (${Math.round(row.nodePeakRssMb).toLocaleString("en-US")})`,
    ratio(row.ratioToFloor),
    row.shareOfCold !== undefined && Number.isFinite(row.shareOfCold) ? `${Math.round(row.shareOfCold * 100)}%` : "–",
  ]);
  return markdownTable(header, body, 2);
}

/** Where the builds spent their time: median seconds per phase, and what they took from the previous build. */
export function formatPhaseTable(articles: number, rows: readonly ScenarioSummary[]): string {
  const header = [
    "articles",
    "build",
    ...BUILD_PHASES.map((phase) => (phase === "index" ? "search index s" : `${phase} s`)),
    "wall without search s",
    "× floor",
    "pages reused",
    "bodies cached",
    "output left as it was",
  ];
  const body = rows
    .filter((row) => row.phases !== undefined)
    .map((row) => [
      articles.toLocaleString("en-US"),
      row.scenario,
      ...BUILD_PHASES.map((phase) => row.phases?.[phase]?.toFixed(2) ?? "–"),
      row.wallSecondsWithoutSearch?.toFixed(2) ?? "–",
      ratio(row.ratioToFloorWithoutSearch),
      row.pagesReused?.toLocaleString("en-US") ?? "–",
      row.cachedBodies?.toLocaleString("en-US") ?? "–",
      row.unchangedRuns === undefined ? "–" : `${row.unchangedRuns} of ${row.runs} runs`,
    ]);
  return markdownTable(header, body, 2);
}

function ratio(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? value.toFixed(1) : "–";
}

/** The first `textColumns` columns are left-aligned, the rest (numbers) right-aligned. */
function markdownTable(header: readonly string[], body: readonly (readonly string[])[], textColumns: number): string {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => `-${"-".repeat(width)}${column < textColumns ? "-" : ":"}`).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}
