// Import stage, Jekyll and Hugo: splits a post file into its front matter —
// YAML between `---` lines, TOML between `+++` lines (Hugo), or a JSON object
// (Hugo) — and its body, keeping the line the body starts on for the report.

import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { parse as parseToml, TomlDate } from "smol-toml";

export interface PostFile {
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

export type PostFileResult = { readonly ok: true; readonly post: PostFile } | { readonly ok: false; readonly line: number; readonly message: string };

const FENCES: readonly { readonly open: RegExp; readonly close: RegExp; readonly parse: (text: string) => unknown }[] = [
  // The core schema keeps `2023-08-06` as text, as the content loader reads it.
  { open: /^---[ \t]*$/, close: /^(?:---|\.\.\.)[ \t]*$/, parse: (text) => loadYaml(text, { schema: CORE_SCHEMA }) },
  { open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/, parse: (text) => withTomlDatesAsText(parseToml(text)) },
];

export function readPostFile(raw: string): PostFileResult {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (lines[0]?.trimStart().startsWith("{")) return readJsonFrontMatter(text);
  const fence = FENCES.find((candidate) => candidate.open.test(lines[0] ?? ""));
  if (fence === undefined) return { ok: true, post: { data: {}, body: text, bodyLine: 1 } };
  const end = lines.findIndex((line, index) => index > 0 && fence.close.test(line));
  if (end === -1) return { ok: false, line: 1, message: "front matter is not closed: expected a closing fence line like the opening one" };
  let data: unknown;
  try {
    data = fence.parse(lines.slice(1, end).join("\n")) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number }; line?: number }).mark?.line ?? (error as { line?: number }).line;
    return { ok: false, line: mark === undefined ? 1 : mark + 2, message: `front matter cannot be read: ${firstLine((error as Error).message)}` };
  }
  if (typeof data !== "object" || Array.isArray(data)) return { ok: false, line: 2, message: "front matter: expected `key: value` lines, got a single value or a list" };
  return { ok: true, post: { data: data as Record<string, unknown>, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 } };
}

/** Hugo's JSON front matter: one object at the top of the file, the body after it. */
function readJsonFrontMatter(text: string): PostFileResult {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) {
      try {
        const data = JSON.parse(text.slice(0, i + 1)) as Record<string, unknown>;
        const bodyLine = text.slice(0, i + 1).split("\n").length + 1;
        return { ok: true, post: { data, body: text.slice(i + 1).replace(/^[ \t]*\n/, ""), bodyLine } };
      } catch (error) {
        return { ok: false, line: 1, message: `front matter is not valid JSON: ${(error as Error).message}` };
      }
    }
  }
  return { ok: false, line: 1, message: "front matter is not closed: expected the JSON object to end with `}`" };
}

/** TOML dates as the text they were written as (`2023-08-06`, `2023-08-06T09:30:00+09:00`), as YAML gives them. */
function withTomlDatesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=Z|[+-]|$)/, "");
  if (Array.isArray(value)) return value.map(withTomlDatesAsText);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withTomlDatesAsText(item)]));
  return value;
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
