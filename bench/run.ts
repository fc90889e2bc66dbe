// Benchmark entry point (`npm run bench -- --articles N [--runs R] [--seed S] [--images] [--keep]`):
// times the floor and the real build on a generated archive, each in a child
// process of its own, prints a table and writes bench/results/<articles>.json.

import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, ensureArchive, newArticle, type ArchiveSpec } from "./generate";
import { IMAGE_EVERY } from "./images";
import { GNU_TIME, countFiles, measure } from "./measure";
import { SCENARIO_TASKS, formatPhaseTable, formatTable, summarize, type Sample, type Scenario } from "./report";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL("./results", import.meta.url));
const PAGE_SIZE = 20;

const USAGE = "Usage: npm run bench -- --articles N [--runs R] [--seed S] [--images] [--keep]";

function parseFlags(): { spec: ArchiveSpec; runs: number; keep: boolean } {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      keep: { type: "boolean", default: false },
      images: { type: "boolean", default: false },
    },
    strict: true,
  });
  const whole = (name: string, raw: string, min: number): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      console.error(`--${name}: expected a whole number of at least ${min}, got \`${raw}\`\n${USAGE}`);
      process.exit(2);
    }
    return value;
  };
  return {
    spec: { count: whole("articles", values.articles, 1), seed: whole("seed", values.seed, 0), images: values.images },
    runs: whole("runs", values.runs, 1),
    keep: values.keep,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function main(): Promise<void> {
  const { spec, runs, keep } = parseFlags();
  const generation = performance.now();
  const archive = await ensureArchive(spec);
  const how = archive.generated ? `generated in ${((performance.now() - generation) / 1000).toFixed(1)} s` : "reused";
  const photos = spec.images === true ? `, a photo beside one in ${IMAGE_EVERY}` : "";
  console.log(`Archive: ${spec.count} articles${photos}, seed ${spec.seed}, ${how} (${path.relative(PROJECT_ROOT, archive.dir)}/)`);

  // A private copy, so adding an article never touches the cached archive.
  const work = mkdtempSync(path.join(os.tmpdir(), "news-bench-"));
  const contentDir = path.join(work, "content");
  cpSync(archive.dir, contentDir, { recursive: true });
  const configFile = path.join(work, "site.config.json");
  writeFileSync(configFile, JSON.stringify({ title: "Bench Archive", timezone: "UTC", pageSize: PAGE_SIZE }));
  const added = newArticle(spec);
  const addedFile = path.join(contentDir, added.relativePath);

  // Each run writes into folders of its own, all removed at the end: removing tens of thousands
  // of files just before a timed task slows the disk for minutes and would be timed with it.
  // The build's cache folder (rendered Markdown, the record of the last output) is private to the
  // run too, so a cold build starts without one and the project's `.cache/` is never touched.
  const folders = (runNumber: number) => {
    const site = path.join(work, `site-${runNumber}`);
    const outputs: Record<Scenario, string> = {
      floor: path.join(work, `floor-${runNumber}`),
      prepare: path.join(work, `prepare-${runNumber}`),
      cold: site,
      warm: site,
      "add-one": site,
    };
    return { outputs, cacheDir: path.join(work, `cache-${runNumber}`) };
  };
  const rssFile = existsSync(GNU_TIME) ? path.join(work, "peak-rss.txt") : undefined;
  const samples: Sample[] = [];
  const run = async (scenario: Scenario, runNumber: number): Promise<void> => {
    const { outputs, cacheDir } = folders(runNumber);
    const outputDir = outputs[scenario];
    const request = { task: SCENARIO_TASKS[scenario], contentDir, outputDir, configFile, cacheDir, pageSize: PAGE_SIZE, articles: spec.count };
    const report = await measure(request, { cwd: PROJECT_ROOT, rssFile });
    // What the scenario itself wrote: nothing for the stages before writing.
    const count = scenario === "prepare" ? { files: 0, html: 0 } : countFiles(outputDir);
    samples.push({ scenario, ...report, filesWritten: count.files, htmlFiles: count.html });
    const left = report.unchanged === true ? ", output up to date and left as it was" : "";
    console.log(`  ${scenario.padEnd(8)} ${report.wallSeconds.toFixed(2)} s wall, ${Math.round(report.peakRssMb)} MB (Node ${Math.round(report.nodePeakRssMb)} MB), ${count.files} files${left}`);
  };

  const loadBefore = os.loadavg();
  try {
    const warmUp = path.join(work, "warm-up");
    await measure({ task: "warm-up", contentDir, outputDir: warmUp, configFile, cacheDir: warmUp, pageSize: PAGE_SIZE, articles: spec.count }, { cwd: PROJECT_ROOT });
    for (let i = 1; i <= runs; i++) {
      console.log(`Run ${i} of ${runs}`);
      await run("floor", i);
      await run("prepare", i);
      await run("cold", i);
      await run("warm", i);
      mkdirSync(path.dirname(addedFile), { recursive: true });
      writeFileSync(addedFile, added.text);
      try {
        await run("add-one", i);
      } finally {
        rmSync(addedFile);
      }
    }
  } finally {
    if (keep) console.log(`Kept the work folder: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  const rows = summarize(samples);
  console.log(`\n${formatTable(spec.count, rows)}\n\n${formatPhaseTable(spec.count, rows)}\n`);

  const result = {
    articles: spec.count,
    images: spec.images === true ? `a 1600×1000 JPEG beside one article in ${IMAGE_EVERY}` : "none",
    seed: spec.seed,
    runs,
    pageSize: PAGE_SIZE,
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the machine slows every figure; the 1-minute load average shows how much there was.
      loadAverageBefore: round(loadBefore[0]!),
      loadAverageAfter: round(os.loadavg()[0]!),
    },
    peakRss: rssFile === undefined ? "Node process only (process.resourceUsage)" : "largest process of the task's tree (GNU time %M)",
    buildCache: "a private cache folder per run, so every cold build starts without one; all folders removed after the last run",
    scenarios: rows,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${spec.count}${spec.images === true ? "-images" : ""}.json`);
  writeFileSync(file, `${JSON.stringify(result, (_key, value: unknown) => (typeof value === "number" ? round(value) : value), 2)}\n`);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
}

try {
  await main();
} catch (error) {
  console.error(`Benchmark stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
