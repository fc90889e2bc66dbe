import { describe, expect, it } from "vitest";
import { controlCharacterMessage, findControlCharacter, showControlCharacters } from "../../../src/control-characters";
import { formatDiagnostic } from "../../../src/diagnostics";

describe("findControlCharacter", () => {
  it.each([
    ["NUL", "ab\u0000c", "U+0000 (NUL) at character 3"],
    ["BEL", "\u0007", "U+0007 (BEL) at character 1"],
    ["ESC", "red \u001b[31m", "U+001B (ESC) at character 5"],
    ["US, the last C0 control", "a\u001f", "U+001F (US) at character 2"],
    ["DEL", "a\u007f", "U+007F (DEL) at character 2"],
    ["PAD, the first C1 control", "\u0080", "U+0080 (PAD) at character 1"],
    ["APC, the last C1 control", "\u009f", "U+009F (APC) at character 1"],
    ["a left-to-right embedding", "\u202a", "U+202A (LEFT-TO-RIGHT EMBEDDING) at character 1"],
    ["a right-to-left override", "gpj.\u202eexe", "U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5"],
    ["a first strong isolate", "\u2068x", "U+2068 (FIRST STRONG ISOLATE) at character 1"],
    ["a pop of an isolate", "x\u2069", "U+2069 (POP DIRECTIONAL ISOLATE) at character 2"],
    ["a position counted in characters, not UTF-16 units", "𠀀𠀀\u0000", "U+0000 (NUL) at character 3"],
    ["a tab in one-line text", "a\tb", "U+0009 (TAB) at character 2"],
    ["a carriage return in one-line text", "a\rb", "U+000D (CR) at character 2"],
  ])("finds %s", (_, text, described) => {
    const found = findControlCharacter(text, false);
    expect(found && controlCharacterMessage("text", found)).toBe(`expected text without control characters, got ${described} (delete it; it may be invisible in an editor)`);
  });

  it.each([
    ["plain text", "Harbour bridge reopens", false],
    ["right-to-left text without controls", "שלום עולם مرحبا", false],
    ["left-to-right and right-to-left marks, which only hint at direction", "a\u200eb\u200fc", false],
    ["a zero-width joiner inside an emoji", "👩‍💻", false],
    ["a no-break space", "a\u00a0b", false],
    ["tab and line feed in text that may span lines", "line one\n\tline two", true],
  ])("lets through %s", (_, text, multiline) => {
    expect(findControlCharacter(text, multiline)).toBeUndefined();
  });

  it("still finds a carriage return in text that may span lines", () => {
    expect(findControlCharacter("a\r\nb", true)).toEqual({ codePoint: 0x0d, position: 2 });
  });
});

describe("showControlCharacters", () => {
  it("names every control character and leaves the rest as it is", () => {
    expect(showControlCharacters("a\u001b[2Jb\nc\u202ed 북한")).toBe("a<U+001B (ESC)>[2Jb<U+000A (LF)>c<U+202E (RIGHT-TO-LEFT OVERRIDE)>d 북한");
  });

  it("keeps a printed diagnostic on one line with no escape codes, whatever the message quotes", () => {
    const line = formatDiagnostic({ severity: "error", file: "a.md", line: 3, column: 1, message: "date: expected YYYY-MM-DD, got `2023\u001b[2J\nx`" });
    expect(line).toBe("a.md:3:1: error: date: expected YYYY-MM-DD, got `2023<U+001B (ESC)>[2J<U+000A (LF)>x`");
  });
});
