// Integration: builds tests/fixtures/migrated-files, an archive moved in from
// another system — bundles and folders beside articles, a shared image, a
// static folder, images with and without titles, links to other articles'
// files and old addresses, a missing image, dead links, a stray file — and
// checks the files, the rewritten bodies, the redirects, the warnings with
// their lines, and what a rebuild reuses.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { runCheck } from "../../src/check/run-check";
import { loadSiteConfig } from "../../src/config/site-config";
import { ContentError, formatDiagnostic } from "../../src/diagnostics";
import { runBuild, type BuildOptions } from "../../src/pipeline/run-build";
import { FIXTURES, listFiles } from "../support/built-site";
import { tempProjectDir } from "../support/temp-project";

const FIXTURE = path.join(FIXTURES, "migrated-files");
const FLOOD = "2019/05/14/flood";
const STORM = "2019/05/16/storm";
const BUDGET = "2020/02/03/budget";

let root: string;
let content: string;
let output: string;
let cacheDir: string;
let staticDir: string;

beforeEach(() => {
  // Inside the project: the site's Eleventy run copies the static folder by a path from the working directory.
  root = tempProjectDir("migrated");
  content = path.join(root, "content");
  output = path.join(root, "site");
  cacheDir = path.join(root, "cache");
  staticDir = path.join(root, "static");
  cpSync(path.join(FIXTURE, "content"), content, { recursive: true });
  cpSync(path.join(FIXTURE, "static"), staticDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function build(options: Partial<BuildOptions> = {}) {
  const configFile = path.join(FIXTURE, "site.config.json");
  return runBuild({ contentDir: content, outputDir: output, cacheDir, configFile, staticDir, env: {}, ...options });
}

const read = (file: string) => readFileSync(path.join(output, file), "utf8");
const bodyOf = (page: string) => {
  const html = read(`${page}/index.html`);
  const start = html.indexOf('<div class="article-body">');
  return html.slice(start, html.indexOf("</div>", start));
};
const shown = (file: string) => path.relative(process.cwd(), path.join(content, file));

describe("an archive moved in from another system", () => {
  it("publishes every bundle file, files beside an article, files it refers to and the static folder, byte for byte", async () => {
    await build();
    const same = (source: string, published: string) => expect(readFileSync(path.join(output, published))).toEqual(readFileSync(source));
    for (const name of ["photo.jpg", "map.png", "report.pdf", "notes.txt", "animation.gif", "diagram.svg"]) {
      same(path.join(content, "2019/flood", name), `${FLOOD}/${name}`);
    }
    same(path.join(content, "2019/storm/chart.png"), `${STORM}/chart.png`);
    same(path.join(content, "images/shared.jpg"), `${BUDGET}/images/shared.jpg`);
    same(path.join(staticDir, "images/logo.png"), "images/logo.png");
    same(path.join(staticDir, "downloads/guide.txt"), "downloads/guide.txt");
    expect(existsSync(path.join(output, "stray"))).toBe(false);
    expect(listFiles(output).filter((file) => file.includes("leftover"))).toEqual([]);
  });

  it("gives raster images resized WebP and own-format copies, GIF and SVG none", async () => {
    await build();
    const files = listFiles(output).filter((file) => file.startsWith(`${FLOOD}/`) || file.startsWith(`${STORM}/`));
    expect(files.filter((file) => /-\d+w\./.test(file)).sort()).toEqual(
      [
        `${FLOOD}/map-640w.png`,
        `${FLOOD}/map-640w.webp`,
        `${FLOOD}/map-900w.webp`,
        `${FLOOD}/photo-1280w.jpg`,
        `${FLOOD}/photo-1280w.webp`,
        `${FLOOD}/photo-640w.jpg`,
        `${FLOOD}/photo-640w.webp`,
        `${STORM}/chart-500w.webp`,
      ].sort(),
    );
    const webp = await sharp(path.join(output, `${FLOOD}/photo-640w.webp`)).metadata();
    expect(webp).toMatchObject({ format: "webp", width: 640 });
    const jpeg = await sharp(path.join(output, `${FLOOD}/photo-1280w.jpg`)).metadata();
    expect(jpeg).toMatchObject({ format: "jpeg", width: 1280 });
  });

  it("shows images as pictures with their size and lazy loading, a titled image alone in its paragraph as a figure", async () => {
    await build();
    const body = bodyOf(FLOOD);
    expect(body).toContain(
      `<p><picture><source type="image/webp" srcset="/${FLOOD}/photo-640w.webp 640w, /${FLOOD}/photo-1280w.webp 1280w" sizes="(min-width: 44rem) 42rem, 100vw">` +
        `<img src="/${FLOOD}/photo.jpg" srcset="/${FLOOD}/photo-640w.jpg 640w, /${FLOOD}/photo-1280w.jpg 1280w, /${FLOOD}/photo.jpg 1500w" sizes="(min-width: 44rem) 42rem, 100vw" ` +
        `alt="Flooded streets of the lower town" width="1500" height="1000" loading="lazy" decoding="async"></picture></p>`,
    );
    expect(body).toContain(
      `<figure><picture><source type="image/webp" srcset="/${FLOOD}/map-640w.webp 640w, /${FLOOD}/map-900w.webp 900w" sizes="(min-width: 44rem) 42rem, 100vw">` +
        `<img src="/${FLOOD}/map.png" srcset="/${FLOOD}/map-640w.png 640w, /${FLOOD}/map.png 900w" sizes="(min-width: 44rem) 42rem, 100vw" ` +
        `alt="Map of the flooded area" width="900" height="600" loading="lazy" decoding="async"></picture><figcaption>Where the water reached at noon</figcaption></figure>`,
    );
    expect(body).toContain(`<img src="/${FLOOD}/animation.gif" alt="Water levels" width="20" height="10" loading="lazy" decoding="async">`);
    expect(body).toContain(`<img src="/${FLOOD}/diagram.svg" alt="Levels" width="200" height="100" loading="lazy" decoding="async">`);
  });

  it("rewrites links to other articles' files and old addresses, keeps fragments, and leaves what leads nowhere as written", async () => {
    await build();
    expect(bodyOf(FLOOD)).toContain(`<a href="/${FLOOD}/report.pdf">its flood report</a>`);
    expect(bodyOf(FLOOD)).toContain(`<a href="/${STORM}/">warning about the storm</a>`);
    expect(bodyOf(STORM)).toContain(`<a href="/${FLOOD}/">last week's flood</a>`);
    expect(bodyOf(STORM)).toContain('<img src="radar.png" alt="Radar">');
    const budget = bodyOf(BUDGET);
    expect(budget).toContain(`<a href="/${FLOOD}/#damage">the flood</a>`);
    expect(budget).toContain('<img src="/images/logo.png" alt="Courier">');
    expect(budget).toContain(`<a href="/${BUDGET}/images/shared.jpg">the river photo</a>`);
    expect(budget).toContain('<a href="other-story.md">no such story</a>');
  });

  it("writes a redirect page at each old path a static host can serve, and every old address into /_redirects", async () => {
    await build();
    for (const [page, target] of [
      ["news/2019/river-floods-millford.html", FLOOD],
      ["2019/05/storm-warning/index.html", STORM],
      ["storm-old.html", STORM],
    ] as const) {
      const html = read(page);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${target}/"/>`);
      expect(html).toContain(`<link rel="canonical" href="https://archive.example.org/${target}/"/>`);
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).toContain(`<a href="/${target}/">`);
      expect(html).not.toContain("data-pagefind");
    }
    expect(existsSync(path.join(output, "budget-2020.php"))).toBe(false);
    expect(read("_redirects")).toBe(
      [
        "# Old addresses of the archive's articles (front matter `aliases`), written by the build.",
        `/news/2019/river-floods-millford.html  /${FLOOD}/  301`,
        `/2019/05/storm-warning/  /${STORM}/  301`,
        `/storm-old.html  /${STORM}/  301`,
        `/budget-2020.php  /${BUDGET}/  301`,
        "# With a query: Netlify's syntax, which other hosts ignore.",
        `/  p=42  /${STORM}/  301`,
        "",
      ].join("\n"),
    );
    const sitemap = read("sitemap.xml");
    expect(sitemap).not.toContain("storm-warning");
    expect(sitemap).not.toContain("river-floods-millford");
  });

  it("warns about missing files, dead links and unpublished files with file and line; --strict fails on them", async () => {
    const warnings = (await build()).warnings.map(formatDiagnostic);
    expect(warnings.sort()).toEqual(
      [
        `${shown("2019/storm.md")}:13:1: warning: missing file: \`radar.png\` is not in the content folder (expected ${path.relative(process.cwd(), content)}/2019/radar.png); add the file there or correct the reference`,
        `${shown("2019/storm.md")}:15:1: warning: dead link: \`/warnings/old/\` leads to no page of the site (no article, page, old address or file is at /warnings/old/); give the article it meant that address in its \`aliases\`, or correct the link`,
        `${shown("2020/budget.md")}:15:1: warning: dead link: \`/nowhere/\` leads to no page of the site (no article, page, old address or file is at /nowhere/); give the article it meant that address in its \`aliases\`, or correct the link`,
        `${shown("2020/budget.md")}:15:1: warning: dead link: \`other-story.md\` is no article of the content folder (expected ${path.relative(process.cwd(), content)}/2020/other-story.md); correct the link`,
        `${shown("stray")}/: warning: 1 file is not published: \`leftover.txt\` (no article is in a folder with it or refers to it); refer to it from an article, move it into an article's folder, or into the static folder`,
      ].sort(),
    );
    await expect(build({ strict: true, outputDir: path.join(root, "strict") })).rejects.toBeInstanceOf(ContentError);
    expect(existsSync(path.join(root, "strict"))).toBe(false);
  });

  it("is checked by `check` with the same warnings, every one listed", async () => {
    const site = { ...loadSiteConfig(path.join(FIXTURE, "site.config.json"), {}), static: staticDir };
    const report = await runCheck({ contentDir: content, site, now: DateTime.fromISO("2030-01-01T00:00:00Z") });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line ?? ""}: ${d.message.split(" (")[0]}`)).toEqual([
      `${shown("2019/storm.md")}:13: missing file: \`radar.png\` is not in the content folder`,
      `${shown("2019/storm.md")}:15: dead link: \`/warnings/old/\` leads to no page of the site`,
      `${shown("2020/budget.md")}:15: dead link: \`other-story.md\` is no article of the content folder`,
      `${shown("2020/budget.md")}:15: dead link: \`/nowhere/\` leads to no page of the site`,
      `${shown("stray")}/:: 1 file is not published: \`leftover.txt\``,
    ]);
    expect(report.articleCount).toBe(3);
  });
});

