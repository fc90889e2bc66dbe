// Integration: the newsroom's identity from site.config.json reaches every
// page — logo, favicons, theme colours, extra stylesheet, footer, extra
// navigation links — with the path prefix where it belongs; the files named
// are copied into the output; a site without any of it still answers
// /favicon.ico; and a rebuild notices a changed logo, stylesheet or favicon
// while a rebuild with nothing changed still changes nothing.

import { cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../../src/pipeline/run-build";
import { BUILT_IN_ICONS_DIR } from "../../src/render/site-assets";
import { buildFixtureSite, FIXTURES, listFiles, type BuiltSite } from "../support/built-site";
import { tempProjectDir } from "../support/temp-project";

const IDENTITY = path.join(FIXTURES, "identity");
const IDENTITY_CONFIG = path.join(IDENTITY, "identity.config.json");

const text = (element: HTMLElement | null | undefined) => (element?.text ?? "").replace(/\s+/g, " ").trim();
const hrefs = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((element) => element.getAttribute("href"));
const fixtureBytes = (name: string) => readFileSync(path.join(IDENTITY, name));

let branded: BuiltSite;
let prefixed: BuiltSite;
let plain: BuiltSite;
beforeAll(async () => {
  branded = await buildFixtureSite({ configFile: IDENTITY_CONFIG });
  prefixed = await buildFixtureSite({ configFile: IDENTITY_CONFIG, env: { PATH_PREFIX: "/news" } });
  plain = await buildFixtureSite();
});
afterAll(() => {
  for (const site of [branded, prefixed, plain]) site?.cleanup();
});

describe("a site with an identity of its own", () => {
  it("shows its logo in place of the title, with its alternative text", () => {
    for (const file of ["index.html", "topics/index.html", "2023/08/06/factory-tour/index.html", "404.html"]) {
      const title = parse(branded.read(file)).querySelector(".site-title")!;
      const logo = title.querySelector("img.site-logo");
      expect(logo?.getAttribute("src"), file).toBe("/assets/brand/logo.svg");
      expect(logo?.getAttribute("alt"), file).toBe("The Harbour Desk, since 1998");
      expect(text(title), file).toBe("");
    }
    expect(readFileSync(path.join(branded.dir, "assets/brand/logo.svg"))).toEqual(fixtureBytes("brand/harbour-logo.svg"));
  });

  it("links the theme's colours and its own stylesheet after the built-in one, and copies them", () => {
    const head = parse(branded.read("index.html")).querySelector("head")!;
    expect(hrefs(head, 'link[rel="stylesheet"]')).toEqual(["/assets/site.css", "/assets/theme.css", "/assets/brand/stylesheet.css"]);
    const theme = branded.read("assets/theme.css");
    expect(theme).toContain("@media screen and (prefers-color-scheme: light) {\n  :root {\n    --accent: #006633;\n    --link: #0a4a80;\n  }\n}");
    expect(theme).toContain("@media screen and (prefers-color-scheme: dark) {\n  :root {\n    --accent: #7fe0a8;\n  }\n}");
    expect(readFileSync(path.join(branded.dir, "assets/brand/stylesheet.css"))).toEqual(fixtureBytes("brand/harbour.css"));
  });

  it("links and copies its favicons, its ICO at /favicon.ico", () => {
    const icons = parse(branded.read("topics/index.html")).querySelectorAll('link[rel="icon"]');
    expect(icons.map((icon) => [icon.getAttribute("href"), icon.getAttribute("type"), icon.getAttribute("sizes")])).toEqual([
      ["/favicon.ico", undefined, "any"],
      ["/favicon.svg", "image/svg+xml", undefined],
    ]);
    expect(readFileSync(path.join(branded.dir, "favicon.ico"))).toEqual(fixtureBytes("brand/favicon.ico"));
    expect(readFileSync(path.join(branded.dir, "favicon.svg"))).toEqual(fixtureBytes("brand/icon.svg"));
  });

  it("puts its footer text and links in every page's footer", () => {
    const footer = parse(branded.read("2023/08/06/factory-tour/index.html")).querySelector(".site-footer")!;
    expect(text(footer.querySelector(".site-footer__text"))).toBe("© 2025 The Harbour Desk. Reporting from the quay since 1998.");
    expect(footer.querySelectorAll(".site-footer__links a").map((link) => [text(link), link.getAttribute("href")])).toEqual([
      ["Privacy", "/privacy/"],
      ["Contact", "mailto:desk@harbour.example"],
    ]);
  });

  it("merges its navigation links with the archive's sections by order", () => {
    const nav = parse(branded.read("index.html")).querySelectorAll(".site-nav a");
    expect(nav.map((link) => [text(link), link.getAttribute("href")])).toEqual([
      ["Latest", "/"],
      ["Tides", "/tides/"],
      ["Topics", "/topics/"],
      ["Sources", "/sources/"],
      ["Archive", "/archive/"],
      ["Newsletter", "https://harbour.example/newsletter"],
    ]);
  });

  it("puts the path prefix before its own paths, never before outside URLs", () => {
    const home = parse(prefixed.read("index.html"));
    expect(home.querySelector(".site-logo")?.getAttribute("src")).toBe("/news/assets/brand/logo.svg");
    expect(hrefs(home, 'link[rel="stylesheet"]')).toEqual(["/news/assets/site.css", "/news/assets/theme.css", "/news/assets/brand/stylesheet.css"]);
    expect(hrefs(home, 'link[rel="icon"]')).toEqual(["/news/favicon.ico", "/news/favicon.svg"]);
    expect(hrefs(home, ".site-nav a")).toContain("/news/tides/");
    expect(hrefs(home, ".site-nav a")).toContain("https://harbour.example/newsletter");
    expect(hrefs(home, ".site-footer__links a")).toEqual(["/news/privacy/", "mailto:desk@harbour.example"]);
  });

  it("gives no warning", () => {
    expect(branded.warnings).toEqual([]);
  });
});

describe("a site without an identity of its own", () => {
  it("answers /favicon.ico and /favicon.svg with the generator's own icon, and links them", () => {
    expect(readFileSync(path.join(plain.dir, "favicon.ico"))).toEqual(readFileSync(path.join(BUILT_IN_ICONS_DIR, "favicon.ico")));
    expect(readFileSync(path.join(plain.dir, "favicon.svg"))).toEqual(readFileSync(path.join(BUILT_IN_ICONS_DIR, "favicon.svg")));
    expect(hrefs(parse(plain.read("index.html")), 'link[rel="icon"]')).toEqual(["/favicon.ico", "/favicon.svg"]);
  });

  it("has its title as text in the header, one stylesheet, and no theme file or brand folder", () => {
    const home = parse(plain.read("index.html"));
    expect(text(home.querySelector(".site-title"))).toBe("Fixture Archive");
    expect(hrefs(home, 'link[rel="stylesheet"]')).toEqual(["/assets/site.css"]);
    expect(plain.files.filter((file) => file.startsWith("assets/"))).toEqual(["assets/site.css"]);
  });
});

describe("the identity's files in a rebuild", () => {
  let project: string;
  let output: string;
  let cacheRoot: string;

  beforeAll(() => {
    // Inside the repository: the site's run copies files named relative to the working directory.
    project = tempProjectDir("identity-rebuild");
    cpSync(IDENTITY, project, { recursive: true });
    cacheRoot = mkdtempSync(path.join(tmpdir(), "identity-rebuild-"));
    output = path.join(cacheRoot, "site");
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(cacheRoot, { recursive: true, force: true });
  });

  const build = () =>
    runBuild({
      contentDir: path.join(FIXTURES, "archive"),
      configFile: path.join(project, "identity.config.json"),
      outputDir: output,
      cacheDir: path.join(cacheRoot, "cache"),
      env: {},
    });
  /** Changes a project file, with a modification time of its own so the change shows even within a clock tick. */
  const change = (name: string, bytes: string | Buffer, seconds: number) => {
    const file = path.join(project, name);
    writeFileSync(file, bytes);
    utimesSync(file, new Date(), new Date(Date.now() + seconds * 1000));
  };
  const outputBytes = (name: string) => readFileSync(path.join(output, name));

  it("changes nothing when nothing changed", async () => {
    expect((await build()).unchanged).toBe(false);
    const files = listFiles(output);
    expect((await build()).unchanged).toBe(true);
    expect(listFiles(output)).toEqual(files);
  });

  it("copies a changed logo, stylesheet or favicon again", async () => {
    change("brand/harbour-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>', 5);
    expect((await build()).unchanged).toBe(false);
    expect(outputBytes("assets/brand/logo.svg").toString()).toContain('viewBox="0 0 10 10"');

    change("brand/harbour.css", ".site-footer__text { font-weight: 700; }\n", 10);
    expect((await build()).unchanged).toBe(false);
    expect(outputBytes("assets/brand/stylesheet.css").toString()).toBe(".site-footer__text { font-weight: 700; }\n");

    const icon = Buffer.concat([fixtureBytes("brand/favicon.ico"), Buffer.from([0])]);
    change("brand/favicon.ico", icon, 15);
    expect((await build()).unchanged).toBe(false);
    expect(outputBytes("favicon.ico")).toEqual(icon);

    expect((await build()).unchanged).toBe(true);
  });
});
