// Shared by the content stage and the diagnostics: the characters no article
// text may hold — C0 and C1 controls, DEL, and the bidirectional embeddings,
// overrides and isolates that make text display in another order than it is
// written (a title that reads one way and says another). Tab and line feed
// are let through only where text may span lines.

/** Every such character; tab (U+0009) and line feed (U+000A) included. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_ALL = new RegExp(CONTROL.source, "gu");
const TAB = 0x09;
const LINE_FEED = 0x0a;

const C0_NAMES = [
  "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
];
const C1_NAMES = [
  "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
  "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC",
];
const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};

export interface FoundControlCharacter {
  readonly codePoint: number;
  /** 1-based, counted in characters (code points) of the text. */
  readonly position: number;
}

/** The first control character in `text`; tab and line feed count only when `multiline` is false. */
export function findControlCharacter(text: string, multiline: boolean): FoundControlCharacter | undefined {
  if (!CONTROL.test(text)) return undefined;
  let position = 0;
  for (const char of text) {
    position++;
    const codePoint = char.codePointAt(0)!;
    if (multiline && (codePoint === TAB || codePoint === LINE_FEED)) continue;
    if (CONTROL.test(char)) return { codePoint, position };
  }
  return undefined;
}

/**
 * The "expected …, got …" message for `found` in a value that should be `expected`, e.g.
 * "expected text without control characters, got U+0000 (NUL) at character 12 (…)".
 */
export function controlCharacterMessage(expected: string, found: FoundControlCharacter): string {
  return (
    `expected ${expected} without control characters, got ${characterName(found.codePoint)} at character ${found.position} ` +
    "(delete it; it may be invisible in an editor)"
  );
}

/** Text with every control character shown as its code point and name, safe to print on one line of a terminal. */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROL_ALL, (char) => `<${characterName(char.codePointAt(0)!)}>`);
}

function characterName(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = codePoint < 0x20 ? C0_NAMES[codePoint] : codePoint === 0x7f ? "DEL" : codePoint <= 0x9f ? C1_NAMES[codePoint - 0x80] : BIDI_NAMES[codePoint];
  return `${code} (${name})`;
}
