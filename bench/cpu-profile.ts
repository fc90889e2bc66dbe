// Benchmark, profiling aid: sums the self time of a V8 CPU profile (from
// `node --cpu-prof`) per function and per package or source folder, so a slow
// build shows where its time goes. bench/profile-summary.ts prints it.

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  /** Microseconds since the previous sample. */
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

/** "eleventy" for node_modules/@11ty/eleventy/…, "src/render" for our own files, "node:fs" for Node's. */
export function groupOf(url: string): string {
  if (url === "") return "(V8: program, GC, idle)";
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith("node:")) return url;
  const ours = /\/((?:src|layouts|bench)(?:\/[^/]+)?)\//.exec(url) ?? /\/((?:src|layouts|bench))\/[^/]+$/.exec(url);
  return ours ? ours[1]! : url;
}

export function functionLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(src|layouts|bench)\//, "$1/");
  return file === "" ? functionName || "(anonymous)" : `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

/** Self time per key, largest first. Each sample's time is the gap to the next sample. */
export function selfTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string): SelfTime[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const micros = profile.timeDeltas[i + 1] ?? 0;
    if (node === undefined || micros <= 0) return;
    const key = keyOf(node);
    totals.set(key, (totals.get(key) ?? 0) + micros);
    all += micros;
  });
  return [...totals]
    .map(([name, micros]) => ({ name, ms: micros / 1000, share: all === 0 ? 0 : micros / all }))
    .sort((a, b) => b.ms - a.ms);
}
