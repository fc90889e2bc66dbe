// Browser-test support: Debian's Chromium driven by playwright-core (no
// browser download), plus the page helpers the browser tests share.

import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Pagefind's summary line once a search has finished, in the Default UI's own English and Arabic
 * (it speaks the language of `<html lang>`): "3 results for …", "No results for …", "3 نتائج ل …".
 */
const SEARCH_SUMMARY = /results? for|No results|نتائج ل|نتيجة ل/;

/** Waits until Pagefind's Default UI has finished a search and shows its summary line. */
export async function waitForSearchResults(page: Page): Promise<void> {
  await page.locator(".pagefind-ui__message").filter({ hasText: SEARCH_SUMMARY }).waitFor();
}

/** The number in Pagefind's summary line, e.g. 3 for "3 results for korea" (0 for "No results …"). */
export async function searchResultCount(page: Page): Promise<number> {
  await waitForSearchResults(page);
  const message = (await page.locator(".pagefind-ui__message").textContent()) ?? "";
  const match = /^\s*(\d+)\s/.exec(message);
  return match === null ? 0 : Number(match[1]);
}

/** Generous: the suite runs test files in parallel on two cores. */
const RESULT_WAIT_MS = 20_000;

/**
 * The hrefs of the results on screen, once every shown result has loaded
 * (the Default UI lists placeholders first and fills in each result's link
 * after fetching its fragment).
 */
export async function shownResultHrefs(page: Page): Promise<string[]> {
  if ((await searchResultCount(page)) === 0) return [];
  const results = page.locator(".pagefind-ui__result");
  const read = () =>
    page.locator(".pagefind-ui__result-link").evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""));
  const deadline = Date.now() + RESULT_WAIT_MS;
  while (Date.now() < deadline) {
    const [shown, hrefs] = await Promise.all([results.count(), read()]);
    if (shown > 0 && hrefs.length === shown) return hrefs;
    await page.waitForTimeout(50);
  }
  throw new Error(`expected every search result on screen to have loaded, found ${(await read()).length} of ${await results.count()}`);
}

/** Whether anything on the page is wider than the viewport (which would make the page scroll sideways). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Clicks the Default UI's "Load more results" until every result is listed, then waits for them to load. */
export async function showAllResults(page: Page): Promise<string[]> {
  const loadMore = page.getByRole("button", { name: "Load more results" });
  const results = page.locator(".pagefind-ui__result");
  while ((await loadMore.count()) > 0) {
    const before = await results.count();
    await loadMore.click();
    await expect.poll(() => results.count()).toBeGreaterThan(before);
  }
  return shownResultHrefs(page);
}
