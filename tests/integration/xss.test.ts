// Integration: builds tests/fixtures/xss (hostile bodies, links, embeds and
// front matter) and proves nothing executable survives into any output file:
// HTML pages, Atom and sitemap XML, JSON feeds. The same for
// tests/fixtures/search-xss, whose search page tests/e2e/search-xss.test.ts
// checks in a browser.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeArchive } from "../../src/pipeline/prepare-archive";
import { loadSiteConfig } from "../../src/config/site-config";
import { createMarkdown, renderMarkdown } from "../../src/markdown/markdown";
import { buildFixtureSite, FIXTURES, type BuiltSite } from "../support/built-site";

const XSS = path.join(FIXTURES, "xss");
const SEARCH_XSS = path.join(FIXTURES, "search-xss");
const CONFIG = path.join(XSS, "site.config.json");
const LISTED_IFRAME = "https://www.youtube-nocookie.com/";
const SEARCH_PAGE = "search/index.html";
const HOSTILE_TITLE = "</script><script>alert('title')</script> Council <b>meets</b> & votes";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite({ contentDir: XSS, configFile: CONFIG });
});
afterAll(() => site?.cleanup());

// Tags a sanitized article body may never contain: they run code, load it, restyle the page or submit data.
const FORBIDDEN_IN_BODY = ["script", "style", "link", "meta", "base", "object", "embed", "form", "button", "input", "textarea", "svg", "math", "noscript", "template"];

const parseHtml = (html: string): HTMLElement =>
  parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });

// Attributes a browser follows, loads or submits as a URL.
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite", "ping", "xlink:href", "codebase", "manifest"]);

/** True for attributes holding a URL, including `<meta>` contents that are one (refresh, og:url, og:image). */
function isUrlAttribute(element: HTMLElement, attribute: string): boolean {
  if (URL_ATTRIBUTES.has(attribute)) return true;
  if (attribute !== "content" || element.tagName.toLowerCase() !== "meta") return false;
  const kind = (element.getAttribute("http-equiv") ?? element.getAttribute("property") ?? element.getAttribute("name") ?? "").toLowerCase();
  return kind === "refresh" || /(?:url|image)$/.test(kind);
}

/** An attribute value as a browser reads a URL in it: entities decoded, whitespace and control characters dropped. */
function urlLike(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
}

/**
 * Start tags found by a quote-aware scan of the raw markup, script contents left out. Text `<` is
 * always escaped in our output, so every match is a tag a browser would see, whatever a lenient
 * parser makes of it.
 */
function rawTags(html: string): { name: string; attributes: string }[] {
  const withoutScripts = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
  const tags: { name: string; attributes: string }[] = [];
  for (const match of withoutScripts.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    tags.push({ name: match[1]!.toLowerCase(), attributes: match[2]! });
  }
  return tags;
}

/** Whether a <script> is one of the two kinds we emit on purpose. */
function isAllowedScript(script: HTMLElement, file: string): boolean {
  if (script.getAttribute("type") === "application/ld+json") return true;
  if (file !== SEARCH_PAGE) return false;
  const src = script.getAttribute("src");
  // Pagefind's UI and the search page's own script, both served from the site.
  if (src !== undefined) return /^(?:\/[\w-]+)*\/(?:pagefind\/\d+\/pagefind-ui|search\/[\w-]+)\.js$/.test(src);
  return script.text.includes("PagefindUI") && !script.text.includes("alert(");
}

