// Eleventy edge tests: the archive plugin as the dev server uses it (the whole
// site in one Eleventy run of a configuration file) writes every file of the
// site with its renderer's bytes and the stylesheet; run by Eleventy's own
// command line with the project's .eleventy.ts, it builds the project's site.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowTypeScriptImports } from "../../../src/eleventy/project";
import { attachRun } from "../../../src/eleventy/run-context";
import { ImageCache } from "../../../src/images/image-cache";
import type { ArchiveModel } from "../../../src/model/types";
import { siteFiles } from "../../../src/render/site-files";
import { FIXTURES, fixtureModel, NO_PAGES_ELEVENTY_CONFIG, outputPathsUnder } from "../../support/built-site";
import { loadSiteConfig } from "../../../src/config/site-config";
import { prepareArchive } from "../../../src/pipeline/prepare-archive";
import { ROOT } from "../../support/run-cli";

let root: string;
let model: ArchiveModel;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "news-archive-"));
  model = await fixtureModel();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the archive plugin", () => {
  it("has Eleventy write every file of the site with its renderer's bytes, the stylesheet and the favicons, in one run", async () => {
    const out = path.join(root, "site");
    // As the dev server runs under tsx, Eleventy can import the TypeScript configuration.
    allowTypeScriptImports();
    const eleventy = new Eleventy(undefined, out, {
      quietMode: true,
      configPath: NO_PAGES_ELEVENTY_CONFIG,
      config: (config) => attachRun(config, { role: "whole", site: model.site, archive: () => model, images: new ImageCache(undefined, "content") }),
    });
    await eleventy.write();
    const files = siteFiles(model);
    expect(outputPathsUnder(out)).toEqual([...files.map((file) => file.outputPath), "/assets/site.css", "/favicon.ico", "/favicon.svg"].sort());
    for (const file of files) expect(readFileSync(path.join(out, file.outputPath), "utf8"), file.outputPath).toBe(file.render());
  });

  it("has Eleventy write the files published with the articles, resized images and the static folder too", async () => {
    const fixture = path.join(FIXTURES, "migrated-files");
    const site = { ...loadSiteConfig(path.join(fixture, "site.config.json"), {}), static: path.relative(ROOT, path.join(fixture, "static")) };
    const images = new ImageCache(undefined, "content");
    const moved = (await prepareArchive({ contentDir: path.join(fixture, "content"), site, images })).model;
    const out = path.join(root, "moved");
    allowTypeScriptImports();
    const eleventy = new Eleventy(undefined, out, {
      quietMode: true,
      configPath: NO_PAGES_ELEVENTY_CONFIG,
      config: (config) => attachRun(config, { role: "whole", site, archive: () => moved, images }),
    });
    try {
      await eleventy.write();
    } finally {
      images.close();
    }
    const written = outputPathsUnder(out);
    for (const file of moved.files) expect(written, file.outputPath).toContain(file.outputPath);
    expect(readFileSync(path.join(out, "2019/05/14/flood/map.png"))).toEqual(readFileSync(path.join(fixture, "content/2019/flood/map.png")));
    expect(readFileSync(path.join(out, "2019/05/14/flood/map-640w.webp")).subarray(8, 12).toString()).toBe("WEBP");
    expect(readFileSync(path.join(out, "images/logo.png"))).toEqual(readFileSync(path.join(fixture, "static/images/logo.png")));
    expect(written).toContain("/_redirects");
  });

  it("builds the project's site from Eleventy's own command line with the project's .eleventy.ts", () => {
    const out = path.join(root, "cli");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=.eleventy.ts", `--output=${out}`, "--quiet"],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const file of ["index.html", "about/index.html", "topics/index.html", "feed.xml", "assets/site.css"]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(out, "about/index.html"), "utf8")).toContain('<nav class="site-nav"');
  });
});
