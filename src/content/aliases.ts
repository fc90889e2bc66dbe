// Content stage: the `aliases` front-matter key (and `redirect_from`, as
// Jekyll writes it): the old addresses of an article that moved here from
// another system. Each is a path from the site's root (`/2019/05/old-title/`)
// or a full old URL, whose host is dropped and whose path is kept; a query
// (`/?p=123`) is kept for the host's redirect rules, since no file can answer it.

import { findControlCharacter, controlCharacterMessage } from "../control-characters";
import type { Severity } from "../diagnostics";
import { describeValue } from "./describe-value";

/** One old address of an article. */
export interface AliasInput {
  /** Decoded path from the site's root, without the path prefix: "/2019/05/old title/", "/story.php". */
  readonly path: string;
  /** The query without its "?", as written ("p=123"), when the old address had one. */
  readonly query?: string;
  /** 1-based line of the front-matter key that lists it. */
  readonly line: number;
}

export interface AliasProblem {
  readonly severity: Severity;
  readonly message: string;
}

export interface ParsedAliases {
  readonly aliases: readonly Omit<AliasInput, "line">[];
  readonly problems: readonly AliasProblem[];
}

/** Longest file or folder name the common file systems allow, in bytes of UTF-8. */
const MAX_SEGMENT_BYTES = 255;

/** Reads the value of `aliases` or `redirect_from`: one address or a list of them. */
export function parseAliases(key: string, value: unknown): ParsedAliases {
  const items = Array.isArray(value) ? value : [value];
  const aliases: Omit<AliasInput, "line">[] = [];
  const problems: AliasProblem[] = [];
  items.forEach((item, index) => {
    const label = Array.isArray(value) ? `${key}: item ${index + 1}` : key;
    const result = typeof item === "string" ? parseAlias(item.trim()) : { message: `expected an old address such as /2019/05/old-title/, got ${describeValue(item)}` };
    if ("message" in result) problems.push({ severity: "error", message: `${label}: ${result.message}` });
    else {
      aliases.push(result.alias);
      if (result.warning !== undefined) problems.push({ severity: "warning", message: `${label}: ${result.warning}` });
    }
  });
  return { aliases, problems };
}

type AliasResult = { readonly alias: Omit<AliasInput, "line">; readonly warning?: string } | { readonly message: string };

const EXPECTED = "expected a path from the site's root such as /2019/05/old-title/, or the old full URL";

export function parseAlias(text: string): AliasResult {
  const control = findControlCharacter(text, false);
  if (control !== undefined) return { message: controlCharacterMessage("an old address", control) };
  if (text === "") return { message: `${EXPECTED}, got an empty value` };
  if (/\s/.test(text)) return { message: `${EXPECTED}, got \`${text}\`, which holds a space (write a space in a path as %20)` };

  let pathAndQuery: string;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { message: `${EXPECTED}, got \`${text}\`, which is not a valid URL` };
    }
    // The path as written, not as URL resolves it: `..` must be seen, not silently applied.
    const afterHost = text.replace(/^https?:\/\/[^/?#]*/i, "");
    pathAndQuery = afterHost === "" || afterHost.startsWith("?") || afterHost.startsWith("#") ? `/${afterHost}` : afterHost;
    if (url.hostname === "") return { message: `${EXPECTED}, got \`${text}\`` };
  } else if (text.startsWith("/") && !text.startsWith("//")) {
    pathAndQuery = text;
  } else {
    return { message: `${EXPECTED}, got \`${text}\`` };
  }

  const hashAt = pathAndQuery.indexOf("#");
  const fragment = hashAt === -1 ? "" : pathAndQuery.slice(hashAt);
  const beforeHash = hashAt === -1 ? pathAndQuery : pathAndQuery.slice(0, hashAt);
  const queryAt = beforeHash.indexOf("?");
  const rawPath = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? "" : beforeHash.slice(queryAt + 1);

  const path = decodeAliasPath(rawPath);
  if (typeof path !== "string") return { message: `${EXPECTED}, got \`${text}\`: ${path.problem}` };
  const alias = query === "" ? { path } : { path, query };
  const warning = fragment === "" ? undefined : `the part \`${fragment}\` of \`${text}\` is left out: a browser never sends what follows "#" to the server`;
  return warning === undefined ? { alias } : { alias, warning };
}

/** The decoded path, or what is wrong with it. */
function decodeAliasPath(rawPath: string): string | { readonly problem: string } {
  if (rawPath.includes("\\")) return { problem: "a path may not hold a backslash" };
  const segments = rawPath.split("/").slice(1);
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return { problem: `\`${segment}\` is not valid percent-encoding` };
    }
    if (name === "" && index < segments.length - 1) return { problem: "a path may not hold an empty folder name (`//`)" };
    if (name === "." || name === "..") return { problem: "a path may not hold `.` or `..`" };
    if (name.includes("/") || name.includes("\\")) return { problem: `\`${segment}\` encodes a slash inside a name` };
    if (findControlCharacter(name, false) !== undefined) return { problem: `\`${segment}\` encodes a control character` };
    if (Buffer.byteLength(name) > MAX_SEGMENT_BYTES) return { problem: `a name in the path is longer than ${MAX_SEGMENT_BYTES} bytes` };
    decoded.push(name);
  }
  return `/${decoded.join("/")}`;
}
