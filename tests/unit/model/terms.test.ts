import { describe, expect, it } from "vitest";
import {
  assignUniqueSlugs,
  fallbackSlug,
  mergeArticleTerms,
  mergeKey,
  mergeTermUses,
  sortTermsByName,
  type TermUses,
} from "../../../src/model/terms";
import { makeArticle } from "./make-article";

const uses = (file: string, ...names: string[]): TermUses => ({
  displayPath: file,
  uses: names.map((name) => ({ name })),
});

describe("mergeKey", () => {
  it.each([
    ["North Korea", "north korea"],
    ["north  korea", "north korea"],
    ["NORTH KOREA", "north korea"],
    ["  North\tKorea \n", "north korea"],
    ["Ｎｏｒｔｈ Ｋｏｒｅａ", "north korea"],
    ["North\u00a0Korea", "north korea"],
    ["U.S.", "u.s."],
    ["북한", "북한"],
  ])("%j → %j", (name, key) => {
    expect(mergeKey(name)).toBe(key);
  });
});

describe("mergeTermUses", () => {
  it("merges spellings that differ only in case and spacing and counts articles once", () => {
    const merged = mergeTermUses("topic", [
      uses("a.md", "North Korea"),
      uses("b.md", "north  korea", "NORTH KOREA"),
      uses("c.md", "NORTH KOREA"),
    ]);
    expect(merged.terms).toHaveLength(1);
    expect(merged.terms[0]).toMatchObject({ slug: "north-korea", path: "/topics/north-korea/", count: 3 });
    expect(merged.perArticle.map((terms) => terms.length)).toEqual([1, 1, 1]);
    expect(merged.perArticle[1]![0]).toBe(merged.terms[0]);
  });

  it.each([
    ["most used spelling wins", [["Economy"], ["economy"], ["economy"]], "economy"],
    ["tie goes to the first seen (newest article)", [["Economy"], ["economy"]], "Economy"],
    ["tie with three spellings", [["ECONOMY"], ["Economy"], ["economy"], ["Economy"], ["ECONOMY"]], "ECONOMY"],
  ])("display name: %s", (_label, perArticle, expected) => {
    const merged = mergeTermUses(
      "topic",
      perArticle.map((names, i) => uses(`${i}.md`, ...names)),
    );
    expect(merged.terms.map((t) => t.name)).toEqual([expected]);
  });

  it("keeps each article's own topic order and drops merged duplicates", () => {
    const merged = mergeTermUses("topic", [uses("a.md", "Trade", "Energy", "trade", "Asia")]);
    expect(merged.perArticle[0]!.map((t) => t.name)).toEqual(["Trade", "Energy", "Asia"]);
  });

  it.each([
    ["Korean", "북한", "/topics/북한/"],
    ["Cyrillic", "Москва", "/topics/москва/"],
    ["accented Latin", "São Paulo", "/topics/sao-paulo/"],
  ])("non-Latin and accented names keep readable slugs (%s)", (_label, name, path) => {
    expect(mergeTermUses("topic", [uses("a.md", name)]).terms[0]!.path).toBe(path);
  });

  it.each([
    ["topic", "!!!", /^\/topics\/topic-[0-9a-f]{8}\/$/],
    ["source", "…", /^\/sources\/source-[0-9a-f]{8}\/$/],
  ] as const)("falls back to a stable hashed slug for a %s named %j", (kind, name, pattern) => {
    const first = mergeTermUses(kind, [uses("a.md", name)]).terms[0]!;
    const again = mergeTermUses(kind, [uses("z.md", "x"), uses("b.md", name)]).terms.find((t) => t.name === name)!;
    expect(first.path).toMatch(pattern);
    expect(again.slug).toBe(first.slug);
    expect(first.slug).toBe(fallbackSlug(kind, mergeKey(name)));
  });

  it("separates colliding slugs, first by merge key keeps the plain one, and warns on the later term's newest file", () => {
    const merged = mergeTermUses("topic", [
      uses("content/new.md", "C++"),
      uses("content/mid.md", "C"),
      uses("content/old.md", "C++"),
    ]);
    const bySlug = Object.fromEntries(merged.terms.map((t) => [t.name, t.path]));
    expect(bySlug).toEqual({ C: "/topics/c/", "C++": "/topics/c-2/" });
    expect(merged.diagnostics).toHaveLength(1);
    const warning = merged.diagnostics[0]!;
    expect(warning.severity).toBe("warning");
    expect(warning.file).toBe("content/new.md");
    expect(warning.message).toContain('"C++"');
    expect(warning.message).toContain('"C"');
    expect(warning.message).toContain("/topics/c/");
    expect(warning.message).toContain("/topics/c-2/");
  });

  it("points the warning at the line where the later term's newest file names it", () => {
    const merged = mergeTermUses("topic", [
      { ...uses("content/new.md", "C++"), line: 7 },
      { ...uses("content/mid.md", "C"), line: 4 },
      { ...uses("content/old.md", "C++"), line: 9 },
    ]);
    expect(merged.diagnostics).toEqual([expect.objectContaining({ file: "content/new.md", line: 7, column: 1 })]);
  });

  it("keeps U.S. and US apart as different terms with different slugs", () => {
    const merged = mergeTermUses("topic", [uses("a.md", "US"), uses("b.md", "U.S.")]);
    expect(Object.fromEntries(merged.terms.map((t) => [t.name, t.slug]))).toEqual({ "U.S.": "us", US: "us-2" });
    expect(merged.diagnostics.map((d) => d.file)).toEqual(["a.md"]);
  });

  it("is independent of the order in which colliding terms appear", () => {
    const one = mergeTermUses("topic", [uses("a.md", "C"), uses("b.md", "C++"), uses("c.md", "c#")]);
    const two = mergeTermUses("topic", [uses("a.md", "c#"), uses("b.md", "C++"), uses("c.md", "C")]);
    const slugs = (m: typeof one) => Object.fromEntries(m.terms.map((t) => [t.name, t.slug]));
    expect(slugs(one)).toEqual(slugs(two));
    expect(slugs(one)).toEqual({ C: "c", "c#": "c-2", "C++": "c-3" });
  });
});

