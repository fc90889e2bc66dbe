// Integration: builds tests/fixtures/archive into a temporary folder and checks
// the produced files — the URL map, links, escaping, timezone and drafts.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { brokenInternalLinks, buildFixtureSite, internalReferences, type BuiltSite } from "../support/built-site";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => site?.cleanup());

const expectedPages = [
  // latest articles, 7 articles at 2 per page
  "index.html",
  "page/2/index.html",
  "page/4/index.html",
  // articles (site timezone America/New_York)
  "2022/07/20/2022-old/index.html",
  "2023/08/06/factory-tour/index.html",
  "2023/08/06/late-evening/index.html",
  "2023/09/12/script-title/index.html",
  "2023/12/31/december/index.html",
  "2024/03/14/budget/index.html",
  "2024/04/01/satellite-launch/index.html",
  // topics and sources
  "topics/index.html",
  "topics/north-korea/index.html",
  "topics/north-korea/page/2/index.html",
  "topics/북한/index.html",
  "topics/economy/index.html",
  "sources/index.html",
  "sources/ap/index.html",
  "sources/city-wire/index.html",
  // date archives
  "2022/index.html",
  "2022/07/index.html",
  "2022/07/20/index.html",
  "2023/index.html",
  "2023/08/index.html",
  "2023/08/06/index.html",
  "2024/04/01/index.html",
  "archive/index.html",
  // a day and a month without articles, inside the archive's range
  "2023/08/07/index.html",
  "2023/10/index.html",
  // every day of the year with articles, and their overview
  "on-this-day/index.html",
  "on-this-day/08/06/index.html",
  "404.html",
  "assets/site.css",
];

describe("a built fixture archive", () => {
  it.each(expectedPages)("has %s", (file) => {
    expect(site.files).toContain(file);
  });

  it("writes no page beyond the last page of a listing", () => {
    expect(site.files).not.toContain("page/5/index.html");
    expect(site.files).not.toContain("topics/economy/page/3/index.html");
    // Date pages list headlines, five times the page size per page: 2023's four articles fit on one.
    expect(site.files).not.toContain("2023/page/2/index.html");
  });

  it("leaves drafts out", () => {
    expect(site.files.filter((file) => file.includes("draft-piece"))).toEqual([]);
    expect(site.model.articles.map((article) => article.title)).not.toContain("Unfinished draft");
  });

  it("resolves every internal link and asset reference to a produced file", () => {
    expect(brokenInternalLinks(site)).toEqual([]);
  });

  it("escapes a <script> in a title everywhere it appears", () => {
    const pagesWithTitle = site.files.filter(
      (file) => file.endsWith(".html") && site.read(file).includes("Hostile headline"),
    );
    expect(pagesWithTitle.length).toBeGreaterThan(3);
    for (const file of pagesWithTitle) {
      const html = site.read(file);
      expect(html, file).not.toContain("<script>alert('title')");
      expect(html, file).toContain("&lt;script>alert('title')&lt;/script>");
    }
    expect(site.read("2023/09/12/script-title/index.html")).not.toContain("<img src=x");
  });

  it("merges topic spellings and keeps the most used one", () => {
    const topics = parse(site.read("topics/index.html")).text;
    expect(topics).toContain("North Korea");
    expect(topics).not.toContain("north  korea");
    const northKorea = site.model.topics.find((topic) => topic.slug === "north-korea");
    expect(northKorea).toMatchObject({ name: "North Korea", count: 3 });
  });

  it("dates an article without an offset in the site timezone, not the machine's", () => {
    const day = parse(site.read("2023/08/06/index.html"));
    const links = day.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/2023/08/06/late-evening/", "/2023/08/06/factory-tour/"]));
    const time = parse(site.read("2023/08/06/late-evening/index.html")).querySelector("time[datetime]");
    expect(time?.getAttribute("datetime")).toBe("2023-08-06T23:30:00-04:00");
  });

  it("shows headline, source link, topics and body on an article page", () => {
    const page = parse(site.read("2023/08/06/factory-tour/index.html"));
    expect(page.querySelector("h1")?.text).toBe("Leader visits three munitions plants");
    expect(page.querySelector('a[href="https://example.org/wire/factory-tour"]')).not.toBeNull();
    const topicLinks = page.querySelectorAll('a[href^="/topics/"]').map((a) => a.getAttribute("href"));
    expect(topicLinks).toEqual(expect.arrayContaining(["/topics/north-korea/", "/topics/military/", `/topics/${encodeURIComponent("북한")}/`]));
    expect(page.text).toContain("asked for more shells");
  });
});

describe("a build with --drafts", () => {
  it("includes draft articles", async () => {
    const withDrafts = await buildFixtureSite({ includeDrafts: true });
    try {
      expect(withDrafts.files).toContain("2024/05/01/draft-piece/index.html");
    } finally {
      withDrafts.cleanup();
    }
  });
});

describe("a build under a path prefix", () => {
  it("applies the prefix to every internal link and asset, and every link still resolves", async () => {
    const prefixed = await buildFixtureSite({ env: { PATH_PREFIX: "/news/" } });
    try {
      const unprefixed = prefixed.files
        .filter((name) => name.endsWith(".html"))
        .flatMap((file) => internalReferences(prefixed.read(file)).filter((ref) => !ref.startsWith("/news/")).map((ref) => `${file} → ${ref}`));
      expect(unprefixed).toEqual([]);
      expect(brokenInternalLinks(prefixed, "/news")).toEqual([]);
      expect(prefixed.model.site.pathPrefix).toBe("/news");
    } finally {
      prefixed.cleanup();
    }
  });
});
