// Content stage: checks one article's parsed front matter against the rules
// for each key and builds the LoadedArticle. Reports every problem of the
// file at once, each positioned at the offending key.

import type { DateTime } from "luxon";
import { controlCharacterMessage, findControlCharacter } from "../control-characters";
import { hasErrors, type Diagnostic } from "../diagnostics";
import { parseAliases, type AliasInput } from "./aliases";
import { parseContentDate } from "./dates";
import { describeValue } from "./describe-value";
import type { FrontMatter, Position } from "./front-matter";
import { KNOWN_KEYS, isKnownKey, suggestKey } from "./key-suggestions";
import { readReviewNotes, reviewWarning } from "./review-notes";
import { normalizeTags } from "./tags";
import type { LoadedArticle, SourceInput } from "./types";

export interface ArticleInput {
  readonly frontMatter: FrontMatter;
  /** Relative to the content folder, "/" separators. */
  readonly relativePath: string;
  /** Shown as the `file` of every diagnostic. */
  readonly displayPath: string;
  /** IANA zone that dates without an offset are in. */
  readonly zone: string;
}

export interface ValidationResult {
  /** Present only when there are no errors (warnings allowed). */
  readonly article?: LoadedArticle;
  readonly diagnostics: readonly Diagnostic[];
}

const MISSING_EXAMPLES: Readonly<Record<"title" | "date" | "source", string>> = {
  title: "title: Harbour bridge reopens after repairs",
  date: "date: 2023-08-06",
  source: "source: The Coastal Ledger",
};

const FILE_START: Position = { line: 1, column: 1 };

