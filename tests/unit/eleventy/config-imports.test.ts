// Eleventy edge tests: the local modules a configuration imports are found
// through every import form, transitively, with packages left out and the
// folders to skip not read.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localImports } from "../../../src/eleventy/config-imports";

let root: string;
const file = (name: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
};
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "config-imports-"));
  file(
    "eleventy.config.ts",
    [
      'import type { UserConfig } from "@11ty/eleventy";',
      'import markdownIt from "markdown-it";',
      'import { shout } from "./eleventy/filters.js";',
      "import credit from './eleventy/credit';",
      'export { helper } from "./eleventy/helper.mjs";',
      'import "./eleventy/side-effect.cjs";',
      'const data = require("./eleventy/data.json");',
      'const later = () => import("./eleventy/later");',
      'import vendored from "./vendor/plugin.js";',
    ].join("\n"),
  );
  file("eleventy/filters.ts", 'import { words } from "./words";\nexport const shout = (t: string) => words(t);\n');
  file("eleventy/words.ts", "export const words = (t: string) => t;\n");
  file("eleventy/credit/index.ts", "export default () => undefined;\n");
  file("eleventy/helper.mjs", "export const helper = 1;\n");
  file("eleventy/side-effect.cjs", "module.exports = {};\n");
  file("eleventy/data.json", "{}\n");
  file("eleventy/later.js", 'import "./unused-missing.js";\n');
  file("vendor/plugin.js", 'import "./inner.js";\nexport default 1;\n');
  file("vendor/inner.js", "export default 2;\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("localImports", () => {
  it("finds every local module a configuration imports, in every form, transitively, and no package", () => {
    const found = localImports(path.join(root, "eleventy.config.ts")).map((f) => path.relative(root, f)).sort();
    expect(found).toEqual(
      [
        "eleventy/credit/index.ts",
        "eleventy/data.json",
        "eleventy/filters.ts",
        "eleventy/helper.mjs",
        "eleventy/later.js",
        "eleventy/side-effect.cjs",
        "eleventy/words.ts",
        "vendor/inner.js",
        "vendor/plugin.js",
      ].sort(),
    );
  });

  it("lists a module in a folder to skip, but does not read it for more", () => {
    const found = localImports(path.join(root, "eleventy.config.ts"), [path.join(root, "vendor")]).map((f) => path.relative(root, f));
    expect(found).toContain("vendor/plugin.js");
    expect(found).not.toContain("vendor/inner.js");
  });
});
