// Write stage tests: every file of the site reaches the staging folder with
// exactly the bytes its renderer gives, whether Eleventy runs on this thread or
// on its own, in one run or many; a file that cannot be rendered stops the
// write with its path, and the writer is stopped before the error comes out.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPageWriter, type WriterPlace } from "../../../src/build/write/page-writer";
import type { OutputPlan } from "../../../src/build/reuse/output-plan";
import { writePages } from "../../../src/build/write/write-pages";
import type { ArchiveModel } from "../../../src/model/types";
import { siteFiles } from "../../../src/render/site-files";
import { fixtureModel, NO_PAGES_ELEVENTY_CONFIG, outputPathsUnder } from "../../support/built-site";
const NOTHING_REUSED: OutputPlan = { outputDir: "", code: "", fingerprints: new Map(), reused: new Set(), rendered: new Map(), groups: new Map() };

let root: string;
let model: ArchiveModel;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "write-pages-"));
  model = await fixtureModel();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let outputs = 0;
function freshOutput(): string {
  const dir = path.join(root, `out-${++outputs}`);
  mkdirSync(dir);
  return dir;
}

/** writePages into `out` with nothing to reuse, Eleventy running at `place`. */
function writeInto(out: string, place: WriterPlace, options: { model?: ArchiveModel; batchSize?: number; progress?: (done: number) => void }) {
  const written = options.model ?? model;
  return writePages({
    model: written,
    configFile: NO_PAGES_ELEVENTY_CONFIG,
    stagingDir: out,
    previousDir: path.join(root, "no-previous-output"),
    plan: NOTHING_REUSED,
    writer: startPageWriter(written, place),
    batchSize: options.batchSize,
    progress: options.progress && ((event) => options.progress!(event.done)),
  });
}

describe("writePages", () => {
  it.each([
    ["on this thread, in one run", "here", undefined],
    ["on this thread, seven files a run", "here", 7],
    ["on a thread of its own, seven files a run", "thread", 7],
  ] as [string, WriterPlace, number | undefined][])("writes every file with its renderer's bytes %s", async (_how, place, batchSize) => {
    const out = freshOutput();
    const events: number[] = [];
    const written = await writeInto(out, place, { batchSize, progress: (done) => events.push(done) });
    const expected = siteFiles(model);
    const paths = expected.map((file) => file.outputPath);
    // The site's own run: the stylesheet and the favicons are its files when there are no pages.
    const own = ["/assets/site.css", "/favicon.ico", "/favicon.svg"];
    expect(written).toEqual({
      files: expected.length + own.length,
      reused: 0,
      fresh: [...paths, ...own],
      siteRun: { files: own, sources: ["layouts/assets", "layouts/favicon/favicon.ico", "layouts/favicon/favicon.svg"] },
    });
    expect(outputPathsUnder(out)).toEqual([...paths, ...own].sort());
    for (const file of expected) expect(readFileSync(path.join(out, file.outputPath), "utf8"), file.outputPath).toBe(file.render());
    expect(events.at(-1)).toBe(expected.length + own.length);
  });

  it("stops at a file that cannot be rendered, naming it, with the writer stopped", async () => {
    const broken: ArchiveModel = { ...model, site: { ...model.site, timezone: "Not/A_Zone" } };
    const out = freshOutput();
    const failure = await writeInto(out, "thread", { model: broken, batchSize: 3 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Could not render \/.+/);
    // Nothing is written once writePages has given up: the folder stays as it was left.
    const left = outputPathsUnder(out);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outputPathsUnder(out)).toEqual(left);
    expect(existsSync(path.join(out, "sitemap.xml"))).toBe(false);
  });

  it.each(["here", "thread"] as WriterPlace[])("reports Eleventy's own failure to write a file (%s)", async (place) => {
    const out = freshOutput();
    // A file where the topic pages' folder should be: those pages cannot be written.
    writeFileSync(path.join(out, "topics"), "in the way");
    const failure = await writeInto(out, place, { batchSize: 7 }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe("Eleventy could not write the site");
    expect(errorChain(failure).join("\n")).toMatch(/ENOTDIR|EEXIST/);
  });
});

/** Messages of an error and the errors it wraps. */
function errorChain(error: unknown): string[] {
  const messages: string[] = [];
  for (let e = error; e instanceof Error && messages.length < 10; e = e.cause) messages.push(e.message);
  return messages;
}
