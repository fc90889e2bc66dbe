// Content stage: splits an article's text into its YAML front matter and
// Markdown body, and parses the YAML (core schema, YAML 1.2, so `2023-08-06`
// stays text) keeping the file position of every top-level key.
//
// Two YAML parsers, each for what it is best at: js-yaml reads the plain front
// matter nearly every article has (fast: a 10,000-article archive in ~0.1 s);
// the yaml package, which keeps a source position for every node, handles
// everything else and explains errors with their line and column. The fence
// split is done here rather than with gray-matter because messages need the
// line where the body starts and a clear error for an unclosed block.

import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type YAMLError } from "yaml";

/** 1-based position in the whole file (the opening `---` is line 1). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface PositionedProblem extends Position {
  readonly message: string;
}

export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyPositions: ReadonlyMap<string, Position>;
  /** Markdown after the closing fence, with "\n" line endings. */
  readonly body: string;
  /** 1-based file line where the body starts. */
  readonly bodyLine: number;
}

export type FrontMatterResult =
  | { readonly ok: true; readonly frontMatter: FrontMatter }
  | { readonly ok: false; readonly problem: PositionedProblem };

const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const FILE_START: Position = { line: 1, column: 1 };

/** Parses the text of one article file; a leading BOM and CRLF line endings are accepted silently. */
export function parseFrontMatter(raw: string): FrontMatterResult {
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return fail(FILE_START, "file is empty: expected front matter between `---` lines, then the article text");
  }

  const firstLineEnd = lineEnd(text, 0);
  const firstLine = text.slice(0, firstLineEnd);
  if (!OPENING_FENCE.test(firstLine)) {
    return fail(
      FILE_START,
      `no front matter: expected the file to start with a \`---\` line, then \`key: value\` lines, then another \`---\` line; got \`${shorten(firstLine)}\``,
    );
  }

  // Scan line by line so a long body is never split into an array of lines.
  let start = firstLineEnd + 1;
  let lineNumber = 2;
  while (start <= text.length) {
    const end = lineEnd(text, start);
    if (CLOSING_FENCE.test(text.slice(start, end))) {
      const yamlText = text.slice(firstLineEnd + 1, start);
      const body = end >= text.length ? "" : text.slice(end + 1);
      return parseYaml(yamlText, body, lineNumber + 1);
    }
    start = end + 1;
    lineNumber += 1;
  }
  return fail(FILE_START, "front matter is not closed: expected a `---` line after the `key: value` lines, found none");
}

// The YAML text starts on the line after the opening fence.
const YAML_FIRST_LINE = 2;

export function parseYaml(yamlText: string, body: string, bodyLine: number): FrontMatterResult {
  const data = loadPlainMapping(yamlText);
  const keyPositions = data && topLevelKeyPositions(yamlText, Object.keys(data));
  if (!data || !keyPositions) return parseFullYaml(yamlText, body, bodyLine);
  return { ok: true, frontMatter: { data, keyPositions, body, bodyLine } };
}

/** The front matter as a mapping, or undefined when js-yaml objects or it is not a plain `key: value` mapping. */
function loadPlainMapping(yamlText: string): Record<string, unknown> | undefined {
  try {
    const data = loadYaml(yamlText, { schema: CORE_SCHEMA });
    return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/gm;

/**
 * Positions of block-style top-level keys, found by their `key:` line. Undefined
 * when any key is written another way (quoted, in a flow mapping): the yaml
 * package then supplies exact positions.
 */
function topLevelKeyPositions(yamlText: string, keys: readonly string[]): Map<string, Position> | undefined {
  const lines = new Map<string, number>();
  let line = YAML_FIRST_LINE;
  let lastIndex = 0;
  for (const match of yamlText.matchAll(TOP_LEVEL_KEY)) {
    for (let i = lastIndex; i < match.index; i++) if (yamlText.charCodeAt(i) === 10) line++;
    lastIndex = match.index;
    if (!lines.has(match[1]!)) lines.set(match[1]!, line);
  }
  const positions = new Map<string, Position>();
  for (const key of keys) {
    const keyLine = lines.get(key);
    if (keyLine === undefined) return undefined;
    positions.set(key, { line: keyLine, column: 1 });
  }
  return positions;
}

export function parseFullYaml(yamlText: string, body: string, bodyLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: "core", version: "1.2", prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + YAML_FIRST_LINE - 1, column: col };
  };

  // Later errors are usually knock-on effects of the first, so only the first is reported.
  const firstError = doc.errors[0];
  if (firstError) {
    return fail(at(firstError.pos[0]), `front matter is not valid YAML: ${explainYamlError(firstError, yamlText)}`);
  }

  const contents = doc.contents;
  if (contents === null) return { ok: true, frontMatter: { data: {}, keyPositions: new Map(), body, bodyLine } };
  if (!isMap(contents)) {
    const got = isSeq(contents) ? "a list" : isScalar(contents) ? `the single value \`${shorten(String(contents.value))}\`` : "something else";
    return fail(at(contents.range?.[0] ?? 0), `front matter: expected \`key: value\` lines, got ${got}`);
  }

  const keyPositions = new Map<string, Position>();
  for (const pair of contents.items) {
    const key = pair.key;
    const name = isScalar(key) ? String(key.value) : String(key);
    const offset = isNode(key) ? (key.range?.[0] ?? 0) : 0;
    keyPositions.set(name, at(offset));
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Unresolved aliases (`*name` without a matching `&name`) only surface here.
    return fail({ line: YAML_FIRST_LINE, column: 1 }, `front matter is not valid YAML: ${lowerFirst((error as Error).message)}`);
  }
  return { ok: true, frontMatter: { data: data as Record<string, unknown>, keyPositions, body, bodyLine } };
}

/** Rewords the yaml library's messages for people who edit front matter by hand. */
export function explainYamlError(error: Pick<YAMLError, "code" | "message" | "pos">, yamlText: string): string {
  switch (error.code) {
    case "DUPLICATE_KEY": {
      const rest = yamlText.slice(error.pos[0]);
      const key = /^([^:\n]*):/.exec(rest)?.[1]?.trim();
      return key ? `the key \`${key}\` appears more than once` : "a key appears more than once";
    }
    case "TAB_AS_INDENT":
      return "tabs cannot be used for indentation; use spaces";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "unexpected `key: value` inside a value (put quotes around values containing \": \", and do not indent top-level keys)";
    default: {
      const firstSentence = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
      return lowerFirst(firstSentence.trim());
    }
  }
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

function fail(position: Position, message: string): FrontMatterResult {
  return { ok: false, problem: { ...position, message } };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
