// Integration: builds a copy of tests/fixtures/archive more than once into the
// same output and checks what the cache and page reuse must guarantee: the
// same bytes as a build from scratch, modification times that change only with
// the bytes, an output left alone when nothing would change, and the same
// output whether Markdown is rendered on threads or not.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBuild, type BuildOptions } from "../../src/pipeline/run-build";
import { ContentError } from "../../src/diagnostics";
import { FIXTURES, listFiles } from "../support/built-site";
import { tempProjectDir } from "../support/temp-project";

const PAST = new Date("2001-02-03T04:05:06Z");
const ARTICLE = "2023/12/31/december/index.html";

let root: string;
let content: string;
let output: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "rebuild-"));
  content = path.join(root, "content");
  output = path.join(root, "site");
  cacheDir = path.join(root, "cache");
  cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function build(options: Partial<BuildOptions> = {}) {
  return runBuild({ contentDir: content, outputDir: output, cacheDir, configFile: path.join(FIXTURES, "archive.config.json"), env: {}, ...options });
}

/** Every file of a built site with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

function ageEveryFile(dir: string): void {
  for (const file of listFiles(dir)) utimesSync(path.join(dir, file), PAST, PAST);
}

const mtimeOf = (file: string) => statSync(path.join(output, file)).mtimeMs;
const mtimes = () => new Map(listFiles(output).map((file) => [file, mtimeOf(file)]));

/** Files whose modification time moved; carried times are exact to the microsecond (see carry-mtimes.ts). */
function moved(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  return [...after].filter(([file, time]) => !(Math.abs(time - (before.get(file) ?? Number.NaN)) < 0.001)).map(([file]) => file);
}

