// Integration: builds the fixture archive and reads back every feed, the
// sitemap and robots.txt with real parsers — Atom and JSON Feed rules,
// escaping, absolute URLs under a path prefix, and the head links to them.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { buildFixtureSite, fileForUrl, type BuiltSite } from "../support/built-site";
import { child, elements, linkHref, parseXml, RFC3339, textOf, type XmlElement } from "../unit/feeds/parse-xml";

const HOSTILE_TITLE = "<script>alert('title')</script> Hostile headline";
const ORIGIN = "https://archive.example.org";

let site: BuiltSite;
let prefixed: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
  prefixed = await buildFixtureSite({ env: { PATH_PREFIX: "/news/" } });
});
afterAll(() => {
  site?.cleanup();
  prefixed?.cleanup();
});

/** Output file of a model path such as "/topics/북한/feed.xml". */
function fileOf(path: string): string {
  return path.replace(/^\//, "");
}

function atomFeeds(built: BuiltSite): [string, XmlElement][] {
  return built.model.feeds
    .filter((feed) => feed.format === "atom")
    .map((feed) => [feed.path, child(parseXml(built.read(fileOf(feed.path))), "feed")]);
}

describe("the feeds of a built archive", () => {
  it("writes one file per feed in the model: site Atom and JSON, one Atom per topic", () => {
    const feedFiles = site.files.filter((file) => /(^|\/)feed\.(xml|json)$/.test(file));
    expect(feedFiles.sort()).toEqual(site.model.feeds.map((feed) => fileOf(feed.path)).sort());
    expect(feedFiles).toEqual(expect.arrayContaining(["feed.xml", "feed.json", "topics/north-korea/feed.xml", "topics/북한/feed.xml"]));
    expect(site.model.feeds.length).toBe(2 + site.model.topics.length);
  });

  it("gives every Atom feed an id, title, updated date and self link", () => {
    for (const [path, feed] of atomFeeds(site)) {
      expect(textOf(feed.id), path).toMatch(/^https:\/\//);
      expect(textOf(feed.title), path).not.toBe("");
      expect(textOf(feed.updated), path).toMatch(RFC3339);
      expect(linkHref(feed, "self"), path).toBe(`${ORIGIN}${encodeURI(path)}`);
      expect(linkHref(feed, "alternate"), path).toMatch(/^https:\/\/archive\.example\.org\//);
    }
  });

  it("gives every Atom entry a unique id, a title, dates with offsets and a link to a built page", () => {
    for (const [path, feed] of atomFeeds(site)) {
      const entries = elements(feed, "entry");
      expect(entries.length, path).toBeGreaterThan(0);
      const ids = entries.map((entry) => textOf(entry.id));
      expect(new Set(ids).size, path).toBe(ids.length);
      for (const entry of entries) {
        expect(textOf(entry.title), path).not.toBe("");
        expect(textOf(entry.updated), path).toMatch(RFC3339);
        expect(textOf(entry.published), path).toMatch(RFC3339);
        const link = linkHref(entry, "alternate")!;
        expect(link, path).toBe(textOf(entry.id));
        expect(site.files, `${path} → ${link}`).toContain(fileForUrl(new URL(link).pathname));
      }
    }
  });

  it("holds the newest 50 articles at most in the site feed, full text included", () => {
    const entries = elements(child(parseXml(site.read("feed.xml")), "feed"), "entry");
    expect(entries.map((entry) => textOf(entry.title))).toEqual(site.model.articles.slice(0, 50).map((a) => a.title));
    expect(entries.map((entry) => textOf(entry.content))).toEqual(site.model.articles.slice(0, 50).map((a) => a.bodyHtml));
  });

  it("writes a JSON Feed 1.1 whose items have ids, URLs and HTML content", () => {
    const feed = JSON.parse(site.read("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(feed.items.length).toBe(site.model.articles.length);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\//);
      expect(item.url).toBe(item.id);
      expect(typeof item.content_html).toBe("string");
      expect(item.date_published).toMatch(RFC3339);
    }
  });

  it("escapes a <script> title in the Atom XML, and it reads back exactly", () => {
    const xml = site.read("feed.xml");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt; Hostile headline");
    const titles = elements(child(parseXml(xml), "feed"), "entry").map((entry) => textOf(entry.title));
    expect(titles).toContain(HOSTILE_TITLE);
    const json = JSON.parse(site.read("feed.json"));
    expect(json.items.map((item: { title: string }) => item.title)).toContain(HOSTILE_TITLE);
  });

  it("is byte-for-byte the same when the same archive is built again", async () => {
    const again = await buildFixtureSite();
    try {
      for (const file of ["feed.xml", "feed.json", "topics/north-korea/feed.xml", "sitemap.xml", "robots.txt"]) {
        expect(again.read(file), file).toBe(site.read(file));
      }
    } finally {
      again.cleanup();
    }
  });
});

describe("the sitemap and robots.txt", () => {
  it("lists every HTML page except 404.html and the noindex pages of dates without articles, each once, with a lastmod", () => {
    const urls = elements(child(parseXml(site.read("sitemap.xml")), "urlset"), "url");
    const listed = urls.map((url) => fileForUrl(new URL(textOf(url.loc)).pathname));
    const noindex = site.files.filter((file) => file.endsWith(".html") && site.read(file).includes('<meta name="robots" content="noindex"/>'));
    expect(noindex).toContain("2023/08/07/index.html");
    const pages = site.files.filter((file) => file.endsWith(".html") && file !== "404.html" && !noindex.includes(file));
    expect([...listed].sort()).toEqual([...pages].sort());
    for (const url of urls) expect(textOf(url.lastmod)).toMatch(RFC3339);
  });

  it("points robots.txt at the absolute sitemap URL", () => {
    expect(site.read("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });
});

describe("the head of every built page", () => {
  const htmlFiles = () => site.files.filter((file) => file.endsWith(".html"));

  it("announces the site Atom feed on every page, and every announced feed exists", () => {
    for (const file of htmlFiles()) {
      const links = parse(site.read(file)).querySelectorAll('link[rel="alternate"]').map((el) => el.getAttribute("href")!);
      expect(links, file).toContain("/feed.xml");
      for (const link of links) expect(site.files, `${file} → ${link}`).toContain(fileForUrl(link));
    }
  });

  it.each([
    ["index.html", ["/feed.xml", "/feed.json"]],
    ["topics/north-korea/page/2/index.html", ["/topics/north-korea/feed.xml", "/feed.xml"]],
    ["topics/북한/index.html", [`/topics/${encodeURIComponent("북한")}/feed.xml`, "/feed.xml"]],
  ])("links %s to %j", (file, expected) => {
    const links = parse(site.read(file)).querySelectorAll('link[rel="alternate"]').map((el) => el.getAttribute("href"));
    expect(links).toEqual(expected);
  });

  it("keeps every JSON-LD block closed and parseable, even around a hostile title", () => {
    let blocks = 0;
    for (const file of htmlFiles()) {
      const html = site.read(file);
      for (const match of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        expect(match[1], file).not.toMatch(/<\/script|<!--|</i);
        expect(() => JSON.parse(match[1]!), file).not.toThrow();
      }
    }
    // Every page but 404, search and the pages of dates without articles (which describe no collection).
    const emptyPeriods = htmlFiles().filter((file) => site.read(file).includes('class="empty-period"')).length;
    expect(emptyPeriods).toBeGreaterThan(0);
    expect(blocks).toBe(htmlFiles().length - 2 - emptyPeriods);
    const article = parse(site.read("2023/09/12/script-title/index.html"));
    const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.innerHTML);
    expect(data).toMatchObject({ "@type": "NewsArticle", headline: HOSTILE_TITLE });
  });

  it("has one canonical link and Open Graph tags on every page but 404", () => {
    for (const file of htmlFiles().filter((name) => name !== "404.html")) {
      const root = parse(site.read(file));
      expect(root.querySelectorAll('link[rel="canonical"]'), file).toHaveLength(1);
      expect(root.querySelector('meta[property="og:url"]')?.getAttribute("content"), file).toBe(
        root.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      );
      expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute("content"), file).toBe("summary");
    }
  });
});

describe("a build under a path prefix", () => {
  it("puts the prefix in every feed URL", () => {
    const feed = child(parseXml(prefixed.read("feed.xml")), "feed");
    expect(textOf(feed.id)).toBe(`${ORIGIN}/news/`);
    expect(linkHref(feed, "self")).toBe(`${ORIGIN}/news/feed.xml`);
    for (const entry of elements(feed, "entry")) expect(textOf(entry.id)).toMatch(/^https:\/\/archive\.example\.org\/news\//);
    const json = JSON.parse(prefixed.read("feed.json"));
    expect(json.home_page_url).toBe(`${ORIGIN}/news/`);
    for (const item of json.items) expect(item.url).toMatch(/^https:\/\/archive\.example\.org\/news\//);
  });

  it("puts the prefix in every sitemap URL and in robots.txt", () => {
    const urls = elements(child(parseXml(prefixed.read("sitemap.xml")), "urlset"), "url").map((url) => textOf(url.loc));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/archive\.example\.org\/news\//);
      expect(prefixed.files, url).toContain(fileForUrl(new URL(url).pathname, "/news"));
    }
    expect(prefixed.read("robots.txt")).toContain(`Sitemap: ${ORIGIN}/news/sitemap.xml`);
  });

  it("links pages to their feeds under the prefix", () => {
    const links = parse(prefixed.read("index.html")).querySelectorAll('link[rel="alternate"]').map((el) => el.getAttribute("href"));
    expect(links).toEqual(["/news/feed.xml", "/news/feed.json"]);
  });
});
