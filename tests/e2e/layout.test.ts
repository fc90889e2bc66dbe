// Browser tests: the real sample archive (and the calendar fixture, for a
// topic with pages per year) at phone (390 px) and desktop (1280 px) widths,
// and the fixture archive in Arabic (right to left) and in Korean. Nothing may
// scroll sideways, a right-to-left page is laid out as the mirror of a
// left-to-right one, and screenshots of the main page kinds are written to
// test-results/screenshots/ for a person to look at (they are not compared
// against anything).

import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { DESKTOP, launchBrowser, overflowsHorizontally, PHONE, shownResultHrefs } from "./support/browser";
import { ARABIC_FIXTURE, buildAndServe, CALENDAR_FIXTURE, KOREAN_FIXTURE, ROOT, type ServedSite } from "./support/served-site";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

let browser: Browser;
let site: ServedSite;
let calendar: ServedSite;
let arabic: ServedSite;
let korean: ServedSite;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, site, calendar, arabic, korean] = await Promise.all([
    launchBrowser(),
    buildAndServe(),
    buildAndServe({ fixture: CALENDAR_FIXTURE }),
    buildAndServe({ fixture: ARABIC_FIXTURE }),
    buildAndServe({ fixture: KOREAN_FIXTURE }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), calendar?.close(), arabic?.close(), korean?.close()]);
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

/** Page kind → model path, in the fixture archive. */
const FIXTURE_PAGES: Readonly<Record<string, string>> = {
  home: "/",
  article: "/2023/08/06/factory-tour/",
  topics: "/topics/",
  archive: "/archive/",
  year: "/2023/",
  month: "/2023/08/",
};

async function box(locator: Locator): Promise<{ left: number; right: number; top: number; bottom: number }> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error(`expected ${locator.toString()} to be on screen`);
  return { left: found.x, right: found.x + found.width, top: found.y, bottom: found.y + found.height };
}

async function htmlAttributes(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator("html");
  return { lang: await html.getAttribute("lang"), dir: await html.getAttribute("dir") };
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

  it.each(Object.keys(FIXTURE_PAGES))("lays out the %s page in Arabic right to left, without sideways scrolling", async (kind) => {
    const page = await context.newPage();
    try {
      expect((await page.goto(arabic.url(FIXTURE_PAGES[kind]!)))?.status()).toBe(200);
      expect(await htmlAttributes(page)).toEqual({ lang: "ar", dir: "rtl" });
      expect(await overflowsHorizontally(page)).toBe(false);
      // The header and the page's heading start at the right edge of the same column.
      const [title, heading, header] = await Promise.all([
        box(page.locator(".site-title")),
        box(page.locator("main h1").first()),
        box(page.locator(".site-header__inner")),
      ]);
      expect(title.right).toBeGreaterThan((header.left + header.right) / 2);
      expect(Math.abs(heading.right - title.right)).toBeLessThan(2);
      await page.screenshot({ path: path.join(SCREENSHOTS, `ar-${kind}-${device}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("shows the Korean home page without sideways scrolling", async () => {
    const page = await context.newPage();
    try {
      expect((await page.goto(korean.url("/")))?.status()).toBe(200);
      expect(await htmlAttributes(page)).toEqual({ lang: "ko-KR", dir: null });
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.screenshot({ path: path.join(SCREENSHOTS, `ko-home-${device}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe("the header in Arabic on a desktop", () => {
  it("is the mirror of the English one: the title on the right, the search box on the left", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      const header = async (served: ServedSite) => {
        await page.goto(served.url("/"));
        const [title, nav, search] = await Promise.all([box(page.locator(".site-title")), box(page.locator(".site-nav")), box(page.locator(".site-search"))]);
        return { title, nav, search };
      };
      const english = await header(site);
      expect(english.title.right).toBeLessThanOrEqual(english.nav.left);
      expect(english.nav.right).toBeLessThanOrEqual(english.search.left);
      const mirrored = await header(arabic);
      expect(mirrored.title.left).toBeGreaterThanOrEqual(mirrored.nav.right);
      expect(mirrored.nav.left).toBeGreaterThanOrEqual(mirrored.search.right);
      // The same row in both: the mirror, not a wrap onto another line.
      expect(Math.abs(mirrored.title.top - mirrored.search.top)).toBeLessThan(english.title.bottom - english.title.top);
    } finally {
      await context.close();
    }
  });
});