describe("old addresses that collide", () => {
  it("are errors naming both files: two articles claiming one, and one onto another article's page", async () => {
    const colliding = path.join(root, "colliding");
    cpSync(path.join(FIXTURE, "colliding"), colliding, { recursive: true });
    const error = await build({ contentDir: colliding }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    const shownFile = (name: string) => path.relative(process.cwd(), path.join(colliding, name));
    expect((error as ContentError).diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      `${shownFile("second.md")}:5:1: error: aliases: the old address /ferries is also an old address of ${shownFile("first.md")}; remove it from one of them`,
      `${shownFile("second.md")}:5:1: error: aliases: the old address /2021/03/01/first/ would be written to /2021/03/01/first/index.html, which is the page of ${shownFile("first.md")}; remove it from one of them`,
    ]);
    expect(existsSync(output)).toBe(false);
  });
});

describe("a rebuild of a moved archive", () => {
  it("with nothing changed leaves the output as it was and resizes no image", async () => {
    await build();
    const copies = listFiles(path.join(cacheDir, "images")).filter((file) => !file.endsWith(".json"));
    expect(copies.length).toBe(8);
    const times = new Map(copies.map((file) => [file, statSync(path.join(cacheDir, "images", file)).mtimeMs]));
    const second = await build();
    expect(second.unchanged).toBe(true);
    // The output gone: every image comes from the cache, none is resized again.
    rmSync(output, { recursive: true });
    const third = await build();
    expect(third.unchanged).toBe(false);
    const published = readFileSync(path.join(output, `${FLOOD}/photo-640w.webp`));
    const cached = copies.filter((file) => file.endsWith("-640.webp")).map((file) => readFileSync(path.join(cacheDir, "images", file)));
    expect(cached.some((copy) => copy.equals(published))).toBe(true);
    for (const [file, time] of times) expect(statSync(path.join(cacheDir, "images", file)).mtimeMs).toBe(time);
  });

  it("after an image changes, makes its copies again and drops the old ones from the cache", async () => {
    await build();
    const before = listFiles(path.join(cacheDir, "images"));
    await sharp({ create: { width: 700, height: 350, channels: 3, background: "#a33" } }).png().toFile(path.join(content, "2019/storm/chart.png"));
    await build();
    const after = listFiles(path.join(cacheDir, "images"));
    expect(after.filter((file) => !before.includes(file)).map((file) => file.replace(/^.*-/, ""))).toEqual(["640.png", "640.webp"]);
    expect(before.filter((file) => !after.includes(file)).map((file) => file.replace(/^.*-/, ""))).toEqual(["500.webp"]);
    expect(bodyOf(STORM)).toContain('width="700" height="350"');
    expect(existsSync(path.join(output, `${STORM}/chart-500w.webp`))).toBe(false);
  });

  it("takes a changed bundle file anew and keeps the others as they were", async () => {
    await build();
    const kept = statSync(path.join(output, `${FLOOD}/report.pdf`)).ino;
    writeFileSync(path.join(content, "2019/flood/notes.txt"), "Notes, revised.\n");
    const second = await build();
    expect(second.unchanged).toBe(false);
    expect(read(`${FLOOD}/notes.txt`)).toBe("Notes, revised.\n");
    expect(statSync(path.join(output, `${FLOOD}/report.pdf`)).ino).toBe(kept);
  });
});

