import { describe, expect, it } from "vitest";
import { KNOWN_KEYS, editDistance, isKnownKey, suggestKey } from "../../../src/content/key-suggestions";

describe("editDistance", () => {
  it.each([
    ["title", "title", 0],
    ["tittle", "title", 1],
    ["dtae", "date", 1],
    ["tag", "tags", 1],
    ["", "slug", 4],
    ["kitten", "sitting", 3],
    ["summray", "summary", 1],
  ])("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("suggestKey", () => {
  it.each([
    ["tittle", "title"],
    ["titel", "title"],
    ["dat", "date"],
    ["soruce", "source"],
    ["tag", "tags"],
    ["auther", "author"],
    ["orignal_url", "original_url"],
    ["original-url", "original_url"],
    ["OriginalURL", "original_url"],
    ["Draft", "draft"],
    ["topics", "tags"],
    ["topic", "tags"],
    ["categories", "tags"],
    ["url", "original_url"],
    ["link", "original_url"],
    ["description", "summary"],
    ["excerpt", "summary"],
    ["lastmod", "updated"],
  ])("%s → %s", (key, expected) => {
    expect(suggestKey(key)).toBe(expected);
  });

  it.each(["mood", "x", "weather", "location"])("has no suggestion for %s", (key) => {
    expect(suggestKey(key)).toBeUndefined();
  });

  it("knows exactly the documented keys", () => {
    expect(KNOWN_KEYS.filter(isKnownKey)).toHaveLength(13);
    expect(isKnownKey("topics")).toBe(false);
    expect(isKnownKey("Title")).toBe(false);
  });
});
