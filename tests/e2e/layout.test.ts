// Browser tests: the real sample archive at phone (390 px) and desktop
// (1280 px) widths. Nothing may scroll sideways on a phone, and screenshots of
// the main page kinds are written to test-results/screenshots/ for a person
// to look at (they are not compared against anything).

import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { DESKTOP, launchBrowser, overflowsHorizontally, PHONE, shownResultHrefs } from "./support/browser";
import { buildAndServe, ROOT, type ServedSite } from "./support/served-site";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

let browser: Browser;
let site: ServedSite;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, site] = await Promise.all([launchBrowser(), buildAndServe()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Page kind → the URL path and query of an example, once the site is built. */
function examples(): Record<string, string> {
  const topic = [...site.model.topics].sort((a, b) => b.count - a.count)[0]!;
  return {
    home: site.pathOf("/"),
    // The longest title and the most topics of the sample: the hardest article to fit on a phone.
    article: site.pathOf("/2023/08/06/kim-jong-un-weapons-factories/"),
    topic: site.pathOf(topic.path),
    search: `${site.pathOf("/search/")}?q=korea`,
  };
}

describe.each([
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const)("at %s width", (device, viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(["home", "article", "topic", "search"])("lays out the %s page without sideways scrolling", async (kind) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(new URL(examples()[kind]!, site.baseUrl).href);
      expect(response?.status()).toBe(200);
      if (kind === "search") expect((await shownResultHrefs(page)).length).toBeGreaterThan(0);
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${kind}-${device}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
