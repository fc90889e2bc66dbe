// Browser tests: a reader's path through the real sample archive in Chromium —
// home → topic → its page 2 → an article → the article's day (breadcrumb) →
// back; any day from the home page in three clicks; the search box, its
// order of results and its filters — at the site root and under a path prefix.

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { IndexPage } from "../../src/model/types";
import { DESKTOP, launchBrowser, searchResultCount, showAllResults, shownResultHrefs } from "./support/browser";
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

  it("reaches a given day from the home page in three clicks: Archive → its month → the day in the calendar", async () => {
    const day = { year: 2023, month: 8, day: 24 };
    const articles = site.model.articles.filter((article) => article.path.startsWith("/2023/08/24/"));
    expect(articles.length, "the sample archive has articles on 24 August 2023").toBeGreaterThan(0);
    let clicks = 0;
    const click = async (link: ReturnType<Page["getByRole"]>) => {
      await link.click();
      clicks++;
    };

    await page.goto(site.url("/"));
    await click(page.locator("header nav").getByRole("link", { name: "Archive" }));
    expect(new URL(page.url()).pathname).toBe(site.pathOf("/archive/"));
    await click(page.locator(".archive-year", { has: page.getByRole("link", { name: String(day.year), exact: true }) }).getByRole("link", { name: "August", exact: true }));
    expect(new URL(page.url()).pathname).toBe(site.pathOf("/2023/08/"));
    await click(page.locator(".calendar").getByRole("link", { name: /^August 24, 2023\b/ }));

    expect(clicks).toBeLessThanOrEqual(3);
    expect(new URL(page.url()).pathname).toBe(site.pathOf("/2023/08/24/"));
    expect(await heading()).toBe("August 24, 2023");
    for (const article of articles) {
      await expect.poll(() => page.locator("main").getByRole("link", { name: article.title, exact: true }).count()).toBe(1);
    }
  });

  it("finds a day without articles answered by its nearest days, not by a 404", async () => {
    const response = await page.goto(site.url("/2023/08/07/"));
    expect(response?.status()).toBe(200);
    await page.locator(".empty-period__nearest").getByRole("link", { name: "August 6, 2023" }).click();
    expect(new URL(page.url()).pathname).toBe(site.pathOf("/2023/08/06/"));
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

    const dates = (await showAllResults(page)).map(
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

  it("lists the topic filter's values by their number of results, without empty ones, and keeps focus on a checked value", async () => {
    await page.goto(`${site.url("/search/")}?q=korea`);
    await searchResultCount(page);
    await page.locator(".pagefind-ui__filter-name", { hasText: "Topic" }).click();
    const counts = async () =>
      (await page.locator('.pagefind-ui__filter-value:has(input[name="topic"])').allTextContents()).map((label) => Number(/\((\d+)\)\s*$/.exec(label)?.[1]));
    await expect.poll(async () => (await counts()).length).toBeGreaterThan(2);
    const before = await counts();
    expect(before.every((count) => count > 0)).toBe(true);
    expect(before).toEqual([...before].sort((a, b) => b - a));

    const checkbox = page.getByRole("checkbox", { name: /^Japan/ });
    await checkbox.check();
    await expect.poll(async () => (await counts()).join(",")).not.toBe(before.join(","));
    const after = await counts();
    expect(after.every((count) => count > 0)).toBe(true);
    expect(after).toEqual([...after].sort((a, b) => b - a));
    expect(await checkbox.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it("orders results by best match when asked, keeping the query and the filters, and back to newest first", async () => {
    await page.goto(`${site.url("/search/")}?q=korea`);
    const order = page.getByRole("group", { name: "Order results" });
    await expect.poll(() => order.isVisible()).toBe(true);
    const newestFirst = await shownResultHrefs(page);
    const all = await searchResultCount(page);
    await page.locator(".pagefind-ui__filter-name", { hasText: "Topic" }).click();
    await page.getByRole("checkbox", { name: /^South Korea/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("topic")).toEqual(["South Korea"]);
    await expect.poll(() => searchResultCount(page)).toBeLessThan(all);
    const narrowed = await searchResultCount(page);

    await Promise.all([page.waitForEvent("load"), order.getByRole("radio", { name: "Best match" }).check()]);
    const address = new URL(page.url());
    expect([address.searchParams.get("q"), address.searchParams.get("order"), address.searchParams.getAll("topic")]).toEqual(["korea", "relevance", ["South Korea"]]);
    await expect.poll(() => order.getByRole("radio", { name: "Best match" }).isChecked()).toBe(true);
    await expect.poll(() => searchResultCount(page)).toBe(narrowed);
    await page.locator(".pagefind-ui__filter-name", { hasText: "Topic" }).click();
    await page.getByRole("checkbox", { name: /^South Korea/ }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("topic")).toEqual([]);

    await Promise.all([page.waitForEvent("load"), order.getByRole("radio", { name: "Newest first" }).check()]);
    expect(new URL(page.url()).searchParams.get("order")).toBeNull();
    await expect.poll(async () => (await shownResultHrefs(page)).join(" ")).toBe(newestFirst.join(" "));
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
