import { describe, expect, it } from "vitest";
import { functionLabel, groupOf, selfTimes, type CpuProfile } from "../../../bench/cpu-profile";

describe("groupOf", () => {
  it.each([
    ["file:///work/main/node_modules/@11ty/eleventy/src/Template.js", "@11ty/eleventy"],
    ["file:///work/main/node_modules/markdown-it/lib/renderer.mjs", "markdown-it"],
    ["file:///work/main/src/render/render-page.ts", "src/render"],
    ["file:///work/main/layouts/Base.tsx", "layouts"],
    ["node:fs", "node:fs"],
    ["", "(V8: program, GC, idle)"],
  ])("%s → %s", (url, group) => {
    expect(groupOf(url)).toBe(group);
  });
});

describe("selfTimes", () => {
  const node = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: 9 } });
  const profile: CpuProfile = {
    nodes: [
      node(1, "(root)", ""),
      node(2, "render", "file:///p/node_modules/markdown-it/lib/renderer.mjs"),
      node(3, "slugify", "file:///p/src/model/slug.ts"),
    ],
    samples: [2, 3, 2, 2],
    // The time of each sample is the gap to the next one; the last sample gets none.
    timeDeltas: [0, 1000, 3000, 2000],
  };

  it("sums the time per key, largest first, with each key's share", () => {
    expect(selfTimes(profile, (n) => groupOf(n.callFrame.url))).toEqual([
      { name: "markdown-it", ms: 3, share: 0.5 },
      { name: "src/model", ms: 3, share: 0.5 },
    ]);
  });

  it("labels functions with their file and 1-based line", () => {
    expect(selfTimes(profile, functionLabel).map((row) => row.name)).toEqual([
      "render markdown-it/lib/renderer.mjs:10",
      "slugify src/model/slug.ts:10",
    ]);
  });
});
