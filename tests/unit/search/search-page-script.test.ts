// Search stage tests: the search page's inline script, run in a stand-in
// browser so its effect on Pagefind's Default UI and on the URL is checked.

import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { scriptSafeJson, searchPageScript, searchUiSettings } from "../../../src/search/search-page-script";

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
  filtered: Record<string, string[]>[];
  destroyed: boolean;
}

const SHARD_LIST = { shards: [{ dir: "0/", weight: 1 }, { dir: "1/", weight: 5 }, { dir: "2/", weight: 20 }] };

interface ScriptOptions {
  readonly bundleLoaded?: boolean;
  /** What fetching shards.json gives: the list, or an HTTP status. */
  readonly shardList?: unknown;
  /** The site language, which chooses the words the script shows. */
  readonly language?: string;
}

/** A stand-in for one value of a Default UI filter: its element, checkbox and label text "Name (N)". */
interface FakeFilterValue {
  readonly checkbox: { name: string; value: string; checked: boolean; parentNode: FakeFilterValue["element"] };
  readonly element: { textContent: string; parentNode: FakeFilterList };
}

class FakeFilterList {
  readonly children: FakeFilterValue["element"][] = [];
  appendChild(element: FakeFilterValue["element"]): void {
    const at = this.children.indexOf(element);
    if (at !== -1) this.children.splice(at, 1);
    this.children.push(element);
  }
  contains(element: unknown): boolean {
    return this.children.some((child) => child === element);
  }
}

function filterValues(name: string, values: readonly [string, number][], checked: readonly string[] = []): { list: FakeFilterList; values: FakeFilterValue[] } {
  const list = new FakeFilterList();
  const made = values.map(([value, count]): FakeFilterValue => {
    const element = { textContent: `${value} (${count})`, parentNode: list };
    list.children.push(element);
    return { element, checkbox: { name, value, checked: checked.includes(value), parentNode: element } };
  });
  return { list, values: made };
}

