// Integration: builds the sample archive (content/ with site.config.json) and
// checks every page is valid HTML and every internal link and asset
// reference resolves to a file that was written.

import path from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, fileForUrl, internalReferences, type BuiltSite } from "../support/built-site";
import { ROOT } from "../support/run-cli";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite({ contentDir: path.join(ROOT, "content"), configFile: path.join(ROOT, "site.config.json") });
});
afterAll(() => site?.cleanup());

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // preact-render-to-string writes `<!doctype html>` and self-closes void elements (`<meta/>`):
    // both are valid HTML, so only consistency with that output is enforced.
    "doctype-style": ["error", { style: "lowercase" }],
    "void-style": ["error", { style: "selfclose" }],
    // Article pages are titled "Full headline – Site title" on purpose; the 70-character limit is
    // search-engine advice, not validity, and cutting headlines would lose what readers look for.
    "long-title": "off",
  },
});

const htmlFiles = () => site.files.filter((file) => file.endsWith(".html"));

describe("the built sample site", () => {
  it("has every kind of page", () => {
    expect(site.model.articles.length).toBeGreaterThanOrEqual(18);
    expect(site.files).toEqual(
      expect.arrayContaining(["index.html", "404.html", "archive/index.html", "topics/index.html", "sources/index.html", "search/index.html"]),
    );
    expect(htmlFiles().length).toBeGreaterThan(site.model.articles.length);
  });

  it("is valid HTML on every page", async () => {
    const errors: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateString(site.read(file), file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it("resolves every internal link and asset reference to a written file", () => {
    const files = new Set(site.files);
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      for (const ref of internalReferences(site.read(file))) {
        checked++;
        const target = fileForUrl(ref, site.model.site.pathPrefix);
        if (target === undefined || !files.has(target)) broken.push(`${file} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(htmlFiles().length * 5);
  });

  it("links every page to the stylesheet it needs", () => {
    const withoutStylesheet = htmlFiles().filter((file) => !internalReferences(site.read(file)).includes("/assets/site.css"));
    expect(withoutStylesheet).toEqual([]);
  });
});
