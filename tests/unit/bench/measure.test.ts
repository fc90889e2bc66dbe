import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArchive } from "../../../bench/generate";
import { GNU_TIME, countFiles, measure } from "../../../bench/measure";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

describe("countFiles", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "bench-count-"));
    mkdirSync(path.join(dir, "a/b"), { recursive: true });
    for (const file of ["index.html", "a/index.html", "a/b/index.html", "a/feed.xml", "a/b/site.css"]) {
      writeFileSync(path.join(dir, file), "x");
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("counts every file in nested folders, and the HTML pages among them", () => {
    expect(countFiles(dir)).toEqual({ files: 5, html: 3 });
  });

  it("counts nothing in a folder that does not exist", () => {
    expect(countFiles(path.join(dir, "missing"))).toEqual({ files: 0, html: 0 });
  });
});

describe("measure", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "bench-measure-"));
    writeArchive(path.join(root, "content"), { count: 25, seed: 2 });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("runs a task in a child process and brings back its report and peak memory", async () => {
    const outputDir = path.join(root, "floor");
    const request = { task: "floor", contentDir: path.join(root, "content"), outputDir, configFile: "", cacheDir: "", pageSize: 20, articles: 25 } as const;
    const result = await measure(request, {
      cwd: PROJECT_ROOT,
      rssFile: existsSync(GNU_TIME) ? path.join(root, "rss.txt") : undefined,
    });
    expect(result.task).toBe("floor");
    expect(result.peakRssMb).toBeGreaterThan(10);
    expect(countFiles(outputDir).html).toBeGreaterThan(25);
  });

  it("rejects, naming the task, when the child fails", async () => {
    const request = { task: "floor", contentDir: path.join(root, "missing"), outputDir: path.join(root, "x"), configFile: "", cacheDir: "", pageSize: 20, articles: 0 } as const;
    await expect(measure(request, { cwd: PROJECT_ROOT, output: "ignore" })).rejects.toThrow(/^floor failed \(exit 1\)/);
  });
});
