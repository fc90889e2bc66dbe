// Search stage tests: the search page's inline script, run in a stand-in
// browser so its effect on Pagefind's Default UI and on the URL is checked.

import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { MISSING_INDEX_MESSAGE, scriptSafeJson, searchPageScript, searchUiSettings } from "../../../src/search/search-page-script";

describe("searchUiSettings", () => {
  it.each([
    ["", { bundlePath: "/pagefind/", baseUrl: "/" }],
    ["/news", { bundlePath: "/news/pagefind/", baseUrl: "/news/" }],
    ["/新闻", { bundlePath: "/%E6%96%B0%E9%97%BB/pagefind/", baseUrl: "/%E6%96%B0%E9%97%BB/" }],
  ])("prefix %j", (pathPrefix, expected) => {
    expect(searchUiSettings({ pathPrefix })).toEqual(expected);
  });
});

describe("scriptSafeJson", () => {
  it("cannot end the script element or open a comment, and stays the same value", () => {
    const value = { text: "</script><!-- \u2028 \u2029 & done" };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

interface FakeUi {
  options: Record<string, unknown>;
  triggered: string[];
}

const SHARD_LIST = { shards: [{ dir: "0/", weight: 1 }, { dir: "1/", weight: 5 }, { dir: "2/", weight: 20 }] };

interface ScriptOptions {
  readonly bundleLoaded?: boolean;
  /** What fetching shards.json gives: the list, or an HTTP status. */
  readonly shardList?: unknown;
}

/** Runs the script against stand-ins for the DOM, history, fetch and Pagefind's Default UI, and lets its promises settle. */
async function runScript(pathPrefix: string, href: string, { bundleLoaded = true, shardList = SHARD_LIST }: ScriptOptions = {}) {
  const fetched: string[] = [];
  const created: FakeUi[] = [];
  const replaced: string[] = [];
  const searchInput = { attributes: new Map<string, string>(), setAttribute(name: string, value: string) { this.attributes.set(name, value); } };
  const headerInput = { value: "" };
  const root = { textContent: "", querySelector: (selector: string) => (selector.startsWith("input[type=text]") ? searchInput : null) };
  const logged: unknown[] = [];
  const window = {
    location: { href, search: new URL(href).search },
    history: { replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) },
  };
  const sandbox = {
    window,
    URL,
    URLSearchParams,
    document: {
      getElementById: (id: string) => (id === "site-search-q" ? headerInput : null),
      querySelector: (selector: string) => (selector === "#search" ? root : null),
    },
    console: { error: (...args: unknown[]) => logged.push(...args) },
    fetch: (url: string) => {
      fetched.push(url);
      return Promise.resolve(
        typeof shardList === "number"
          ? { ok: false, status: shardList, statusText: "Not Found", json: () => Promise.reject(new Error("no body")) }
          : { ok: true, status: 200, statusText: "OK", json: () => Promise.resolve(shardList) },
      );
    },
    MutationObserver: class {
      observe() {}
    },
    // Left undefined when the bundle "did not load", as a missing script leaves it.
    PagefindUI: !bundleLoaded ? undefined : class {
      readonly record: FakeUi;
      constructor(options: Record<string, unknown>) {
        this.record = { options: { ...options }, triggered: [] };
        created.push(this.record);
        // The real Default UI deletes the options it has consumed.
        for (const key of Object.keys(options)) delete options[key];
      }
      triggerSearch(term: string) {
        this.record.triggered.push(term);
      }
    },
  };
  runInNewContext(searchPageScript({ pathPrefix }), sandbox);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { created, replaced, searchInput, headerInput, root, logged, fetched };
}

describe("searchPageScript", () => {
  it("starts the Default UI on the first shard with the others merged in, newest results first, and runs the query from ?q=", async () => {
    const { created, fetched } = await runScript("/news", "https://archive.example/news/search/?q=munitions%20factory");
    expect(fetched).toEqual(["/news/pagefind/shards.json"]);
    expect(created).toHaveLength(1);
    const ui = created[0]!;
    expect(ui.options).toMatchObject({
      element: "#search",
      bundlePath: "/news/pagefind/0/",
      mergeIndex: [
        { bundlePath: "/news/pagefind/1/", indexWeight: 5, baseUrl: "/news/" },
        { bundlePath: "/news/pagefind/2/", indexWeight: 20, baseUrl: "/news/" },
      ],
      baseUrl: "/news/",
      sort: { date: "desc" },
    });
    expect(ui.triggered).toEqual(["munitions factory"]);
  });

  it("runs no search when the page is opened without a query", async () => {
    const { created } = await runScript("", "https://archive.example/search/");
    expect(created[0]!.triggered).toEqual([]);
  });

  it("labels the Default UI's input with the page heading", async () => {
    const { searchInput } = await runScript("", "https://archive.example/search/");
    expect(searchInput.attributes.get("aria-labelledby")).toBe("search-heading");
  });

  it("keeps ?q= and the header search box in step with each search", async () => {
    const { created, replaced, headerInput } = await runScript("", "https://archive.example/search/?q=old#top");
    const processTerm = created[0]!.options.processTerm as (term: string) => string;
    expect(processTerm("new words")).toBe("new words");
    expect(replaced.at(-1)).toBe("/search/?q=new+words#top");
    expect(headerInput.value).toBe("new words");
    processTerm("");
    expect(replaced.at(-1)).toBe("/search/#top");
  });

  it.each([
    ["Pagefind's Default UI did not load", { bundleLoaded: false }, "pagefind-ui.js did not load"],
    ["there is no shard list", { shardList: 404 }, "404 Not Found"],
    ["the shard list is empty", { shardList: { shards: [] } }, "the shard list is empty"],
  ])("says search is unavailable, and logs why, when %s", async (_, options, why) => {
    const { created, root, logged } = await runScript("", "https://archive.example/search/?q=munitions", options);
    expect(created).toEqual([]);
    expect(root.textContent).toBe(MISSING_INDEX_MESSAGE);
    expect(String(logged[0])).toContain("npm run build");
    expect(String(logged[1])).toContain(why);
  });
});
