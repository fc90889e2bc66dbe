// Content stage: decodes an article file's bytes as strict UTF-8 and, when
// they are not, says where the first bad byte is so the author can find it.

import type { Position } from "./front-matter";

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly position: Position; readonly message: string };

const strict = new TextDecoder("utf-8", { fatal: true });

/** Decodes `bytes`; a leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const position = positionOfByte(bytes, offset);
    const hex = (bytes[offset] ?? 0).toString(16).padStart(2, "0");
    return {
      ok: false,
      position,
      message: `not valid UTF-8 text: first bad byte 0x${hex} at line ${position.line}, column ${position.column}; save the file as UTF-8`,
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode table 3-7). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length === 1) {
      i += 1;
      continue;
    }
    const [low, high] = secondByteRange(lead);
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead <= 0x7f) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// The second byte's range depends on the lead byte; that is what rules out overlong forms,
// UTF-16 surrogates and values above U+10FFFF.
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** 1-based line and column (in characters) of a byte, assuming everything before it is valid. */
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const before = strict.decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
