// Benchmark, profiling aid (`npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`):
// prints where a CPU profile of the build spent its time, as two Markdown tables.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { functionLabel, groupOf, selfTimes, type CpuProfile, type SelfTime } from "./cpu-profile";

function print(title: string, rows: readonly SelfTime[]): void {
  console.log(`\n${title}\n| self ms | share | where |\n|--------:|------:|-------|`);
  for (const row of rows) console.log(`| ${row.ms.toFixed(0).padStart(7)} | ${(row.share * 100).toFixed(1).padStart(4)}% | ${row.name} |`);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
const file = positionals[0];
if (file === undefined) {
  console.error("Usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const top = Number(values.top);
print("Self time by package or source folder", selfTimes(profile, (node) => groupOf(node.callFrame.url)).slice(0, top));
print("Self time by function", selfTimes(profile, functionLabel).slice(0, top));
