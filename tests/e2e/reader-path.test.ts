// Browser tests: a reader's path through the real sample archive in Chromium —
// home → topic → its page 2 → an article → the article's day (breadcrumb) →
// back — and the search box, at the site root and under a path prefix.

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { IndexPage } from "../../src/model/types";
import { DESKTOP, launchBrowser, searchResultCount, shownResultHrefs } from "./support/browser";
import { buildAndServe, type ServedSite } from "./support/served-site";

const PAGE_SIZE = 3;
/** The 29 sample articles in 8 search shards, so the results of "korea" come from several of them. */
const SHARD_SIZE = 4;
const WEAPONS_ARTICLE = "/2023/08/06/kim-jong-un-weapons-factories/";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ["at the site root", ""],
  ["under the path prefix /news/", "/news/"],
])("a reader %s", (_where, pathPrefix) => {
  let site: ServedSite;
  let context: BrowserContext;
  let page: Page;
  const failedRequests: string[] = [];

  beforeAll(async () => {
    site = await buildAndServe({ pathPrefix, pageSize: PAGE_SIZE, searchShardSize: SHARD_SIZE });
    context = await browser.newContext({ viewport: DESKTOP });
    page = await context.newPage();
    page.on("response", (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
    page.on("pageerror", (error) => failedRequests.push(`script error: ${error.message}`));
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  const heading = () => page.locator("main h1").textContent();

  it("walks home → topic → page 2 → article → its day → back", async () => {
    const topic = site.model.topics.find((candidate) => candidate.count > PAGE_SIZE);
    expect(topic, "the sample archive has a topic with more than one page").toBeDefined();
    const secondPage = site.model.pages.indexes.find(
      (index): index is IndexPage =>
        index.listing.kind === "topic" && index.listing.topic.slug === topic!.slug && index.pagination.pageNumber === 2,
    );
    const article = secondPage!.articles[0]!;

    await page.goto(site.baseUrl);
    expect(await heading()).toBe("Latest articles");

    await page.locator("header nav").getByRole("link", { name: "Topics" }).click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf("/topics/"));

    await page.locator("main").getByRole("link", { name: topic!.name, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf(topic!.path));
    expect(await heading()).toBe(topic!.name);

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf(secondPage!.path));
    expect(await page.locator("main").textContent()).toMatch(/page 2 of/i);

    await page.locator("main").getByRole("link", { name: article.title, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf(article.path));
    expect(await heading()).toBe(article.title);

    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link");
    const dayPath = article.path.replace(/[^/]+\/$/, "");
    await crumbs.last().click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf(dayPath));
    await expect.poll(() => page.locator("main").getByRole("link", { name: article.title, exact: true }).count()).toBe(1);

    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(site.pathOf(article.path));
    expect(await heading()).toBe(article.title);
  });

  it("finds the weapons-factory article from the header search box by a word in its body", async () => {
    await page.goto(site.url("/"));
    await page.getByRole("searchbox", { name: "Search articles" }).fill("munitions");
    await page.getByRole("button", { name: "Search", exact: true }).click();

    const location = new URL(page.url());
    expect(location.pathname).toBe(site.pathOf("/search/"));
    expect(location.searchParams.get("q")).toBe("munitions");
    expect(await shownResultHrefs(page)).toContain(site.pathOf(WEAPONS_ARTICLE));

    await page.locator(".pagefind-ui__result-link").filter({ hasText: "Kim Jong Un tours weapons factories" }).click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf(WEAPONS_ARTICLE));
    expect(await heading()).toBe("Kim Jong Un tours weapons factories");
  });

  it("lists results newest first across every shard and narrows them with the topic filter", async () => {
    await page.goto(`${site.url("/search/")}?q=korea`);
    const all = await searchResultCount(page);
    expect(all).toBeGreaterThan(PAGE_SIZE);

    const loadMore = page.getByRole("button", { name: "Load more results" });
    const results = page.locator(".pagefind-ui__result");
    while ((await loadMore.count()) > 0) {
      const before = await results.count();
      await loadMore.click();
      await expect.poll(() => results.count()).toBeGreaterThan(before);
    }
    const dates = (await shownResultHrefs(page)).map(
      (link) => /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(link)?.slice(1).join("-") ?? `no date in ${link}`,
    );
    expect(dates).toHaveLength(all);
    expect(dates).toEqual([...dates].sort().reverse());

    const topic = "South Korea";
    const inTopic = new Set(
      site.model.articles.filter((article) => article.topics.some((t) => t.name === topic)).map((article) => site.pathOf(article.path)),
    );
    await page.locator(".pagefind-ui__filter-name", { hasText: "Topic" }).click();
    await page.getByRole("checkbox", { name: new RegExp(`^${topic}`) }).check();
    await expect.poll(() => searchResultCount(page)).toBeLessThan(all);
    const narrowed = await searchResultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    const hrefs = await shownResultHrefs(page);
    expect(hrefs.length).toBe(Math.min(narrowed, 5));
    for (const link of hrefs) expect(inTopic.has(link), `${link} is in ${topic}`).toBe(true);
  });

  it("indexed the article pages and nothing else, in shards of the given size", () => {
    const { shards } = JSON.parse(readFileSync(path.join(site.dir, "pagefind", "shards.json"), "utf8")) as { shards: { dir: string }[] };
    expect(shards).toHaveLength(Math.ceil(site.model.articles.length / SHARD_SIZE));
    const indexed = shards.map(({ dir }) => {
      const entry = JSON.parse(readFileSync(path.join(site.dir, "pagefind", dir, "pagefind-entry.json"), "utf8")) as {
        languages: Record<string, { page_count: number }>;
      };
      // Each shard also holds its placeholder page (see src/search/search-shards.ts).
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) - 1;
    });
    expect(indexed.reduce((sum, count) => sum + count, 0)).toBe(site.model.articles.length);
  });

  it("loaded every page, stylesheet, script and index file it asked for", () => {
    expect(failedRequests).toEqual([]);
  });
});
