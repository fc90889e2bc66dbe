// Eleventy edge: a failure in the site's own templates or in the Eleventy
// configuration file, told as every other problem a user can cause is told —
// the file, the line when Eleventy's template language gives one, and what
// went wrong — instead of as a bug in the generator.

import { readFileSync } from "node:fs";
import path from "node:path";
import { toDisplayPath } from "../content/load-content";
import type { Diagnostic } from "../diagnostics";

/** Eleventy's own phrases that name the file at fault (TemplateContent.js, TemplateConfig.js, DuplicatePermalinkOutputError.js). */
const FILE_NAMING = [
  /^Having trouble (?:reading front matter from|compiling|rendering \w+) template (\S+)/,
  /^Error in your Eleventy config file '([^']+)'/,
  /^Output conflict: multiple input files are writing to `[^`]+`\. Use distinct `permalink` values to resolve this conflict\.\s+1\. (\S+)/,
];

/** "[Line 3, Column 9]" (Nunjucks), "line:3, col:9" (Liquid). */
const LINE_COLUMN = [/\[Line (\d+), Column (\d+)\]/, /line:(\d+), col:(\d+)/];

/** "Transform `stamp` encountered an error when transforming ./pages/about.md." (TemplateContent.js) */
const TRANSFORM_FAILED = /^Transform `([^`]+)` encountered an error when transforming (\S+?)\.?$/;

/** "Output conflict: multiple input files are writing to `<file>`. …" (DuplicatePermalinkOutputError.js) */
const OUTPUT_CONFLICT = /^Output conflict: multiple input files are writing to `([^`]+)`/;

export interface TemplateErrorContext {
  /** The Eleventy configuration file, which a failing transform belongs to. */
  readonly configFile: string;
  /** The folder Eleventy writes into, so output paths can be told from it ("/about/index.html"). */
  readonly output: string;
  /** Paths in messages are shown relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
}

/**
 * Diagnostics for an error Eleventy threw while building the site, or undefined when it does not
 * come from the user's templates or configuration (then it is the generator's own failure).
 */
export function templateErrorDiagnostics(error: unknown, context: TemplateErrorContext): Diagnostic[] | undefined {
  const displayBase = context.displayBase ?? process.cwd();
  const { configFile } = context;
  const chain = errorChain(error);
  for (const current of chain) {
    const transform = TRANSFORM_FAILED.exec(current.message);
    if (transform !== null) {
      const innermost = chain.at(-1) ?? current;
      return [
        {
          severity: "error",
          file: toDisplayPath(displayBase, path.resolve(configFile)),
          message: `transform \`${transform[1]}\`: failed on ${transform[2]}: ${reason(innermost.message)}`,
        },
      ];
    }
  }
  for (const current of chain) {
    for (const pattern of FILE_NAMING) {
        const named = pattern.exec(current.message);
      if (named === null) continue;
      const file = path.resolve(named[1]!);
      const innermost = chain.at(-1) ?? current;
      const conflict = OUTPUT_CONFLICT.exec(current.message);
      const message =
        conflict === null
          ? `${what(current.message)}: ${reason(innermost === current ? current.message : innermost.message)}`
          : `URL: this page would be written to /${path.relative(context.output, conflict[1]!).split(path.sep).join("/")}, which another file of the site is written to; choose another \`permalink\``;
      return [{ severity: "error", file: toDisplayPath(displayBase, file), ...positionInFile(file, lineAndColumn(chain)), message }];
    }
  }
  return undefined;
}

function what(message: string): string {
  if (message.startsWith("Error in your Eleventy config file")) return "Eleventy configuration";
  if (message.startsWith("Output conflict")) return "permalink";
  return "template";
}

/** The first line of a message, without the "(./pages/x.njk) [Line 3, Column 9]" Nunjucks puts before it. */
function reason(message: string): string {
  const lines = message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const meaningful = lines.find((line) => !/^\([^)]*\)\s*(\[Line \d+, Column \d+\])?$/.test(line)) ?? lines[0] ?? message;
  return meaningful.replace(/^\([^)]*\)\s*(\[Line \d+, Column \d+\])?\s*/, "").replace(/^Error: /, "");
}

/**
 * A template language counts lines from the end of the front matter, which Eleventy takes off
 * before rendering; the file's own line is that many lines further down.
 */
function positionInFile(file: string, position: { line?: number; column?: number }): { line?: number; column?: number } {
  if (position.line === undefined) return {};
  try {
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    const closing = /^---\s*$/.test(lines[0] ?? "") ? lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line)) : -1;
    return { line: position.line + (closing === -1 ? 0 : closing + 1), column: position.column };
  } catch {
    return position;
  }
}

function lineAndColumn(chain: readonly Error[]): { line?: number; column?: number } {
  for (const error of [...chain].reverse()) {
    for (const pattern of LINE_COLUMN) {
      const match = pattern.exec(error.message);
      if (match !== null) return { line: Number(match[1]), column: Number(match[2]) };
    }
  }
  return {};
}

/** An error and those it wraps, through `cause` and Eleventy's `originalError`. */
function errorChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && chain.length < 10; ) {
    chain.push(current);
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return chain;
}