/** Runs the script against stand-ins for the DOM, history, fetch and Pagefind's Default UI, and lets its promises settle. */
async function runScript(
  pathPrefix: string,
  href: string,
  { bundleLoaded = true, shardList = SHARD_LIST, language = "en" }: ScriptOptions = {},
  filters: readonly FakeFilterValue[] = [],
) {
  const fetched: string[] = [];
  const created: FakeUi[] = [];
  const replaced: string[] = [];
  const searchInput = { attributes: new Map<string, string>(), setAttribute(name: string, value: string) { this.attributes.set(name, value); } };
  const headerInput = { value: "" };
  const checkboxes = filters.map((value) => value.checkbox);
  const root = {
    textContent: "",
    querySelector: (selector: string) => (selector.startsWith("input[type=text]") ? searchInput : null),
    querySelectorAll: (selector: string) => {
      const named = /\[name="([^"]+)"\]/.exec(selector);
      const matching = named === null ? checkboxes : checkboxes.filter((checkbox) => checkbox.name === named[1]);
      return selector.includes(":checked") ? matching.filter((checkbox) => checkbox.checked) : matching;
    },
    changeListeners: [] as ((event: { target: unknown }) => void)[],
    addEventListener(_type: string, listener: (event: { target: unknown }) => void) {
      this.changeListeners.push(listener);
    },
  };
  const listeners: ((event: { target: { value: string } }) => void)[] = [];
  const radios = ["date", "relevance"].map((value) => ({ value, checked: false }));
  const orderControl = {
    hidden: true,
    radios,
    querySelector: (selector: string) => radios.find((radio) => selector.includes(`"${radio.value}"`)) ?? null,
    addEventListener: (_type: string, listener: (event: { target: { value: string } }) => void) => listeners.push(listener),
  };
  const logged: unknown[] = [];
  let reloads = 0;
  const window = {
    location: { href, search: new URL(href).search, reload: () => reloads++ },
    history: {
      replaceState: (_state: unknown, _title: string, url: string) => {
        replaced.push(url);
        window.location.href = new URL(url, window.location.href).href;
        window.location.search = new URL(window.location.href).search;
      },
    },
  };
  const sandbox = {
    window,
    URL,
    URLSearchParams,
    JSON,
    document: {
      activeElement: null,
      getElementById: (id: string) => (id === "site-search-q" ? headerInput : id === "search-order" ? orderControl : null),
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
        this.record = { options: { ...options }, triggered: [], filtered: [], destroyed: false };
        created.push(this.record);
        // The real Default UI deletes the options it has consumed.
        for (const key of Object.keys(options)) delete options[key];
      }
      triggerSearch(term: string) {
        this.record.triggered.push(term);
        (this.record.options.processTerm as ((term: string) => string) | undefined)?.(term);
      }
      triggerFilters(filters: Record<string, string[]>) {
        this.record.filtered.push(filters);
      }
      destroy() {
        this.record.destroyed = true;
      }
    },
  };
  runInNewContext(searchPageScript({ pathPrefix, language }), sandbox);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const chooseOrder = (value: string) => listeners.forEach((listener) => listener({ target: { value } }));
  const toggle = (value: FakeFilterValue) => {
    value.checkbox.checked = !value.checkbox.checked;
    root.changeListeners.forEach((listener) => listener({ target: { type: "checkbox", ...value.checkbox } }));
  };
  return { created, replaced, searchInput, headerInput, root, logged, fetched, orderControl, chooseOrder, toggle, reloads: () => reloads };
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
    expect(ui.options).toMatchObject({ showEmptyFilters: false });
  });

  it("orders by relevance with ?order=relevance, every shard weighing the same", async () => {
    const { created, orderControl } = await runScript("", "https://archive.example/search/?q=korea&order=relevance");
    expect(created[0]!.options).not.toHaveProperty("sort");
    expect((created[0]!.options.mergeIndex as { indexWeight: number }[]).map((shard) => shard.indexWeight)).toEqual([1, 1]);
    expect(orderControl.radios.map((radio) => radio.checked)).toEqual([false, true]);
  });

  it("shows the order control, and loads the page again in the other order when it changes", async () => {
    const { orderControl, chooseOrder, replaced, reloads } = await runScript("", "https://archive.example/search/?q=korea&topic=Trade");
    expect(orderControl.hidden).toBe(false);
    expect(orderControl.radios.map((radio) => radio.checked)).toEqual([true, false]);

    chooseOrder("date");
    expect(reloads()).toBe(0);
    chooseOrder("relevance");
    expect(replaced.at(-1)).toBe("/search/?q=korea&topic=Trade&order=relevance");
    expect(reloads()).toBe(1);
  });

  it("applies the filters in the address, and keeps the address in step with the chosen filter values", async () => {
    const topics = filterValues("topic", [["Economy", 2], ["Japan", 5], ["Trade", 1]]);
    const { created, toggle, replaced } = await runScript("", "https://archive.example/search/?q=korea&topic=Japan&topic=Trade&year=2023", {}, topics.values);
    expect(created[0]!.filtered).toEqual([{ topic: ["Japan", "Trade"], year: ["2023"] }]);
    toggle(topics.values[0]!);
    expect(replaced.at(-1)).toBe("/search/?q=korea&year=2023&topic=Economy");
    toggle(topics.values[0]!);
    expect(replaced.at(-1)).toBe("/search/?q=korea&year=2023");
  });

  it("lists topic and source values by their number of results, ties A–Z, and leaves years in their order", async () => {
    const topics = filterValues("topic", [["Asia", 1], ["Economy", 4], ["Space", 1], ["Trade", 9]]);
    const years = filterValues("year", [["2021", 1], ["2022", 7]]);
    await runScript("", "https://archive.example/search/?q=korea", {}, [...topics.values, ...years.values]);
    expect(topics.list.children.map((element) => element.textContent)).toEqual(["Trade (9)", "Economy (4)", "Asia (1)", "Space (1)"]);
    expect(years.list.children.map((element) => element.textContent)).toEqual(["2021 (1)", "2022 (7)"]);
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
    expect(root.textContent).toBe("Search is not available right now: the search index could not be loaded.");
    expect(String(logged[0])).toContain("npm run build");
    expect(String(logged[1])).toContain(why);
  });

  it("says so in the site's language", async () => {
    const { root } = await runScript("", "https://archive.example/search/?q=munitions", { shardList: 404, language: "ko-KR" });
    expect(root.textContent).toBe("지금은 검색을 쓸 수 없습니다. 검색 색인을 불러오지 못했습니다.");
  });
});