/** Every way `html` (a page, or an HTML fragment from a feed) could run script or escape the sandbox we promise. */
function htmlProblems(html: string, file: string, fragment: boolean): string[] {
  const problems: string[] = [];
  const root = parseHtml(html);

  const scripts = root.querySelectorAll("script");
  for (const script of scripts) {
    if (fragment || !isAllowedScript(script, file)) problems.push(`script: ${script.outerHTML.slice(0, 120)}`);
  }
  const rawScripts = html.match(/<script\b/gi)?.length ?? 0;
  if (rawScripts !== scripts.length) problems.push(`${rawScripts} raw <script tags but ${scripts.length} parsed`);

  for (const element of root.querySelectorAll("*")) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      const url = urlLike(value);
      if (attribute.startsWith("on")) problems.push(`event handler ${name} on <${element.tagName.toLowerCase()}>`);
      if (isUrlAttribute(element, attribute) && /(?:^|url=)(?:javascript|vbscript|data):/.test(url)) problems.push(`${name}="${value.slice(0, 60)}"`);
      if (attribute === "srcdoc" || attribute === "xlink:href") problems.push(`${name} on <${element.tagName.toLowerCase()}>`);
      if (attribute === "style" && /url\(|expression\(|javascript|position/.test(url)) problems.push(`style="${value}"`);
    }
  }
  for (const iframe of root.querySelectorAll("iframe")) {
    const src = iframe.getAttribute("src") ?? "";
    if (!src.startsWith(LISTED_IFRAME)) problems.push(`iframe from an unlisted host: ${src}`);
  }
  const rawIframes = html.match(/<iframe\b/gi)?.length ?? 0;
  if (rawIframes !== root.querySelectorAll("iframe").length) problems.push("a raw <iframe the parser did not see");

  for (const tag of rawTags(html)) {
    const unquoted = tag.attributes.replace(/"[^"]*"|'[^']*'/g, "");
    if (/(?:^|[\s/])on[a-z]+\s*=/i.test(unquoted)) problems.push(`raw event handler in <${tag.name}${tag.attributes.slice(0, 80)}>`);
  }

  const bodies = fragment ? [root] : root.querySelectorAll(".article-body");
  for (const body of bodies) {
    for (const tag of FORBIDDEN_IN_BODY) {
      if (body.querySelector(tag) !== null) problems.push(`<${tag}> inside an article body`);
    }
  }
  return problems;
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Problems in an XML file: real script-bearing elements, and anything HTML-typed that a feed reader would render. */
function xmlProblems(xml: string, file: string): string[] {
  const problems: string[] = [];
  if (/<(?:script|iframe|style)\b/i.test(xml)) problems.push("a <script>, <iframe> or <style> element in XML");
  for (const match of xml.matchAll(/<(content|summary|title|subtitle|rights)\b[^>]*\btype="(?:html|xhtml)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    problems.push(...htmlProblems(decodeXmlText(match[2]!), file, true).map((p) => `${match[1]}: ${p}`));
  }
  return problems;
}

/** Problems in a JSON file: every `*_html` string is HTML a reader renders. */
function jsonProblems(text: string, file: string): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === "string" && key.endsWith("_html")) problems.push(...htmlProblems(value, file, true).map((p) => `${key}: ${p}`));
    else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(JSON.parse(text), "");
  return problems;
}

const outputOf = (extension: string) => () => site.files.filter((file) => file.endsWith(extension));

