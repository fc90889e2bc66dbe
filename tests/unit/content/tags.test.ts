import { describe, expect, it } from "vitest";
import { normalizeTags } from "../../../src/content/tags";

describe("normalizeTags", () => {
  it.each<[string, unknown, readonly string[]]>([
    ["a list in order", ["Economy", "Trade", "Energy"], ["Economy", "Trade", "Energy"]],
    ["numbers as text", [2024, "Elections", 3.5], ["2024", "Elections", "3.5"]],
    ["trimmed, inner spaces collapsed", ["  North \t Korea  ", "Human\u00a0 rights"], ["North Korea", "Human rights"]],
    ["empties dropped", ["", "  ", "Trade"], ["Trade"]],
    ["case-insensitive repeats dropped, first spelling kept", ["military", "Military", "MILITARY", "Navy"], ["military", "Navy"]],
    ["repeats differing only in spacing dropped", ["North Korea", "north  korea"], ["North Korea"]],
    ["a comma-separated text", "North Korea, Military", ["North Korea", "Military"]],
    ["a single name", "Weather", ["Weather"]],
    ["an empty text", "", []],
    ["an empty list", [], []],
  ])("accepts %s", (_label, value, tags) => {
    expect(normalizeTags(value)).toEqual({ ok: true, tags });
  });

  it.each<[string, unknown, readonly string[]]>([
    ["a number", 2024, ["expected a list of topics (e.g. `tags: [Economy, Trade]`) or one comma-separated text, got the number `2024`"]],
    ["a mapping", { a: "b" }, ["got a mapping"]],
    ["an empty value", null, ["got an empty value"]],
    ["a boolean", true, ["got `true`"]],
    ["bad items", ["Trade", { a: 1 }, ["x"], null], ["item 2: expected a topic name, got a mapping", "item 3: expected a topic name, got a list", "item 4: expected a topic name, got an empty value"]],
  ])("rejects %s", (_label, value, fragments) => {
    const result = normalizeTags(value);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.messages;
    expect(messages).toHaveLength(fragments.length);
    fragments.forEach((fragment, i) => expect(messages[i]).toContain(fragment));
  });
});
