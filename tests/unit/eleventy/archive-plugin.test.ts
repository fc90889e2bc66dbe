// Eleventy edge tests: run through .eleventy.ts as the dev server runs it,
// Eleventy writes every file of the site, each with its renderer's bytes, and
// copies the stylesheet.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import configureEleventy from "../../../.eleventy";
import { ELEVENTY_INPUT } from "../../../src/build/run-build";
import type { ArchiveModel } from "../../../src/model/types";
import { siteFiles } from "../../../src/render/site-files";
import { fixtureModel, outputPathsUnder } from "../../support/built-site";

let root: string;
let model: ArchiveModel;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "archive-plugin-"));
  model = await fixtureModel();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the archive plugin", () => {
  it("has Eleventy write every file of the site with its renderer's bytes, and the stylesheet", async () => {
    const out = path.join(root, "site");
    const eleventy = new Eleventy(ELEVENTY_INPUT, out, {
      quietMode: true,
      config: (config) => configureEleventy(config, () => model),
    });
    await eleventy.write();
    const files = siteFiles(model);
    expect(outputPathsUnder(out)).toEqual([...files.map((file) => file.outputPath), "/assets/site.css"].sort());
    for (const file of files) expect(readFileSync(path.join(out, file.outputPath), "utf8"), file.outputPath).toBe(file.render());
  });
});
