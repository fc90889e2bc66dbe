// The fast js-yaml path and the position-keeping yaml path must read every
// real article the same way: same data, same key positions.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverArticleFiles } from "../../../src/content/discover";
import { parseFrontMatter, parseFullYaml, parseYaml } from "../../../src/content/front-matter";

const ROOT = path.resolve(import.meta.dirname, "../../..");

async function frontMatterTexts(dir: string): Promise<[string, string][]> {
  const { files } = await discoverArticleFiles(path.join(ROOT, dir));
  return files.map(({ relativePath: file }) => {
    const text = readFileSync(path.join(ROOT, dir, file), "utf8");
    return [`${dir}/${file}`, text.slice(4, text.indexOf("\n---", 3) + 1)];
  });
}

describe("fast and precise YAML paths agree", async () => {
  const samples = [...(await frontMatterTexts("content")), ...(await frontMatterTexts("tests/fixtures/archive"))];

  it("covers the sample archive", () => {
    expect(samples.length).toBeGreaterThan(25);
  });

  it.each(samples)("%s", (_file, yamlText) => {
    expect(parseYaml(yamlText, "", 1)).toEqual(parseFullYaml(yamlText, "", 1));
  });

  it.each([
    ["nested source mapping", "title: T\nsource:\n  name: AP\n  url: https://apnews.com\n"],
    ["block list", "tags:\n  - A\n  - B\ntitle: T\n"],
    ["quoted values with colons", 'title: "Talks: day two"\ndate: "2023-08-06"\n'],
    ["numbers and booleans", "tags: [2024, 7]\ndraft: false\n"],
    ["null and empty", "author:\nsummary: ~\n"],
  ])("%s", (_label, yamlText) => {
    expect(parseYaml(yamlText, "", 1)).toEqual(parseFullYaml(yamlText, "", 1));
    expect(parseFrontMatter(`---\n${yamlText}---\n`).ok).toBe(true);
  });
});
