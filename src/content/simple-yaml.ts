// Content stage: a fast path for the plain front matter nearly every article
// has (`key: value` lines, one-line lists, `- item` lists, one level of nested
// `key: value`). Full YAML parsing costs ~0.1 ms a file, which dominates loading
// a large archive. Anything this reader is not certain about — quotes with
// escapes, numbers, multi-line values, anchors, tags, comments after values,
// duplicate keys — returns undefined so the yaml package decides. Where it does
// answer, the result equals what the yaml package's core schema would give.

export interface SimpleYaml {
  readonly data: Record<string, unknown>;
  /** Top-level keys with their 1-based line in the YAML text; every key starts at column 1. */
  readonly keyLines: ReadonlyMap<string, number>;
}

/** Returned by the readers below when the text needs the full YAML parser. */
const UNSURE = Symbol("unsure");
type Scalar = string | boolean | null;

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const NESTED_KEY_LINE = /^( +)([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const SEQUENCE_ITEM = /^( *)- +(.*)$/;
// Characters YAML treats specially at the start of a plain value.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
// Only printable characters other than tab, NEL and the Unicode line/paragraph separators.
const UNUSUAL_CHARACTER = /[^\n\x20-\x7E\u{A0}-\u{2027}\u{202A}-\u{D7FF}\u{E000}-\u{FEFE}\u{FF00}-\u{FFFD}\u{10000}-\u{10FFFF}]/u;
// The YAML 1.2 core schema's null, boolean and number forms, as the yaml package resolves them.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER =
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** Reads simple front matter, or returns undefined when the full YAML parser must decide. */
export function parseSimpleYaml(yamlText: string): SimpleYaml | undefined {
  if (UNUSUAL_CHARACTER.test(yamlText)) return undefined;
  const lines = yamlText.split("\n");
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (isSkippable(line)) {
      i += 1;
      continue;
    }
    const match = KEY_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1] ?? "";
    const rest = (match[2] ?? "").trim();
    if (keyLines.has(key) || !isPlainKey(key)) return undefined;
    keyLines.set(key, i + 1);
    i += 1;

    if (rest !== "") {
      const value = rest.startsWith("[") ? readFlowList(rest) : readScalar(rest);
      if (value === UNSURE) return undefined;
      data[key] = value;
      continue;
    }
    const block = readBlock(lines, i);
    if (block === UNSURE) return undefined;
    data[key] = block.value;
    i = block.next;
  }
  return { data, keyLines };
}

/** The value of a key written with nothing after its colon: a `- item` list, a nested mapping, or null. */
function readBlock(lines: readonly string[], start: number): { value: unknown; next: number } | typeof UNSURE {
  let first = start;
  while (first < lines.length && isSkippable(lines[first] ?? "")) first += 1;
  const opening = lines[first] ?? "";
  const item = SEQUENCE_ITEM.exec(opening);
  if (item) return readBlockList(lines, first, (item[1] ?? "").length);
  const nested = NESTED_KEY_LINE.exec(opening);
  if (nested) return readBlockMapping(lines, first, (nested[1] ?? "").length);
  if (opening.startsWith(" ")) return UNSURE;
  return { value: null, next: start };
}

function readBlockList(lines: readonly string[], start: number, indent: number): { value: Scalar[]; next: number } | typeof UNSURE {
  const items: Scalar[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isSkippable(line)) continue;
    const match = SEQUENCE_ITEM.exec(line);
    if (match && (match[1] ?? "").length === indent) {
      const value = readScalar((match[2] ?? "").trim());
      if (value === UNSURE) return UNSURE;
      items.push(value);
      continue;
    }
    if (line.startsWith(" ") || line.startsWith("-")) return UNSURE;
    break;
  }
  return { value: items, next: i };
}

function readBlockMapping(
  lines: readonly string[],
  start: number,
  indent: number,
): { value: Record<string, Scalar>; next: number } | typeof UNSURE {
  const mapping: Record<string, Scalar> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isSkippable(line)) continue;
    const match = NESTED_KEY_LINE.exec(line);
    if (match && (match[1] ?? "").length === indent) {
      const key = match[2] ?? "";
      const rest = (match[3] ?? "").trim();
      if (rest === "" || Object.hasOwn(mapping, key) || !isPlainKey(key)) return UNSURE;
      const value = readScalar(rest);
      if (value === UNSURE) return UNSURE;
      mapping[key] = value;
      continue;
    }
    if (line.startsWith(" ")) return UNSURE;
    break;
  }
  return { value: mapping, next: i };
}

/** `[a, b, c]` on one line, with plain items only. */
function readFlowList(text: string): Scalar[] | typeof UNSURE {
  if (!text.endsWith("]")) return UNSURE;
  const inner = text.slice(1, -1).trim();
  if (inner === "") return [];
  if (/[[\]{}"'#:]/.test(inner)) return UNSURE;
  const items: Scalar[] = [];
  for (const part of inner.split(",")) {
    const item = part.trim();
    if (item === "") return UNSURE;
    const value = readScalar(item);
    if (value === UNSURE) return UNSURE;
    items.push(value);
  }
  return items;
}

/** One single-line value, already trimmed: plain, or quoted without escapes. */
function readScalar(text: string): Scalar | typeof UNSURE {
  if (text.startsWith('"')) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : UNSURE;
  }
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith("'") && /^(?:[^']|'')*$/.test(inner) ? inner.replace(/''/g, "'") : UNSURE;
  }
  if (INDICATOR_START.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return UNSURE;
  if (NULL.test(text)) return null;
  if (BOOLEAN.test(text)) return text.toLowerCase() === "true";
  if (NUMBER.test(text)) return UNSURE;
  return text;
}

function isSkippable(line: string): boolean {
  return line.trim() === "" || line.startsWith("#");
}

/** Keys the core schema would read as null, a boolean or a number, or that touch the object prototype, go to the full parser. */
function isPlainKey(key: string): boolean {
  return key !== "__proto__" && !NULL.test(key) && !BOOLEAN.test(key);
}
