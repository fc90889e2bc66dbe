import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidByte } from "../../../src/content/utf8";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

describe("decodeUtf8", () => {
  it("decodes valid text and drops a byte-order mark", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "Seoul 서울 ☕ 𝔸\n"))).toEqual({ ok: true, text: "Seoul 서울 ☕ 𝔸\n" });
  });

  it("names the line, column and value of the first bad byte", () => {
    const result = decodeUtf8(bytes("line one\nSeoul 서울 ", [0xff, 0xfe], " rest\n"));
    expect(result).toEqual({
      ok: false,
      position: { line: 2, column: 10 },
      message: "not valid UTF-8 text: first bad byte 0xff at line 2, column 10; save the file as UTF-8",
    });
  });
});

describe("firstInvalidByte", () => {
  it.each<[string, Uint8Array, number]>([
    ["valid text", bytes("abc é 中 😀"), 15],
    ["a lone continuation byte", bytes("ab", [0x80]), 2],
    ["an overlong two-byte form", bytes("a", [0xc0, 0xaf]), 1],
    ["an overlong three-byte form", bytes([0xe0, 0x80, 0xaf]), 0],
    ["an encoded surrogate", bytes("x", [0xed, 0xa0, 0x80]), 1],
    ["a value above U+10FFFF", bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ["a truncated sequence at the end", bytes("ok", [0xe4, 0xb8]), 2],
    ["a Latin-1 byte", bytes("caf", [0xe9], "!"), 3],
  ])("%s", (_label, input, offset) => {
    expect(firstInvalidByte(input)).toBe(offset);
  });
});