describe("a site built from hostile articles", () => {
  it("writes the pages and feeds these tests inspect", () => {
    expect(site.model.articles).toHaveLength(4);
    expect(outputOf(".html")().length).toBeGreaterThan(15);
    expect(site.files).toEqual(expect.arrayContaining(["feed.xml", "feed.json", "sitemap.xml", SEARCH_PAGE]));
  });

  it("has no script, event handler, script URL, unlisted iframe or active tag in any HTML page", () => {
    const problems = outputOf(".html")().flatMap((file) => htmlProblems(site.read(file), file, false).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("has nothing executable in any XML file, including the HTML carried inside feeds", () => {
    const files = outputOf(".xml")();
    expect(files.length).toBeGreaterThan(1);
    const problems = files.flatMap((file) => xmlProblems(site.read(file), file).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("has nothing executable in any JSON file, including content_html in the JSON feed", () => {
    const problems = outputOf(".json")().flatMap((file) => jsonProblems(site.read(file), file).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
    expect(site.read("feed.json")).toContain("content_html");
  });

  it("never lets a </script> in a title or summary end a JSON-LD block early", () => {
    const blocks = outputOf(".html")().flatMap((file) =>
      [...site.read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({ file, json: m[1]! })),
    );
    expect(blocks.length).toBeGreaterThan(0);
    for (const { file, json } of blocks) {
      expect(json, file).not.toMatch(/<\/?script|<!--/i);
      expect(() => JSON.parse(json), file).not.toThrow();
    }
    const article = site.model.articles.find((a) => a.title === HOSTILE_TITLE)!;
    const page = site.read(`${article.path.slice(1)}index.html`);
    const headlines = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => (JSON.parse(m[1]!) as { headline?: string }).headline,
    );
    expect(headlines).toContain(HOSTILE_TITLE);
  });

  it("shows hostile front matter as text, not markup", () => {
    const article = site.model.articles.find((a) => a.title === HOSTILE_TITLE)!;
    const page = parseHtml(site.read(`${article.path.slice(1)}index.html`));
    expect(page.querySelector("h1")?.text).toBe(HOSTILE_TITLE);
    expect(page.querySelector("title")?.text).toContain(HOSTILE_TITLE);
    expect(page.text).toContain("<img src=x onerror=alert('author')> Desk");
    expect(page.text).toContain("<script>alert('source')</script> Wire");
    const topicPages = site.files.filter((file) => file.startsWith("topics/") && file.endsWith("/index.html"));
    expect(topicPages.every((file) => /^topics\/[\p{L}\p{N}-]+\/(?:page\/\d+\/)?index\.html$|^topics\/index\.html$/u.test(file))).toBe(true);
  });

  it("keeps the harmless markup and the embed from the listed host", () => {
    const embeds = site.model.articles.find((a) => a.title === "Embeds, SVG and styles")!;
    const body = parseHtml(site.read(`${embeds.path.slice(1)}index.html`)).querySelector(".article-body")!;
    expect(body.querySelectorAll("iframe").map((f) => f.getAttribute("src"))).toEqual(["https://www.youtube-nocookie.com/embed/abc123"]);
    expect(body.querySelectorAll("td").map((td) => td.getAttribute("style"))).toContain("text-align:right");
    const raw = site.model.articles.find((a) => a.title === "Raw HTML in the body")!;
    const rawBody = parseHtml(site.read(`${raw.path.slice(1)}index.html`)).querySelector(".article-body")!;
    expect(rawBody.querySelector("b")?.text).toBe("harmless");
    expect(rawBody.text).toContain("Last paragraph.");
  });
});

describe("a site built from the search page's hostile articles", () => {
  let searchSite: BuiltSite;
  beforeAll(async () => {
    searchSite = await buildFixtureSite({ contentDir: SEARCH_XSS, configFile: path.join(SEARCH_XSS, "site.config.json") });
  });
  afterAll(() => searchSite?.cleanup());

  it("has nothing executable in any HTML, XML or JSON file", () => {
    const checks: [string, (text: string, file: string) => string[]][] = [
      [".html", (text, file) => htmlProblems(text, file, false)],
      [".xml", xmlProblems],
      [".json", jsonProblems],
    ];
    const problems = checks.flatMap(([extension, check]) =>
      searchSite.files.filter((file) => file.endsWith(extension)).flatMap((file) => check(searchSite.read(file), file).map((p) => `${file}: ${p}`)),
    );
    expect(searchSite.model.articles).toHaveLength(5);
    expect(problems).toEqual([]);
  });
});

/** Article bodies carried by a page (`.article-body`) or a feed (Atom html content, JSON Feed content_html). */
function bodiesIn(file: string, text: string): string[] {
  if (file.endsWith(".html")) return parseHtml(text).querySelectorAll(".article-body").map((body) => body.innerHTML);
  if (file.endsWith(".xml")) return [...text.matchAll(/<content type="html">([\s\S]*?)<\/content>/g)].map((m) => decodeXmlText(m[1]!));
  return ((JSON.parse(text) as { items?: { content_html: string }[] }).items ?? []).map((item) => item.content_html);
}

/**
 * URLs in a body that break the allowlist the README promises: links http(s), mailto or tel,
 * media http(s), anything else relative to the site (no scheme, not `//host` or `\\host`).
 */
function bodyUrlProblems(body: string): string[] {
  const problems: string[] = [];
  for (const element of parseHtml(body).querySelectorAll("[href], [src]")) {
    for (const attribute of ["href", "src"]) {
      const value = element.getAttribute(attribute);
      if (value === undefined) continue;
      const url = urlLike(value);
      const allowed = attribute === "href" ? /^(?:https?|mailto|tel):/ : /^https?:/;
      if (!(allowed.test(url) || (!/^[a-z][a-z0-9+.-]*:/.test(url) && !/^[/\\]{2}/.test(url)))) problems.push(`${attribute}="${value}"`);
    }
  }
  return problems;
}

describe("links and images written in Markdown", () => {
  const MARKDOWN_LINKS = "Hostile Markdown links";

  it("reach the pages and feeds only when their URL is on the allowlist, with no sanitizer behind them", () => {
    const article = site.model.articles.find((a) => a.title === MARKDOWN_LINKS)!;
    const source = readFileSync(path.join(XSS, "markdown-links.md"), "utf8");
    expect(renderMarkdown(createMarkdown(), source.slice(source.indexOf("\n---\n", 4) + 5)).hasRawHtml).toBe(false);
    const carriers = site.files.filter((file) => /(?:^|\/)(?:index\.html|feed\.xml|feed\.json)$/.test(file));
    const bodies = carriers.flatMap((file) => bodiesIn(file, site.read(file)).map((body) => ({ file, body })));
    const withFixture = bodies.filter(({ body }) => body.includes("md-good"));
    expect(withFixture.map(({ file }) => file)).toEqual(
      expect.arrayContaining([`${article.path.slice(1)}index.html`, "feed.xml", "feed.json", "topics/security/feed.xml"]),
    );
    expect(bodies.flatMap(({ file, body }) => bodyUrlProblems(body).map((p) => `${file}: ${p}`))).toEqual([]);
  });

  it("keeps the text of every refused link and image visible, and the allowed ones working", () => {
    const article = site.model.articles.find((a) => a.title === MARKDOWN_LINKS)!;
    const body = parseHtml(site.read(`${article.path.slice(1)}index.html`)).querySelector(".article-body")!;
    for (const text of ["plain javascript link", "named entity link", "data page", "png pixel", "ftp link", "troubleshooter", "app link", "protocol-relative link", "protocol-relative image", "mail image", "md-linkify", "md-autolink", "ref link"]) {
      expect(body.text).toContain(text);
    }
    // The backslash link is a relative reference to no file: it resolves below the article, on the site.
    expect(body.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual([
      `${article.path}%5Cevil.example/md-backslash`,
      "https://example.org/%22onmouseover=%22alert('md-quote')",
      "https://example.org/md-good",
      "/topics/security/",
    ]);
    expect(body.querySelectorAll("img").map((img) => img.getAttribute("src"))).toEqual(["https://img.example.org/md-photo.jpg"]);
  });
});

describe("a javascript: URL in front matter", () => {
  it("is rejected by the content check, so it never reaches a page", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "archive-xss-"));
    try {
      writeFileSync(
        path.join(dir, "evil.md"),
        "---\ntitle: Evil\ndate: 2024-01-01\nsource: {name: Wire, url: 'javascript:alert(1)'}\noriginal_url: javascript:alert(2)\n---\nBody.\n",
      );
      const { diagnostics } = await analyzeArchive({ contentDir: dir, site: loadSiteConfig(CONFIG, {}), displayBase: dir });
      expect(diagnostics.map((d) => [d.severity, d.line, d.message.split(":")[0]])).toEqual([
        ["error", 4, "source"],
        ["error", 5, "original_url"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