export function validateArticle(input: ArticleInput): ValidationResult {
  const { data, keyPositions, body, bodyLine } = input.frontMatter;
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic["severity"], key: string | undefined, message: string): void => {
    const { line, column } = (key === undefined ? undefined : keyPositions.get(key)) ?? FILE_START;
    diagnostics.push({ severity, file: input.displayPath, line, column, message });
  };
  const error = (key: string, message: string): void => report("error", key, `${key}: ${message}`);
  // Prototype names such as `constructor` must not read as present keys.
  const get = (key: string): unknown => (Object.hasOwn(data, key) ? data[key] : undefined);
  const present = (key: string): boolean => Object.hasOwn(data, key);

  const required = (key: keyof typeof MISSING_EXAMPLES): boolean => {
    if (present(key)) return true;
    report("error", undefined, `${key}: missing; every article needs one, e.g. \`${MISSING_EXAMPLES[key]}\``);
    return false;
  };

  /**
   * `value` trimmed, or undefined after reporting its first control character as an error at `key`.
   * Tab and line feed are allowed only in `multiline` text.
   */
  const withoutControls = (key: string, label: string, expected: string, value: string, multiline = false): string | undefined => {
    const trimmed = value.trim();
    const found = findControlCharacter(trimmed, multiline);
    if (found === undefined) return trimmed;
    report("error", key, `${label}: ${controlCharacterMessage(expected, found)}`);
    return undefined;
  };

  const text = (key: string, multiline = false): string | undefined => {
    if (!present(key)) return undefined;
    const value = get(key);
    if (typeof value === "string" && value.trim() !== "") return withoutControls(key, key, "text", value, multiline);
    const quoteHint = typeof value === "number" || typeof value === "boolean" ? " (put it in quotes to use it as text)" : "";
    error(key, `expected text, got ${describeValue(value)}${quoteHint}`);
    return undefined;
  };

  const url = (key: string, value: unknown, label: string = key): string | undefined => {
    if (typeof value === "string" && isHttpUrl(value.trim())) return withoutControls(key, label, "an absolute http(s) URL", value);
    report("error", key, `${label}: expected an absolute http(s) URL such as https://example.org/story, got ${describeValue(value)}`);
    return undefined;
  };

  const date = (key: "date" | "updated"): { date: DateTime; dateOnly: boolean } | undefined => {
    if (!present(key)) return undefined;
    const value = get(key);
    const result = parseContentDate(value, input.zone);
    if (result.ok && result.canonical !== undefined) {
      report("warning", key, `${key}: read \`${String(value).trim()}\` as ${result.canonical}; write it as \`${result.canonical}\``);
    }
    if (result.ok) return result;
    error(key, result.message);
    return undefined;
  };

  const source = (): SourceInput | undefined => {
    const value = get("source");
    if (typeof value === "string" && value.trim() !== "") {
      const name = withoutControls("source", "source", "the outlet's name", value);
      return name === undefined ? undefined : { name };
    }
    if (!isPlainMapping(value)) {
      error("source", `expected the outlet's name, or \`{name, url}\`, got ${describeValue(value)}`);
      return undefined;
    }
    for (const extra of Object.keys(value).filter((k) => k !== "name" && k !== "url")) {
      report("warning", "source", `source: unknown key \`${extra}\` is ignored; expected \`name\` and optionally \`url\``);
    }
    const given = value.name;
    const hasName = typeof given === "string" && given.trim() !== "";
    if (!hasName) error("source", `name: expected the outlet's name as text, got ${describeValue(given)}`);
    const name = hasName ? withoutControls("source", "source: name", "the outlet's name", given) : undefined;
    const homepage = value.url === undefined ? undefined : url("source", value.url, "source: url");
    if (name === undefined) return undefined;
    return homepage === undefined ? { name } : { name, url: homepage };
  };

  const title = required("title") ? text("title") : undefined;
  const published = required("date") ? date("date") : undefined;
  const updated = date("updated");
  const outlet = required("source") ? source() : undefined;
  const summary = text("summary", true);
  const author = text("author");
  const slug = text("slug") ?? baseName(input.relativePath);
  const originalUrl = present("original_url") ? url("original_url", get("original_url")) : undefined;

  let tags: readonly string[] = [];
  if (present("tags")) {
    const result = normalizeTags(get("tags"));
    if (result.ok) tags = result.tags;
    else for (const message of result.messages) error("tags", message);
  }

  // Both keys may be given (an archive converted twice); their addresses count alike.
  const aliases: AliasInput[] = [];
  for (const key of ["aliases", "redirect_from"]) {
    if (!present(key)) continue;
    const line = keyPositions.get(key)?.line ?? FILE_START.line;
    const parsed = parseAliases(key, get(key));
    for (const problem of parsed.problems) report(problem.severity, key, problem.message);
    aliases.push(...parsed.aliases.map((alias) => ({ ...alias, line })));
  }

  let draft = false;
  if (present("draft")) {
    const value = get("draft");
    if (typeof value === "boolean") draft = value;
    else error("draft", `expected true or false, got ${describeValue(value)}`);
  }

  if (present("review")) {
    const result = readReviewNotes(get("review"));
    if (!result.ok) for (const message of result.messages) error("review", message);
    else if (result.notes.length > 0) report("warning", "review", reviewWarning(result.notes));
  }

  for (const key of keyPositions.keys()) {
    if (isKnownKey(key)) continue;
    const suggestion = suggestKey(key);
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : `known keys are ${KNOWN_KEYS.join(", ")}`;
    report("warning", key, `unknown key \`${key}\` is ignored; ${hint}`);
  }

  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (hasErrors(diagnostics) || title === undefined || published === undefined || outlet === undefined) {
    return { diagnostics };
  }

  const article: LoadedArticle = {
    relativePath: input.relativePath,
    displayPath: input.displayPath,
    title,
    date: published.date,
    dateOnly: published.dateOnly,
    updated: updated?.date,
    updatedDateOnly: updated?.dateOnly,
    source: outlet,
    tags,
    summary,
    author,
    slug,
    originalUrl,
    draft,
    aliases: Object.freeze(aliases),
    body,
    bodyLine,
    keyLines: Object.freeze({
      slug: keyPositions.get("slug")?.line,
      date: keyPositions.get("date")?.line,
      tags: keyPositions.get("tags")?.line,
      source: keyPositions.get("source")?.line,
    }),
  };
  return { article: Object.freeze(article), diagnostics };
}

/**
 * The file name without its `.md` extension, e.g. "kim-factories"; for a bundle's `index.md`, the
 * name of its folder ("" at the top of the content folder, so the title gives the slug). The model
 * stage slugifies it.
 */
export function baseName(relativePath: string): string {
  const parts = relativePath.split("/");
  const name = parts[parts.length - 1]!;
  if (/^index\.md$/i.test(name)) return parts[parts.length - 2] ?? "";
  return name.replace(/\.md$/i, "");
}

export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
