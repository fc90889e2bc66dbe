// Languages tests: which table a language tag chooses, which way it runs, the
// English fallback label by label with its warnings, and plural forms.

import { describe, expect, it } from "vitest";
import { ar } from "../../../src/i18n/ar";
import { en } from "../../../src/i18n/en";
import { ko } from "../../../src/i18n/ko";
import {
  LOCALE_TABLES,
  languageDiagnostics,
  missingLabelMessage,
  primaryLanguage,
  resolveLabels,
  textDirection,
} from "../../../src/i18n/locale";
import { labelsOf } from "../../../src/i18n/labels-of";
import { plural } from "../../../src/i18n/plural";

describe("primaryLanguage", () => {
  it.each([
    ["en", "en"],
    ["ko-KR", "ko"],
    ["AR-eg", "ar"],
    ["zh-Hant-TW", "zh"],
    ["en_GB", undefined],
    ["e", undefined],
    ["", undefined],
  ])("%j → %j", (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe("textDirection", () => {
  it.each([
    ["ar", "rtl"],
    ["ar-EG", "rtl"],
    ["he", "rtl"],
    ["fa-IR", "rtl"],
    ["ur", "rtl"],
    ["en", "ltr"],
    ["ko", "ltr"],
    ["az-Arab", "rtl"],
    ["not a tag", "ltr"],
  ])("%j → %s", (tag, expected) => {
    expect(textDirection(tag)).toBe(expected);
  });
});

describe("resolveLabels", () => {
  it.each([
    ["en", en],
    ["en-GB", en],
    ["ko", ko],
    ["ko-KR", ko],
    ["ar", ar],
    ["ar-SA", ar],
  ])("%s takes its shipped table", (language, table) => {
    const resolved = resolveLabels(language);
    expect(resolved.labels.latestArticles).toBe(table.latestArticles);
    expect(resolved.translated).toBe(true);
    expect(resolved.missing).toEqual([]);
  });

  it("gives every label in English for a language without a table, and none as missing", () => {
    const resolved = resolveLabels("fr");
    expect(resolved.labels).toEqual(en);
    expect(resolved.translated).toBe(false);
    expect(resolved.missing).toEqual([]);
  });

  it("fills what a site's own table leaves out with English, and names what it left out", () => {
    const resolved = resolveLabels("fr", { latest: "À la une", search: "Recherche", home: undefined });
    expect(resolved.labels.latest).toBe("À la une");
    expect(resolved.labels.search).toBe("Recherche");
    expect(resolved.labels.home).toBe("Home");
    expect(resolved.missing).toContain("home");
    expect(resolved.missing).not.toContain("latest");
    expect(resolved.missing).toHaveLength(Object.keys(en).length - 2);
  });

  it("lets a site's own table replace single labels of a shipped language, leaving nothing missing", () => {
    const resolved = resolveLabels("ko", { latest: "새 소식" });
    expect(resolved.labels.latest).toBe("새 소식");
    expect(resolved.labels.topics).toBe("주제");
    expect(resolved.missing).toEqual([]);
  });
});

describe("the shipped tables", () => {
  it.each(Object.entries(LOCALE_TABLES))("%s has every label English has, of the same kind", (_, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const [name, label] of Object.entries(en)) {
      expect(typeof table[name as keyof typeof table], name).toBe(typeof label);
    }
  });

  it("are looked up once per language", () => {
    expect(labelsOf({ language: "ko-KR" })).toBe(labelsOf({ language: "ko-KR" }));
    expect(labelsOf({ language: "ko-KR" }).home).toBe("홈");
  });
});

describe("counts", () => {
  it.each([
    [0, "لا مقالات"],
    [1, "مقال واحد"],
    [2, "مقالان"],
    [3, "3 مقالات"],
    [10, "10 مقالات"],
    [11, "11 مقالًا"],
    [99, "99 مقالًا"],
    [100, "100 مقال"],
    [103, "103 مقالات"],
  ])("Arabic: %i articles → %s", (n, expected) => {
    expect(ar.articleCount(n, String(n))).toBe(expected);
  });

  it.each([
    [1, "1 article"],
    [2, "2 articles"],
    [0, "0 articles"],
  ])("English: %i → %s", (n, expected) => {
    expect(en.articleCount(n, String(n))).toBe(expected);
  });

  it("Korean counts with a counter and no plural", () => {
    expect([1, 2, 1234].map((n) => ko.articleCount(n, String(n)))).toEqual(["기사 1건", "기사 2건", "기사 1234건"]);
    expect(ko.topicCount(12, "12")).toBe("주제 12개");
  });

  it("plural() falls back to `other` for a category a table leaves out", () => {
    expect(plural("ar", 2, { one: "one", other: "other" })).toBe("other");
    expect(plural("en", 1, { one: "one", other: "other" })).toBe("one");
  });
});

describe("languageDiagnostics", () => {
  it("says nothing of a language with labels", () => {
    expect(languageDiagnostics("ko-KR", "site.config.json")).toEqual([]);
    expect(languageDiagnostics("en-US", "site.config.json")).toEqual([]);
  });

  it("warns once of a language without labels, naming it and what is shown instead", () => {
    const [warning, ...rest] = languageDiagnostics("fr-CA", "site.config.json");
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: "warning", file: "site.config.json" });
    expect(warning!.message).toMatch(/^language: no interface labels for "fr" \(there are labels for en, ko, ar\); the pages show English labels/);
  });

  it("warns of a tag that is not BCP 47", () => {
    const [warning] = languageDiagnostics("en_GB", "site.config.json");
    expect(warning!.message).toBe('language: expected a BCP 47 language tag such as "en" or "ko-KR", got "en_GB"; the pages show English labels and dates');
  });
});

describe("missingLabelMessage", () => {
  it("names the label and the language", () => {
    expect(missingLabelMessage("home", "fr")).toBe('label `home`: missing for "fr"; the English label is shown instead (add `home` to this table)');
  });
});
