// Render stage tests: grouping the topic and source directories by initial.

import { describe, expect, it } from "vitest";
import { filingOf, groupId, groupTermsByInitial, initialOf } from "../../../src/render/term-groups";
import { makeTopic } from "./fixtures";

describe("initialOf", () => {
  it.each([
    ["Economy", "E"],
    ["economy", "E"],
    ["Économie", "E"],
    ["Ørsted", "Ø"],
    ["straße", "S"],
    ["ßeta", "S"],
    ["Україна", "У"],
    ["Ελλάδα", "Ε"],
    ["2024 election", "#"],
    ["#MeToo", "#"],
    ["“Quoted”", "#"],
    ["  padded", "P"],
    ["", "#"],
  ])("%j files under %j", (name, expected) => {
    expect(initialOf(name, "en")).toBe(expected);
  });
});

describe("initialOf in other scripts", () => {
  it.each([
    ["북한", "ko", "ㅂ"],
    ["가자지구", "ko", "ㄱ"],
    ["까치", "ko", "ㄱ"],
    ["떡볶이", "ko", "ㄷ"],
    ["쌀값", "ko", "ㅅ"],
    ["힘", "ko", "ㅎ"],
    ["ㅆ", "ko", "ㅅ"],
    ["さくら", "ja", "さ"],
    ["ガス", "ja", "か"],
    ["ぱん", "ja", "は"],
    ["ヴィザ", "ja", "あ"],
    ["ヶ月", "ja", "か"],
    ["わかめ", "ja", "わ"],
    ["ンジャメナ", "ja", "わ"],
    ["東京", "en", "Han"],
    ["北京", "ko", "한자"],
    ["أمن", "ar", "ا"],
    ["إيران", "ar", "ا"],
    ["اقتصاد", "ar", "ا"],
    ["بحر", "ar", "ب"],
    ["שלום", "he", "ש"],
  ])("%j in %s files under %j", (name, language, expected) => {
    expect(initialOf(name, language)).toBe(expected);
  });

  it("gives Chinese characters one group with an id of its own in every language", () => {
    expect(filingOf("東京", "en")).toEqual({ initial: "Han", id: "script-hani" });
    expect(filingOf("東京", "ko").id).toBe("script-hani");
  });
});

describe("groupId", () => {
  it.each([
    ["A", "letter-a"],
    ["Z", "letter-z"],
    ["#", "letter-other"],
    ["ㅂ", "letter-u3142"],
    ["Ø", "letter-ud8"],
  ])("%j → %j", (initial, expected) => {
    expect(groupId(initial)).toBe(expected);
  });

  it("gives every group a fragment that needs no escaping", () => {
    for (const initial of ["A", "#", "ㅂ", "У", "さ", "Ø", "ا"]) {
      expect(groupId(initial)).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe("groupTermsByInitial", () => {
  it("groups an A–Z list in order, keeping term order within a group", () => {
    const terms = ["2024 election", "Agriculture", "Airports", "Économie", "Elections", "북한", "북극"].map((n) => makeTopic(n));
    const groups = groupTermsByInitial(terms, "en");
    expect(groups.map((g) => g.initial)).toEqual(["#", "A", "E", "ㅂ"]);
    expect(groups.map((g) => g.terms.map((t) => t.name))).toEqual([
      ["2024 election"],
      ["Agriculture", "Airports"],
      ["Économie", "Elections"],
      ["북한", "북극"],
    ]);
  });

  it("merges a letter that appears again later instead of making a second group", () => {
    const groups = groupTermsByInitial(["Alpha", "Beta", "alpha two"].map((n) => makeTopic(n)), "en");
    expect(groups.map((g) => [g.initial, g.terms.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });

  it("files a Korean list sorted by its collation under consonants, Hangul first, then Latin", () => {
    const names = ["EU", "가스", "까치", "북한", "부산", "북극", "Apple", "한국은행"];
    const terms = [...names].sort(new Intl.Collator("ko").compare).map((n) => makeTopic(n));
    const groups = groupTermsByInitial(terms, "ko");
    expect(groups.map((g) => [g.initial, g.terms.map((t) => t.name)])).toEqual([
      ["ㄱ", ["가스", "까치"]],
      ["ㅂ", ["부산", "북극", "북한"]],
      ["ㅎ", ["한국은행"]],
      ["A", ["Apple"]],
      ["E", ["EU"]],
    ]);
  });

  it("returns no groups for no terms", () => {
    expect(groupTermsByInitial([], "en")).toEqual([]);
  });
});
