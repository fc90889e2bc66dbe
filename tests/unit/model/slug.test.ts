import { describe, expect, it } from "vitest";
import { capLength, slugify } from "../../../src/model/slug";

describe("slugify", () => {
  it.each([
    ["plain ASCII", "Kim Visits Factories", "kim-visits-factories"],
    ["punctuation runs", "Hello, World! (Again)", "hello-world-again"],
    ["C++", "C++", "c"],
    ["dotted abbreviation", "U.S.", "us"],
    ["abbreviation inside a title", "U.S. election results", "us-election-results"],
    ["numbers with a dot stay apart", "Version 3.5", "version-3-5"],
    ["Latin accents", "São Paulo", "sao-paulo"],
    ["umlaut", "Zürich", "zurich"],
    ["stacked Vietnamese marks", "Tiếng Việt", "tieng-viet"],
    ["dotted capital I", "İstanbul", "istanbul"],
    ["decomposed input", "Cafe\u0301", "cafe"],
    ["Korean", "북한", "북한"],
    ["Korean with spaces", "북한 미사일 발사", "북한-미사일-발사"],
    ["Cyrillic", "Москва", "москва"],
    ["Arabic", "مرحبا بالعالم", "مرحبا-بالعالم"],
    ["Devanagari keeps vowel signs", "हिन्दी समाचार", "हिन्दी-समाचार"],
    ["Greek lowercased", "ΑΘΗΝΑ", "αθηνα"],
    ["emoji dropped", "🎉 Party time 👍🏽", "party-time"],
    ["keycap emoji leaves its digit", "1️⃣ first", "1-first"],
    ["path traversal", "../../etc/passwd", "etc-passwd"],
    ["backslashes", "..\\windows\\system32", "windows-system32"],
    ["underscores are separators", "snake_case_name", "snake-case-name"],
    ["leading and trailing separators", "--- news ---", "news"],
  ])("%s: %j → %j", (_label, input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each(["...", "/", ".", "..", " ", "", "!!!", "../../", "🎉🎉", "\u0301"])("%j has nothing usable", (input) => {
    expect(slugify(input)).toBe("");
  });

  it.each([
    "../../etc/passwd",
    "a/b\\c",
    "...hidden",
    ". .",
    "C:\\Windows",
    "%2e%2e%2f",
    "name\u0000with-nul",
  ])("never yields an unsafe path segment for %j", (input) => {
    const slug = slugify(input);
    expect(slug).not.toMatch(/[/\\.\u0000]/);
    expect(slug).toMatch(/^[\p{L}\p{M}\p{N}-]*$/u);
    expect(slug.startsWith("-") || slug.endsWith("-")).toBe(false);
  });

  it("cuts a very long title at a word boundary near 80 characters", () => {
    const title = "The committee published its long awaited report on regional infrastructure spending and rail";
    const slug = slugify(title);
    const full = "the-committee-published-its-long-awaited-report-on-regional-infrastructure-spending-and-rail";
    expect(full.length).toBeGreaterThan(80);
    expect(slug).toBe("the-committee-published-its-long-awaited-report-on-regional-infrastructure");
    expect(full.startsWith(`${slug}-`)).toBe(true);
  });

  it("cuts a single enormous word hard at 80 characters", () => {
    expect(slugify("x".repeat(200))).toBe("x".repeat(80));
  });

  it("counts code points, not UTF-16 units, and keeps Hangul whole", () => {
    const slug = slugify("북".repeat(100));
    expect(Array.from(slug)).toHaveLength(80);
  });
});

describe("capLength", () => {
  it.each([
    ["short stays", "abc-def", 10, "abc-def"],
    ["cut at last hyphen within limit", "abcd-efgh-ijkl", 10, "abcd-efgh"],
    ["hyphen right at the limit", "abcde-fghij", 5, "abcde"],
    ["hard cut when the only hyphen is too early", "a-bcdefghijklmnop", 10, "a-bcdefghi"],
    ["never separates a letter from its marks", "कि".repeat(6), 5, "कि".repeat(2)],
  ])("%s", (_label, input, max, expected) => {
    expect(capLength(input, max)).toBe(expected);
  });
});
