// Browser tests: the real sample archive (and the calendar fixture, for a
// topic with pages per year) at phone (390 px) and desktop (1280 px) widths.
// Nothing may scroll sideways on a phone, and screenshots of the main page
// kinds are written to test-results/screenshots/ for a person to look at
// (they are not compared against anything).

import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { DESKTOP, launchBrowser, overflowsHorizontally, PHONE, shownResultHrefs } from "./support/browser";
import { buildAndServe, CALENDAR_FIXTURE, ROOT, type ServedSite } from "./support/served-site";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

let browser: Browser;
let site: ServedSite;
let calendar: ServedSite;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, site, calendar] = await Promise.all([launchBrowser(), buildAndServe(), buildAndServe({ fixture: CALENDAR_FIXTURE })]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await calendar?.close();
});

/** Page kind → the absolute URL of an example, once the sites are built. */
function examples(): Record<string, string> {
  const topic = [...site.model.topics].sort((a, b) => b.count - a.count)[0]!;
  const sample = (modelPath: string) => site.url(modelPath);
  return {
    home: sample("/"),
    // The longest title and the most topics of the sample: the hardest article to fit on a phone.
    article: sample("/2023/08/06/kim-jong-un-weapons-factories/"),
    topic: sample(topic.path),
    search: `${sample("/search/")}?q=korea`,
    topics: sample("/topics/"),
    archive: sample("/archive/"),
    year: sample("/2023/"),
    month: sample("/2023/08/"),
    day: sample("/2023/08/24/"),
    "day-without-articles": sample("/2023/08/07/"),
    "on-this-day": sample("/on-this-day/08/24/"),
    "days-of-the-year": sample("/on-this-day/"),
    "topic-with-years": calendar.url("/topics/budget/"),
    "topic-year": calendar.url("/topics/budget/2024/page/2/"),
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

  it.each([
    "home",
    "article",
    "topic",
    "search",
    "topics",
    "archive",
    "year",
    "month",
    "day",
    "day-without-articles",
    "on-this-day",
    "days-of-the-year",
    "topic-with-years",
    "topic-year",
  ])("lays out the %s page without sideways scrolling", async (kind) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(examples()[kind]!);
      expect(response?.status()).toBe(200);
      if (kind === "search") expect((await shownResultHrefs(page)).length).toBeGreaterThan(0);
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${kind}-${device}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
