// Eleventy edge: a failure in the site's own templates or in the Eleventy
// configuration file, told as every other problem a user can cause is told —
// the file, the line when Eleventy's template language gives one, and what
// went wrong — instead of as a bug in the generator.

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

/**
 * Diagnostics for an error Eleventy threw while building the site's own pages, or undefined when
 * it does not name a file of the user's (then it is the generator's own failure).
 */
export function templateErrorDiagnostics(error: unknown, displayBase: string = process.cwd()): Diagnostic[] | undefined {
  const chain = errorChain(error);
  for (const current of chain) {
    for (const pattern of FILE_NAMING) {
      const named = pattern.exec(current.message);
      if (named === null) continue;
      const innermost = chain.at(-1) ?? current;
      const position = lineAndColumn(chain);
      return [
        {
          severity: "error",
          file: toDisplayPath(displayBase, path.resolve(named[1]!)),
          ...position,
          message: `${what(current.message)}: ${reason(innermost === current ? current.message : innermost.message)}`,
        },
      ];
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
