import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capLength, MAX_SEGMENT_BYTES, MAX_SLUG_BYTES, slugify } from "../../../src/model/slug";

const bytes = (text: string): number => Buffer.byteLength(text, "utf8");
/** `count` consecutive letters from `first` on, e.g. CJK Extension B from U+20000. */
const run = (first: number, count: number): string => Array.from({ length: count }, (_, i) => String.fromCodePoint(first + i)).join("");
const graphemes = (text: string): string[] => Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);

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

describe("slugs of long names in many-byte scripts", () => {
  it("cuts 64 letters from U+20000 (256 bytes, more than a file name may hold) to fit", () => {
    const slug = slugify(run(0x20000, 64));
    expect(slug).toBe(run(0x20000, MAX_SLUG_BYTES / 4));
    expect(bytes(slug)).toBe(240);
  });

  it("cuts a long title of four-byte words at a hyphen", () => {
    const words = Array.from({ length: 8 }, (_, i) => run(0x20000 + i * 10, 10));
    expect(slugify(words.join(" "))).toBe(words.slice(0, 5).join("-"));
  });

  it("cuts mathematical bold letters, which stay four-byte letters", () => {
    const bold = "𝐓𝐡𝐞 𝐠𝐫𝐞𝐚𝐭 𝐡𝐚𝐫𝐛𝐨𝐮𝐫 𝐛𝐫𝐢𝐝𝐠𝐞 𝐫𝐞𝐨𝐩𝐞𝐧𝐬 𝐚𝐟𝐭𝐞𝐫 𝐭𝐡𝐫𝐞𝐞 𝐲𝐞𝐚𝐫𝐬 𝐨𝐟 𝐫𝐞𝐩𝐚𝐢𝐫𝐬 𝐚𝐧𝐝 𝐝𝐞𝐥𝐚𝐲𝐬";
    // 55 letters of 4 bytes and 10 hyphens: 230 bytes; "-𝐝𝐞𝐥𝐚𝐲𝐬" would make it 255.
    expect(slugify(bold)).toBe("𝐓𝐡𝐞-𝐠𝐫𝐞𝐚𝐭-𝐡𝐚𝐫𝐛𝐨𝐮𝐫-𝐛𝐫𝐢𝐝𝐠𝐞-𝐫𝐞𝐨𝐩𝐞𝐧𝐬-𝐚𝐟𝐭𝐞𝐫-𝐭𝐡𝐫𝐞𝐞-𝐲𝐞𝐚𝐫𝐬-𝐨𝐟-𝐫𝐞𝐩𝐚𝐢𝐫𝐬-𝐚𝐧𝐝");
  });

  it("keeps 80 Hangul syllables (240 bytes) exactly as before", () => {
    expect(slugify("북".repeat(100))).toBe("북".repeat(80));
  });

  it("never leaves a Devanagari letter without its vowel sign or virama", () => {
    const title = "क्षेत्रीय ".repeat(3) + "समाचारपत्रिकाओंकीस्वतंत्रताकेलिएसंघर्ष".repeat(4);
    const full = title.replace(/\s+/g, "-");
    const slug = slugify(title);
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(full.startsWith(slug)).toBe(true);
    // The cut falls between two grapheme clusters of the uncut slug.
    expect(graphemes(full).slice(0, graphemes(slug).length).join("")).toBe(slug);
  });

  it("drops emoji, ZWJ sequences included, and keeps the words around them", () => {
    expect(slugify("👩‍💻 Coders 👨‍👩‍👧‍👦 meet")).toBe("coders-meet");
    expect(slugify("👩‍💻👨‍👩‍👧‍👦🏳️‍🌈")).toBe("");
  });

  it("fits any text in a path segment with room for a suffix", () => {
    // Mostly four-byte letters, the ones that can overflow a file name, between other scripts and marks.
    const unit = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("\u{20000}", "𝐁") },
      { weight: 1, arbitrary: fc.constantFrom("a", " ", "é", "북", "क", "ि", "्", "\u200d", "👩") },
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200, size: "max" }), (text) => {
        const slug = slugify(text);
        expect(bytes(`${slug}-99999999999999`)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
        expect(Array.from(slug).length).toBeLessThanOrEqual(80);
        expect(slug).toMatch(/^[\p{L}\p{M}\p{N}-]*$/u);
      }),
    );
  });
});

describe("capLength", () => {
  const characters = (max: number) => ({ characters: max, bytes: 1000 });
  it.each([
    ["short stays", "abc-def", characters(10), "abc-def"],
    ["cut at last hyphen within limit", "abcd-efgh-ijkl", characters(10), "abcd-efgh"],
    ["hyphen right at the limit", "abcde-fghij", characters(5), "abcde"],
    ["hard cut when the only hyphen is too early", "a-bcdefghijklmnop", characters(10), "a-bcdefghi"],
    ["never separates a letter from its marks", "कि".repeat(6), characters(5), "कि".repeat(2)],
    ["never splits old Hangul written as letters that join into one syllable", "ᄀᆞ".repeat(5), characters(5), "ᄀᆞ".repeat(2)],
    ["never splits a Thai letter from SARA AM", "ทำ".repeat(5), characters(5), "ทำ".repeat(2)],
    ["counts bytes: two-byte letters", "é".repeat(10), { characters: 80, bytes: 9 }, "é".repeat(4)],
    ["counts bytes: four-byte letters, cut at a hyphen", `${run(0x20000, 3)}-${run(0x20010, 3)}`, { characters: 80, bytes: 20 }, run(0x20000, 3)],
    ["the tighter of the two limits wins", "abcdefghij", { characters: 8, bytes: 5 }, "abcde"],
    ["a cluster larger than the limits is cut inside", `a${"\u0301".repeat(20)}`, { characters: 5, bytes: 100 }, `a${"\u0301".repeat(4)}`],
  ])("%s", (_label, input, limits, expected) => {
    expect(capLength(input, limits)).toBe(expected);
  });
});
