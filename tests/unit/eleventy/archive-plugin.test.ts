// Eleventy edge tests: run through .eleventy.ts as the dev server runs it,
// Eleventy writes every file of the site, each with its renderer's bytes, and
// copies the stylesheet.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import configureEleventy from "../../../.eleventy";
import { analyzeArchive } from "../../../src/build/prepare-archive";
import { ELEVENTY_INPUT } from "../../../src/build/run-build";
import { loadSiteConfig } from "../../../src/config/site-config";
import type { ArchiveModel } from "../../../src/model/types";
import { siteFiles } from "../../../src/render/site-files";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
let root: string;
let model: ArchiveModel;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "archive-plugin-"));
  const site = loadSiteConfig(path.join(FIXTURES, "archive.config.json"), {});
  model = (await analyzeArchive({ contentDir: path.join(FIXTURES, "archive"), site })).model;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`)
    .sort();
}

describe("the archive plugin", () => {
  it("has Eleventy write every file of the site with its renderer's bytes, and the stylesheet", async () => {
    const out = path.join(root, "site");
    const eleventy = new Eleventy(ELEVENTY_INPUT, out, {
      quietMode: true,
      config: (config) => configureEleventy(config, () => model),
    });
    await eleventy.write();
    const files = siteFiles(model);
    expect(filesUnder(out)).toEqual([...files.map((file) => file.outputPath), "/assets/site.css"].sort());
    for (const file of files) expect(readFileSync(path.join(out, file.outputPath), "utf8"), file.outputPath).toBe(file.render());
  });
});