describe("assignUniqueSlugs", () => {
  it("skips a suffixed slug that another term already owns", () => {
    const { slugs, collisions } = assignUniqueSlugs(
      new Map([
        ["c++", "c"],
        ["c", "c"],
        ["c 2", "c-2"],
      ]),
    );
    expect(Object.fromEntries(slugs)).toEqual({ c: "c", "c 2": "c-2", "c++": "c-3" });
    expect(collisions).toEqual([{ key: "c++", ownerKey: "c", baseSlug: "c", slug: "c-3" }]);
  });

  it("orders by code point, so astral characters sort after all BMP ones", () => {
    const { slugs } = assignUniqueSlugs(
      new Map([
        ["x\u{1F600}", "x"],
        ["x\uFF01", "x"],
      ]),
    );
    expect(slugs.get("x\uFF01")).toBe("x");
    expect(slugs.get("x\u{1F600}")).toBe("x-2");
  });
});

describe("mergeArticleTerms", () => {
  it("merges sources by name and takes the first non-empty URL in newest-first order", () => {
    const articles = [
      makeArticle({ date: "2023-08-06", source: { name: "Daily News", url: "" } }),
      makeArticle({ date: "2023-08-05", source: { name: "daily news", url: "https://daily.example" } }),
      makeArticle({ date: "2023-08-04", source: { name: "Daily  News", url: "https://old.example" } }),
      makeArticle({ date: "2023-08-03", source: "Other Paper" }),
    ];
    const terms = mergeArticleTerms(articles);
    expect(terms.sources).toHaveLength(2);
    const daily = terms.articleSources[0]!;
    expect(daily).toMatchObject({ path: "/sources/daily-news/", count: 3, url: "https://daily.example" });
    expect(terms.articleSources[2]).toBe(daily);
    expect(terms.articleSources[3]).not.toHaveProperty("url");
  });

  it("warns at the source key of each article whose URL for a source is not the one used, naming both files and URLs", () => {
    const source = (name: string, url?: string) => (url === undefined ? { name } : { name, url });
    const articles = [
      makeArticle({ date: "2023-08-07", file: "new.md", source: source("Daily News") }),
      makeArticle({ date: "2023-08-06", file: "used.md", source: source("Daily News", "https://daily.example/") }),
      makeArticle({ date: "2023-08-05", file: "same.md", source: source("daily news", "HTTPS://Daily.Example") }),
      makeArticle({ date: "2023-08-04", file: "old.md", source: source("Daily News", "https://old.example") }),
      makeArticle({ date: "2023-08-03", file: "older.md", source: source("Daily  News", "https://old.example") }),
      makeArticle({ date: "2023-08-02", file: "other.md", source: source("Other Paper", "https://other.example") }),
    ].map((article) => ({ ...article, keyLines: { source: 4 } }));
    const terms = mergeArticleTerms(articles);
    expect(terms.articleSources[0]!.url).toBe("https://daily.example/");
    expect(terms.diagnostics).toEqual([
      {
        severity: "warning",
        file: "content/old.md",
        line: 4,
        column: 1,
        message:
          'source "Daily News": url https://old.example differs from https://daily.example/ in content/used.md; ' +
          "the source page links to https://daily.example/ (give every article the same url for this source)",
      },
    ]);
  });

  it("gives each article its merged topics", () => {
    const articles = [
      makeArticle({ date: "2023-08-06", tags: ["Trade", "Asia"] }),
      makeArticle({ date: "2023-08-05", tags: ["asia"] }),
    ];
    const terms = mergeArticleTerms(articles);
    expect(terms.articleTopics.map((ts) => ts.map((t) => t.slug))).toEqual([["trade", "asia"], ["asia"]]);
    expect(terms.articleTopics[1]![0]).toBe(terms.articleTopics[0]![1]);
    expect(terms.topics.find((t) => t.slug === "asia")!.count).toBe(2);
  });
});

describe("sortTermsByName", () => {
  const term = (name: string, slug: string) => ({ name, slug, path: `/topics/${slug}/`, count: 1 });

  it("sorts A–Z ignoring case and accents, in the site language", () => {
    const sorted = sortTermsByName([term("zebra", "zebra"), term("École", "ecole"), term("apple", "apple")], "en");
    expect(sorted.map((t) => t.name)).toEqual(["apple", "École", "zebra"]);
  });

  it("follows the language's alphabet (Swedish puts Ö after Z)", () => {
    const names = ["Öland", "Zinkgruvan", "Oslo"];
    const sorted = sortTermsByName(names.map((n, i) => term(n, `t${i}`)), "sv");
    expect(sorted.map((t) => t.name)).toEqual(["Oslo", "Zinkgruvan", "Öland"]);
  });

  it("still sorts when the language tag is malformed", () => {
    const sorted = sortTermsByName([term("b", "b"), term("a", "a")], "not a tag!");
    expect(sorted.map((t) => t.name)).toEqual(["a", "b"]);
  });
});
