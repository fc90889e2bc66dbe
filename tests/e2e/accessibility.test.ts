// Browser tests: axe-core checks every kind of page of the real sample archive
// (and, for the pages it has no example of, the calendar fixture and the
// moved-in archive with its highlighted code), and the main kinds of the
// fixture archive in Arabic, right to left, in Chromium, in the light and the
// dark colour scheme; no violation of impact "serious" or "critical" may remain.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations, type Finding } from "./support/axe";
import { DESKTOP, launchBrowser, shownResultHrefs } from "./support/browser";
import { ARABIC_FIXTURE, buildAndServe, CALENDAR_FIXTURE, MIGRATED_FIXTURE, type ServedSite } from "./support/served-site";

let browser: Browser;
let site: ServedSite;
let calendar: ServedSite;
let migrated: ServedSite;
let arabic: ServedSite;
beforeAll(async () => {
  [browser, site, calendar, migrated, arabic] = await Promise.all([
    launchBrowser(),
    buildAndServe(),
    buildAndServe({ fixture: CALENDAR_FIXTURE }),
    buildAndServe({ fixture: MIGRATED_FIXTURE }),
    buildAndServe({ fixture: ARABIC_FIXTURE }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), calendar?.close(), migrated?.close(), arabic?.close()]);
});

/** Each page kind, by the site and model path of one example (filled in once the sites are built). */
function pageKinds(): [string, ServedSite, string][] {
  const article = site.model.articles.find((candidate) => candidate.path === "/2023/08/06/kim-jong-un-weapons-factories/")!;
  const topic = site.model.topics.find((candidate) => candidate.count > 1)!;
  return [
    ["home", site, "/"],
    ["article", site, article.path],
    ["topic", site, topic.path],
    ["topics list", site, "/topics/"],
    ["archive", site, "/archive/"],
    ["year", site, "/2023/"],
    ["month", site, "/2023/08/"],
    ["day", site, "/2023/08/06/"],
    ["day without articles", site, "/2023/08/07/"],
    ["days of the year", site, "/on-this-day/"],
    ["on this day", site, "/on-this-day/08/24/"],
    ["search with results", site, "/search/?q=korea"],
    ["404", site, "/no-such-page/"],
    ["topic with years", calendar, "/topics/budget/"],
    ["topic's year", calendar, "/topics/budget/2024/page/2/"],
    ["month without articles", calendar, "/2024/01/"],
    ["year without articles", calendar, "/2021/"],
    ["article with highlighted code", migrated, "/2020/06/01/ferry-timetable/"],
    ["home in Arabic", arabic, "/"],
    ["article in Arabic", arabic, "/2023/08/06/factory-tour/"],
    ["topics list in Arabic", arabic, "/topics/"],
    ["month in Arabic", arabic, "/2023/08/"],
    ["search with results in Arabic", arabic, "/search/?q=budget"],
    ["404 in Arabic", arabic, "/no-such-page/"],
  ];
}

describe.each(["light", "dark"] as const)("in the %s colour scheme", (colorScheme) => {
  it("every page kind has no serious or critical axe violations", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, colorScheme });
    try {
      const page = await context.newPage();
      const report: Record<string, Finding[]> = {};
      for (const [kind, served, modelPath] of pageKinds()) {
        const [pathname, query] = modelPath.split("?");
        const response = await page.goto(served.url(pathname!) + (query === undefined ? "" : `?${query}`));
        expect(response?.status(), kind).toBe(kind.startsWith("404") ? 404 : 200);
        if (kind.startsWith("search")) expect((await shownResultHrefs(page)).length, kind).toBeGreaterThan(0);
        const findings = await seriousViolations(page);
        if (findings.length > 0) report[kind] = findings;
      }
      expect(report).toEqual({});
    } finally {
      await context.close();
    }
  });
});
