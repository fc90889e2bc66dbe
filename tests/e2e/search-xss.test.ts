// Browser tests: stored XSS through the search index. Pagefind's Default UI
// puts filter values into its filter panel as HTML, and result excerpts too.
// This builds tests/fixtures/search-xss (markup, quotes, ampersands and
// character references in every field that reaches the index) into several
// shards, searches it in Chromium and checks that no payload runs or leaves an
// element behind, and that readers see every value exactly as it was written.

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DESKTOP, launchBrowser, searchResultCount, showAllResults, shownResultHrefs, waitForSearchResults } from "./support/browser";
import { buildAndServe, ROOT, type ServedSite } from "./support/served-site";

const FIXTURE = path.join(ROOT, "tests/fixtures/search-xss");
/** Five articles in three shards, so every filter value the panel shows was merged from several indexes. */
const SHARD_SIZE = 2;
/** A word in every fixture article. */
const EVERY_ARTICLE = "harbour";

// Values as written in the fixtures' front matter: what a reader must see.
const TITLES = [
  "<img src=x onerror=alert('title')> Harbour <b>cranes</b> & docks",
  "Harbour pilots ask for new boats",
  "&#60;img src=x onerror=alert('entity-title')&#62; harbour",
  `AT&T buys the harbour's "old" ferry`,
  "Night shift at the harbour",
];
const SOURCES = {
  "<img src=x onerror=alert('source-text')>": 1,
  "<svg onload=alert('source-object')>": 1,
  "&#60;img src=x onerror=alert('entity-source')&#62;": 1,
  "AT&T": 1,
  "Tom's \"Harbour\" Desk": 1,
};
const HOSTILE_TOPIC = "<img src=x onerror=alert('tag')>";
const TOPICS = {
  [HOSTILE_TOPIC]: 2,
  "<script>alert('tag-script')</script>": 1,
  "<svg/onload=alert('tag-svg')>": 1,
  "&#60;img src=x onerror=alert('entity-tag')&#62;": 1,
  "&lt;img src=x onerror=alert('named-entity-tag')&gt;": 1,
  Harbour: 1,
  "Q&A": 2,
  "O'Brien \"Quoted\"": 1,
};
const YEARS = { "2024": 5 };

let browser: Browser;
let site: ServedSite;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const scriptErrors: string[] = [];

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    buildAndServe({ fixture: { contentDir: FIXTURE, configFile: path.join(FIXTURE, "site.config.json") }, searchShardSize: SHARD_SIZE }),
  ]);
  context = await browser.newContext({ viewport: DESKTOP });
  page = await context.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => scriptErrors.push(error.message));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

const searchUrl = (query: string) => `${site.url("/search/")}?q=${encodeURIComponent(query)}`;

const pathOfFixture = (file: string) => {
  const article = site.model.articles.find((candidate) => candidate.relativePath === file);
  if (article === undefined) throw new Error(`no fixture article ${file}`);
  return site.pathOf(article.path);
};

/** Elements and attributes no page of ours has and a payload would leave: event-handler attributes anywhere, images, SVG, scripts or markup inside the search UI. */
function injectedMarkup(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const name of element.getAttributeNames()) if (name.startsWith("on")) found.push(`<${element.localName} ${name}>`);
    }
    for (const element of Array.from(document.querySelectorAll('img[src="x"], #search img, #search svg, #search script, #search iframe, #search b'))) {
      found.push(element.outerHTML);
    }
    return found;
  });
}


const textsOf = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ""));

/** Opens every filter group as a reader does, by its summary, and reads each group's values with their counts. */
async function openFilterPanel(): Promise<Record<string, Record<string, number>>> {
  const groups = page.locator(".pagefind-ui__filter-block");
  await expect.poll(() => groups.count()).toBe(3);
  const panel: Record<string, Record<string, number>> = {};
  for (const group of await groups.all()) {
    if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator("summary").click();
    const name = (await group.locator("summary").textContent()) ?? "";
    const labels = await group.locator(".pagefind-ui__filter-label").evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
    panel[name] = Object.fromEntries(
      labels.map((label) => {
        const match = /^(.*) \((\d+)\)$/s.exec(label);
        return match === null ? [label, -1] : [match[1]!, Number(match[2])];
      }),
    );
  }
  return panel;
}

describe("the search page with hostile articles in its index", () => {
  it("lists every article for a word they share, with titles, sources and excerpts as written", async () => {
    await page.goto(searchUrl(EVERY_ARTICLE));
    expect(await searchResultCount(page)).toBe(TITLES.length);
    await showAllResults(page);

    expect((await textsOf(".pagefind-ui__result-title")).sort()).toEqual([...TITLES].sort());
    const sources = await textsOf('.pagefind-ui__result-tag[data-pagefind-ui-meta="source"]');
    expect(sources.sort()).toEqual(Object.keys(SOURCES).map((source) => `Source: ${source}`).sort());

    const excerpts = await textsOf(".pagefind-ui__result-excerpt");
    expect(excerpts.join("\n")).toContain("<img src=x onerror=alert('body-entity')> stays text");
    expect(excerpts.join("\n")).toContain("AT&T said the harbour ferry");
    const excerptMarkup = await page.locator(".pagefind-ui__result-excerpt *").evaluateAll((elements) => elements.map((element) => element.localName));
    expect(new Set(excerptMarkup)).toEqual(new Set(["mark"]));
    expect(await injectedMarkup()).toEqual([]);
  });

  it("shows every topic, source and year in the filter panel as written, one entry per value across shards", async () => {
    expect(await openFilterPanel()).toEqual({ Topic: TOPICS, Source: SOURCES, Year: YEARS });
    expect(await injectedMarkup()).toEqual([]);
  });

  it("narrows the results with a hostile topic and with a source that has an ampersand", async () => {
    const topic = page.getByRole("checkbox", { name: `${HOSTILE_TOPIC} (2)`, exact: true });
    await topic.check();
    await expect.poll(() => searchResultCount(page)).toBe(2);
    expect((await shownResultHrefs(page)).sort()).toEqual([pathOfFixture("quotes-and-ampersands.md"), pathOfFixture("source-as-text.md")].sort());
    await topic.uncheck();
    await expect.poll(() => searchResultCount(page)).toBe(TITLES.length);

    await page.getByRole("checkbox", { name: "AT&T (1)", exact: true }).check();
    await expect.poll(() => searchResultCount(page)).toBe(1);
    expect(await shownResultHrefs(page)).toEqual([pathOfFixture("quotes-and-ampersands.md")]);
    expect(await injectedMarkup()).toEqual([]);
  });

  it.each([
    "<img src=x onerror=alert('query')>",
    `harbour "><svg onload=alert('query-attribute')>`,
  ])("shows the search term %s from the address as text", async (term) => {
    await page.goto(searchUrl(term));
    await waitForSearchResults(page);
    expect(await page.locator(".pagefind-ui__message").textContent()).toContain(term);
    expect(await page.locator("#search input[type=text]").inputValue()).toBe(term);
    expect(await page.locator("#site-search-q").inputValue()).toBe(term);
    await openFilterPanel();
    expect(await injectedMarkup()).toEqual([]);
  });

  it("never opened a dialog or threw a script error on the way", () => {
    expect(dialogs).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });
});