describe("files and links of a moved archive, further cases", () => {
  it("carry the path prefix", async () => {
    await build({ env: { PATH_PREFIX: "/news" } });
    expect(bodyOf(STORM)).toContain(`<a href="/news/${FLOOD}/">last week's flood</a>`);
    expect(bodyOf(BUDGET)).toContain('<img src="/news/images/logo.png" alt="Courier">');
    expect(read("_redirects")).toContain(`/news/2019/05/storm-warning/  /news/${STORM}/  301`);
    expect(read("2019/05/storm-warning/index.html")).toContain(`url=/news/${STORM}/`);
  });

  it("never read or publish a bundle file whose link leads out of the content folder, and say so", async () => {
    const outside = mkdtempSync(path.join(tmpdir(), "outside-"));
    try {
      writeFileSync(path.join(outside, "secret.txt"), "not for the site\n");
      symlinkSync(path.join(outside, "secret.txt"), path.join(content, "2019/flood/secret.txt"));
      const { warnings } = await build();
      expect(warnings.map(formatDiagnostic)).toContainEqual(
        `${shown("2019/flood/secret.txt")}: warning: symbolic link: expected a file or folder inside the content folder, got a link to \`${path.join(outside, "secret.txt")}\`, which is outside it; it was not read (move what it points to into the content folder, or remove the link)`,
      );
      expect(existsSync(path.join(output, `${FLOOD}/secret.txt`))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("leave a draft's files unpublished and unreported, and publish them with --drafts", async () => {
    mkdirSync(path.join(content, "2021/plans"), { recursive: true });
    writeFileSync(path.join(content, "2021/plans/index.md"), "---\ntitle: Plans\ndate: 2021-01-05\nsource: Valley Courier\ndraft: true\n---\n\nSee [the plan](plan.pdf).\n");
    writeFileSync(path.join(content, "2021/plans/plan.pdf"), "%PDF-1.4\n");
    const { warnings } = await build();
    expect(warnings.map(formatDiagnostic).filter((line) => line.includes("plans"))).toEqual([]);
    expect(listFiles(output).filter((file) => file.includes("plan"))).toEqual([]);
    await build({ includeDrafts: true });
    expect(existsSync(path.join(output, "2021/01/05/plans/plan.pdf"))).toBe(true);
  });

  it("refuse a static file that would overwrite a file published with an article", async () => {
    cpSync(path.join(content, "2019/flood/report.pdf"), path.join(staticDir, FLOOD, "report.pdf"), { recursive: true });
    const error = await build().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).diagnostics.map(formatDiagnostic)).toEqual([
      `${path.relative(process.cwd(), path.join(staticDir, FLOOD, "report.pdf"))}: error: copied file: it would be written to /${FLOOD}/report.pdf, which would overwrite the archive's own /${FLOOD}/report.pdf; rename or move the file`,
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it("keep the old modification time of an unchanged image copied anew", async () => {
    await build();
    const past = new Date("2001-02-03T04:05:06Z");
    utimesSync(path.join(output, `${FLOOD}/photo-640w.webp`), past, past);
    rmSync(path.join(cacheDir, "output"), { recursive: true });
    await build();
    expect(statSync(path.join(output, `${FLOOD}/photo-640w.webp`)).mtime.toISOString()).toBe(past.toISOString());
  });
});