function editTitle(): void {
  const file = path.join(content, "2023/december.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("Year-end trade figures", "Year-end trade data"));
}

/** The same content built from scratch, without cache or previous output. */
async function freshBuild(options: Partial<BuildOptions> = {}): Promise<Map<string, Buffer>> {
  const fresh = path.join(root, "fresh");
  await build({ ...options, outputDir: fresh, cacheDir: false });
  return snapshot(fresh);
}

describe("a rebuild", () => {
  it("with nothing changed reuses every page and Markdown body and changes no byte and no modification time", async () => {
    const first = await build();
    const before = snapshot(output);
    const times = mtimes();
    const second = await build();
    expect(second.renderStats).toMatchObject({ cached: first.model.articles.length, rendered: 0 });
    expect(second.pagesReused).toBeGreaterThan(first.model.pages.articles.length + first.model.pages.indexes.length);
    expect(snapshot(output)).toEqual(before);
    expect(moved(times, mtimes())).toEqual([]);
  });

  it("with nothing changed leaves the output folder itself in place: nothing staged, swapped or removed", async () => {
    expect((await build()).unchanged).toBe(false);
    const folder = statSync(output).ino;
    const second = await build();
    expect(second.unchanged).toBe(true);
    expect(second.filesWritten).toBe((await build({ outputDir: path.join(root, "other") })).filesWritten);
    expect(statSync(output).ino).toBe(folder);
    expect(readdirSync(root).filter((name) => name.startsWith(".site."))).toEqual([]);
  });

  it.each(["2023/notes.txt", "pagefind/notes.txt", "pagefind/9/pagefind-entry.json", "pagefind/0/fragment/extra.pf_fragment"])(
    "with nothing changed still replaces an output that holds a file the build would not write (%s)",
    async (stray) => {
      await build();
      const before = snapshot(output);
      mkdirSync(path.dirname(path.join(output, stray)), { recursive: true });
      writeFileSync(path.join(output, stray), "left here by hand");
      expect((await build()).unchanged).toBe(false);
      expect(snapshot(output)).toEqual(before);
    },
  );

  it.each(["sitemap.xml", "robots.txt", "search/search.js", "assets/site.css", "pagefind/shards.json"])(
    "with nothing changed writes %s again when it was changed in the output by hand",
    async (file) => {
      await build();
      const original = readFileSync(path.join(output, file));
      writeFileSync(path.join(output, file), Buffer.concat([original, Buffer.from("\n")]));
      expect((await build()).unchanged).toBe(false);
      expect(readFileSync(path.join(output, file))).toEqual(original);
    },
  );

  it("with nothing changed takes every search shard over instead of indexing again", async () => {
    const first = await build({ searchShardSize: 2 });
    expect(first.searchShards).toEqual({ total: 4, indexed: 4 });
    const entry = () => statSync(path.join(output, "pagefind/0/pagefind-entry.json")).ino;
    const before = entry();
    expect((await build({ searchShardSize: 2 })).searchShards).toEqual({ total: 4, indexed: 0 });
    expect(entry()).toBe(before);
  });

  it("after a new article indexes only the newest shard, and ends as a fresh build would", async () => {
    await build({ searchShardSize: 2 });
    const inodes = () => new Map(listFiles(output).filter((file) => file.startsWith("pagefind/")).map((file) => [file, statSync(path.join(output, file)).ino]));
    const before = inodes();
    writeFileSync(path.join(content, "2024", "newest.md"), "---\ntitle: The newest report\ndate: 2024-12-30\nsource: AP\ntags: [Economy]\n---\nFigures for the whole year.\n");

    const rebuilt = await build({ searchShardSize: 2 });
    expect(rebuilt.unchanged).toBe(false);
    expect(rebuilt.searchShards).toEqual({ total: 4, indexed: 1 });
    const after = inodes();
    const relinked = [...after].filter(([file, ino]) => before.get(file) === ino).map(([file]) => file.split("/")[1]);
    expect(new Set(relinked)).toEqual(new Set(["0", "1", "2"]));
    expect(snapshot(output)).toEqual(await freshBuild({ searchShardSize: 2 }));
  });

  it("indexes a shard again when a file of its bundle was removed from the output", async () => {
    await build();
    const before = snapshot(output);
    rmSync(path.join(output, "pagefind/0/pagefind-entry.json"));
    expect((await build()).searchShards).toEqual({ total: 1, indexed: 1 });
    expect(snapshot(output)).toEqual(before);
  });

  it("after an edit keeps the modification time of every file whose bytes did not change", async () => {
    await build();
    ageEveryFile(output);
    const before = snapshot(output);
    editTitle();
    await build();
    const after = snapshot(output);

    const unchanged = [...after.keys()].filter((file) => before.get(file)?.equals(after.get(file)!));
    const changed = [...after.keys()].filter((file) => !unchanged.includes(file));
    expect(unchanged.length).toBeGreaterThan(changed.length);
    expect(unchanged.filter((file) => mtimeOf(file) !== PAST.getTime())).toEqual([]);
    expect(changed.filter((file) => mtimeOf(file) === PAST.getTime())).toEqual([]);

    const listing = changed.filter((file) => file.endsWith(".html") && after.get(file)!.includes("Year-end trade data"));
    expect(listing).toEqual(expect.arrayContaining([ARTICLE, "2023/12/31/index.html", "topics/economy/index.html"]));
    expect(after).toEqual(await freshBuild());
  });

  it.each([
    ["a new article", () => writeFileSync(path.join(content, "2023/new-report.md"), "---\ntitle: A new report\ndate: 2023-10-02\nsource: AP\ntags: [Economy]\n---\nFresh news.\n")],
    ["a removed article", () => rmSync(path.join(content, "2023/late-evening.md"))],
    ["a changed body", () => writeFileSync(path.join(content, "2023/december.md"), readFileSync(path.join(content, "2023/december.md"), "utf8").replace("Exports rose", "Imports rose"))],
  ])("after %s writes exactly what a build from scratch writes", async (_, change) => {
    await build();
    change();
    const rebuilt = await build();
    expect(rebuilt.pagesReused).toBeGreaterThan(0);
    expect(snapshot(output)).toEqual(await freshBuild());
  });

  it("after a new article renders the calendar pages of its month again and reuses every other month's", async () => {
    await build();
    const inode = (file: string) => statSync(path.join(output, file)).ino;
    const [sameMonth, otherMonth, otherDayOfYear] = ["2023/08/07/index.html", "2024/03/20/index.html", "on-this-day/03/14/index.html"];
    const before = new Map([sameMonth, otherMonth, otherDayOfYear].map((file) => [file, inode(file)]));
    writeFileSync(path.join(content, "2023/harbour-report.md"), "---\ntitle: Harbour report\ndate: 2023-08-20T10:00:00\nsource: AP\n---\nShips came in.\n");

    const rebuilt = await build();
    expect(inode(sameMonth)).not.toBe(before.get(sameMonth));
    expect(readFileSync(path.join(output, sameMonth), "utf8")).toContain('href="/2023/08/20/"');
    expect(readFileSync(path.join(output, "2023/08/20/index.html"), "utf8")).toContain("Harbour report");
    expect(inode(otherMonth)).toBe(before.get(otherMonth));
    expect(inode(otherDayOfYear)).toBe(before.get(otherDayOfYear));
    expect(rebuilt.pagesReused).toBeGreaterThan(rebuilt.filesWritten / 2);
    expect(snapshot(output)).toEqual(await freshBuild());
  });

  it("renders a page again when its file in the output was changed by hand", async () => {
    await build();
    const original = readFileSync(path.join(output, ARTICLE));
    writeFileSync(path.join(output, ARTICLE), "<p>edited on the server</p>");
    await build();
    expect(readFileSync(path.join(output, ARTICLE))).toEqual(original);
  });

  it("after the cache folder was deleted renders everything and writes the same bytes", async () => {
    await build();
    const before = snapshot(output);
    rmSync(cacheDir, { recursive: true });
    const again = await build();
    expect(again).toMatchObject({ pagesReused: 0, renderStats: { cached: 0 } });
    expect(snapshot(output)).toEqual(before);
  });

  it("that fails leaves the previous output as it was, and the next build can still reuse it", async () => {
    await build();
    const before = snapshot(output);
    const times = mtimes();
    writeFileSync(path.join(content, "2023/broken.md"), "---\ntitle: Broken\ndate: yesterday\nsource: AP\n---\nText.\n");
    await expect(build()).rejects.toBeInstanceOf(ContentError);
    expect(snapshot(output)).toEqual(before);
    expect(moved(times, mtimes())).toEqual([]);

    rmSync(path.join(content, "2023/broken.md"));
    expect((await build()).pagesReused).toBeGreaterThan(0);
    expect(snapshot(output)).toEqual(before);
    expect(moved(times, mtimes())).toEqual([]);
  });
});

describe("writing the pages in several Eleventy runs", () => {
  it("writes the same bytes as one run", async () => {
    const one = await build({ outputDir: path.join(root, "one"), cacheDir: false });
    const many = await build({ outputDir: path.join(root, "many"), cacheDir: false, pagesPerRun: 7 });
    expect(many.filesWritten).toBe(one.filesWritten);
    expect(snapshot(path.join(root, "many"))).toEqual(snapshot(path.join(root, "one")));
  });

  it("with reused pages writes what a build from scratch writes", async () => {
    await build({ pagesPerRun: 7 });
    editTitle();
    await build({ pagesPerRun: 7 });
    expect(snapshot(output)).toEqual(await freshBuild());
  });
});

describe("rendering Markdown on worker threads", () => {
  it("writes the same bytes as rendering on the main thread", async () => {
    const single = await build({ outputDir: path.join(root, "single"), cacheDir: false, renderThreads: 1 });
    const threaded = await build({ outputDir: path.join(root, "threaded"), cacheDir: false, renderThreads: 2, renderThreadThreshold: 0 });
    expect(single.renderStats.threads).toBe(0);
    expect(threaded.renderStats.threads).toBe(2);
    const [one, two] = [snapshot(path.join(root, "single")), snapshot(path.join(root, "threaded"))];
    expect([...two.keys()]).toEqual([...one.keys()]);
    expect([...one.keys()].filter((file) => !one.get(file)!.equals(two.get(file)!))).toEqual([]);
  });
});

describe("the site's own part in a rebuild", () => {
  const PLUGIN = path.resolve(import.meta.dirname, "../../src/eleventy/news-archive.ts");
  let project: string;
  let configFile: string;

  beforeEach(() => {
    // A newsroom's project: a configuration importing a filter kept beside it, a page using the
    // filter, a layout partial, and a folder of static files copied through.
    project = tempProjectDir("rebuild-project");
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
      writeFileSync(path.join(project, name), text);
    };
    write("package.json", '{ "type": "module" }\n');
    write("eleventy/filters.ts", 'export const shout = (text: string) => text.toUpperCase();\n');
    write(
      "eleventy.config.ts",
      `import newsArchive from ${JSON.stringify(PLUGIN)};\nimport { shout } from "./eleventy/filters.js";\n` +
        // The project lives in the repository's git-ignored tmp/, which Eleventy would skip.
        `export default function (config: any) {\n  config.addPlugin(newsArchive);\n  config.setUseGitIgnore(false);\n  config.addFilter("shout", shout);\n` +
        `  config.addPassthroughCopy({ ${JSON.stringify(path.join(project, "static"))}: "files" });\n}\n` +
        `export const config = { dir: { input: ${JSON.stringify(path.join(project, "pages"))} } };\n`,
    );
    write("pages/about.md", "---\ntitle: About\nnav: { order: 50 }\n---\n{{ 'the desk' | shout }}\n");
    write("static/notice.txt", "Office hours: 9 to 5.\n");
    configFile = path.join(project, "eleventy.config.ts");
  });

  afterEach(() => rmSync(project, { recursive: true, force: true }));

  const siteBuild = () => build({ eleventyConfig: configFile });
  const aboutText = () => readFileSync(path.join(output, "about/index.html"), "utf8");

  it("with nothing changed leaves the output alone, pages and copied files included", async () => {
    expect((await siteBuild()).unchanged).toBe(false);
    expect(aboutText()).toContain("THE DESK");
    const before = snapshot(output);
    expect((await siteBuild()).unchanged).toBe(true);
    expect(snapshot(output)).toEqual(before);
  });

  it("runs the site's part again when a page is edited, and takes the archive's pages over", async () => {
    await siteBuild();
    const article = () => statSync(path.join(output, ARTICLE)).ino;
    const before = article();
    writeFileSync(path.join(project, "pages/about.md"), "---\ntitle: About\nnav: { order: 50 }\n---\n{{ 'the newsroom' | shout }}\n");
    const rebuilt = await siteBuild();
    expect(rebuilt.unchanged).toBe(false);
    expect(aboutText()).toContain("THE NEWSROOM");
    expect(article()).toBe(before);
  });

  it("runs the site's part again when a module the configuration imports changes, and only then", async () => {
    await siteBuild();
    // Taken over (linked) from the previous output, or written again: the file's inode tells.
    const about = () => statSync(path.join(output, "about/index.html")).ino;
    writeFileSync(path.join(project, "pages/unlisted.md"), "---\ntitle: Unlisted\n---\nText\n");
    await siteBuild();
    const written = about();
    await siteBuild();
    expect(about()).toBe(written);
    // A new modification time for the imported module (a process cannot import its new text again,
    // but a build is a process of its own: what matters here is that the plan notices).
    utimesSync(path.join(project, "eleventy/filters.ts"), new Date(), new Date(Date.now() + 5000));
    await siteBuild();
    expect(about()).not.toBe(written);
  });

  it("copies a static file again when it changes, and a new one when it is added", async () => {
    await siteBuild();
    writeFileSync(path.join(project, "static/notice.txt"), "Office hours: 8 to 4.\n");
    utimesSync(path.join(project, "static/notice.txt"), new Date(), new Date(Date.now() + 1000));
    writeFileSync(path.join(project, "static/new.txt"), "A new notice.\n");
    expect((await siteBuild()).unchanged).toBe(false);
    expect(readFileSync(path.join(output, "files/notice.txt"), "utf8")).toBe("Office hours: 8 to 4.\n");
    expect(readFileSync(path.join(output, "files/new.txt"), "utf8")).toBe("A new notice.\n");
  });

  it("renders every page again when a page joins the navigation, since every header shows it", async () => {
    await siteBuild();
    writeFileSync(path.join(project, "pages/contact.md"), "---\ntitle: Contact\nnav: { order: 60 }\n---\nWrite to us.\n");
    await siteBuild();
    expect(readFileSync(path.join(output, ARTICLE), "utf8")).toContain(">Contact</a>");
    expect(snapshot(output)).toEqual(await freshBuild({ eleventyConfig: configFile }));
  });
});
