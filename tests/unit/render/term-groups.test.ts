// Render stage tests: grouping the topic and source directories by initial.

import { describe, expect, it } from "vitest";
import { groupId, groupTermsByInitial, initialOf } from "../../../src/render/term-groups";
import { makeTopic } from "./fixtures";

describe("initialOf", () => {
  it.each([
    ["Economy", "E"],
    ["economy", "E"],
    ["Économie", "E"],
    ["Ørsted", "Ø"],
    ["straße", "S"],
    ["ßeta", "S"],
    ["북한", "북"],
    ["Україна", "У"],
    ["東京", "東"],
    ["2024 election", "#"],
    ["#MeToo", "#"],
    ["“Quoted”", "#"],
    ["  padded", "P"],
    ["", "#"],
  ])("%j files under %j", (name, expected) => {
    expect(initialOf(name, "en")).toBe(expected);
  });
});

describe("groupId", () => {
  it.each([
    ["A", "letter-a"],
    ["Z", "letter-z"],
    ["#", "letter-other"],
    ["북", "letter-ubd81"],
    ["Ø", "letter-ud8"],
  ])("%j → %j", (initial, expected) => {
    expect(groupId(initial)).toBe(expected);
  });

  it("gives every group a fragment that needs no escaping", () => {
    for (const initial of ["A", "#", "북", "У", "東", "Ø"]) {
      expect(groupId(initial)).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe("groupTermsByInitial", () => {
  it("groups an A–Z list in order, keeping term order within a group", () => {
    const terms = ["2024 election", "Agriculture", "Airports", "Économie", "Elections", "북한", "북극"].map((n) => makeTopic(n));
    const groups = groupTermsByInitial(terms, "en");
    expect(groups.map((g) => g.initial)).toEqual(["#", "A", "E", "북"]);
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

  it("returns no groups for no terms", () => {
    expect(groupTermsByInitial([], "en")).toEqual([]);
  });
});
