import { describe, expect, it } from "vitest";
import { formatPhaseTable, formatTable, median, summarize, type Sample, type Scenario } from "../../../bench/report";

const sample = (scenario: Scenario, wallSeconds: number, peakRssMb = 100): Sample => ({
  scenario,
  wallSeconds,
  taskSeconds: wallSeconds - 0.5,
  peakRssMb,
  nodePeakRssMb: peakRssMb / 2,
  filesWritten: scenario === "prepare" ? 0 : 40,
  htmlFiles: scenario === "prepare" ? 0 : 38,
});

describe("median", () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 9], 2],
  ])("of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("refuses an empty list", () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("summarize", () => {
  const rows = summarize([
    sample("cold", 9, 300),
    sample("floor", 2),
    sample("cold", 12, 450),
    sample("floor", 1),
    sample("cold", 10, 320),
    sample("floor", 3),
  ]);

  it("gives one row per measured scenario, floor first", () => {
    expect(rows.map((row) => row.scenario)).toEqual(["floor", "cold"]);
  });

  it("takes the median wall time and peak memory, the highest peak, and the ratio to the floor's median", () => {
    const cold = rows[1]!;
    expect(cold).toMatchObject({ runs: 3, wallSeconds: 10, taskSeconds: 9.5, peakRssMb: 320, peakRssMbMax: 450, nodePeakRssMb: 160, ratioToFloor: 5 });
    expect(cold.wallSecondsPerRun).toEqual([9, 12, 10]);
    expect(rows[0]!.ratioToFloor).toBe(1);
  });

  it("leaves the ratio undefined-looking (NaN) when the floor was not measured", () => {
    expect(summarize([sample("warm", 4)])[0]!.ratioToFloor).toBeNaN();
  });
});

describe("formatTable", () => {
  it("lays out a Markdown table with one line per scenario", () => {
    const table = formatTable(10_000, summarize([sample("floor", 2), sample("cold", 7.25, 1234.4)]));
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| articles +\| scenario +\| files written \(HTML\) \| wall s \(median\) \|/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+:\|/);
    expect(lines[3]).toMatch(/^\| 10,000 +\| cold +\| +40 \(38\) \| +7\.25 \| +6\.75 \| +1,234 \(617\) \| +3\.6 \| +– \|$/);
  });

  it("gives each rebuild's wall time as a share of the cold build's", () => {
    const lines = formatTable(10, summarize([sample("cold", 20), sample("cold", 22), sample("warm", 4.4), sample("add-one", 7)])).split("\n");
    expect(lines[0]).toMatch(/\| of cold \|$/);
    expect(lines.slice(2).map((line) => line.split("|").at(-2)!.trim())).toEqual(["–", "21%", "33%"]);
  });
});

describe("build phases", () => {
  const build = (scenario: Scenario, wall: number, phases: Record<string, number>, pagesReused: number): Sample => ({
    ...sample(scenario, wall),
    phases,
    pagesReused,
    cachedBodies: pagesReused * 2,
    unchanged: scenario === "warm",
  });
  const rows = summarize([
    sample("floor", 2),
    build("cold", 10, { load: 1, render: 4, write: 3, index: 2 }, 0),
    build("cold", 12, { load: 3, render: 2, write: 5, index: 2 }, 0),
    build("warm", 5, { load: 1, render: 0.5, write: 1, index: 2.5 }, 30),
  ]);

  it("keeps the median of each phase and of the reuse counts", () => {
    expect(rows.find((row) => row.scenario === "cold")).toMatchObject({ phases: { load: 2, render: 3, write: 4, index: 2 }, pagesReused: 0 });
    expect(rows.find((row) => row.scenario === "warm")).toMatchObject({ pagesReused: 30, cachedBodies: 60 });
    expect(rows.find((row) => row.scenario === "floor")?.phases).toBeUndefined();
  });

  it("gives each build's wall time without its search index phase, and its ratio to the floor", () => {
    // Runs of 10 − 2 and 12 − 2 seconds: median 9, and the floor took 2.
    expect(rows.find((row) => row.scenario === "cold")).toMatchObject({ wallSecondsWithoutSearch: 9, ratioToFloorWithoutSearch: 4.5 });
    expect(rows.find((row) => row.scenario === "warm")).toMatchObject({ wallSecondsWithoutSearch: 2.5 });
  });

  it("is not swayed by one disturbed run", () => {
    const warm = summarize([build("warm", 5, {}, 5), build("warm", 6, {}, 7), build("warm", 40, {}, 100)])[0]!;
    expect(warm).toMatchObject({ wallSeconds: 6, pagesReused: 7, cachedBodies: 14 });
  });

  it("tabulates the phases of builds only", () => {
    const lines = formatPhaseTable(1000, rows).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/\| load s \| render s \| write s \| search index s \| wall without search s \| × floor \| pages reused \| bodies cached \| output left as it was \|$/);
    expect(lines[2]).toMatch(/^\| 1,000 +\| cold +\| +2\.00 \| +3\.00 \| +4\.00 \| +2\.00 \| +9\.00 \| +4\.5 \| +0 \| +0 \| +0 of 2 runs \|$/);
    expect(lines[3]).toMatch(/^\| 1,000 +\| warm +\| +1\.00 \| +0\.50 \| +1\.00 \| +2\.50 \| +2\.50 \| +1\.3 \| +30 \| +60 \| +1 of 1 runs \|$/);
  });
});
