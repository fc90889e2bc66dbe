// Theme: a failure in a site's own layout code — an override that throws
// while rendering, a label function that throws or gives no text — told as a
// problem in that file, like every other problem a user can cause, instead of
// as a bug in the generator.

import { toDisplayPath } from "../content/load-content";
import type { Diagnostic } from "../diagnostics";

export class ThemeRenderError extends Error {
  constructor(
    /** Absolute path of the override or label table. */
    readonly file: string,
    /** What failed: "layout override SiteFooter", "label `articleCount`". */
    readonly what: string,
    cause: unknown,
  ) {
    super(`${what} (${file}) failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ThemeRenderError";
  }
}

/**
 * The diagnostic for a theme's failure found in `error` or what it wraps (through `cause` and
 * Eleventy's `originalError`); undefined when the failure is not a theme's. `outputPath` names the
 * page that was being rendered, when known.
 */
export function themeErrorDiagnostic(error: unknown, outputPath?: string, displayBase: string = process.cwd()): Diagnostic | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    // By name as well: a theme's module may reach this error class through another copy of this module.
    if (current instanceof ThemeRenderError || (current.name === "ThemeRenderError" && typeof (current as ThemeRenderError).file === "string")) {
      const failed = current as ThemeRenderError;
      const cause = withJsxHint(failed.cause instanceof Error ? failed.cause.message : String(failed.cause));
      const where = outputPath !== undefined ? ` while rendering ${outputPath}` : "";
      return { severity: "error", file: toDisplayPath(displayBase, failed.file), message: `${failed.what}: failed${where}: ${cause}` };
    }
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Where and why a module of the layouts folder could not be loaded, for a diagnostic on `file`. */
export interface LoadFailure {
  readonly message: string;
  /** 1-based, when the failure is a syntax error in `file` itself. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * The failure of importing `file`, in one line. esbuild (through tsx) reports a syntax error as
 * "Transform failed with 1 error:" and then `path:line:column: ERROR: what` (column 0-based):
 * that line is the useful one, and its position is given as the diagnostic's, or named with
 * `shown(path)` when the error is in a module `file` imports.
 */
export function loadFailure(error: unknown, file: string, shown: (file: string) => string = (other) => other): LoadFailure {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  for (const line of lines) {
    const syntax = /^(.*):(\d+):(\d+): ERROR: (.+)$/.exec(line);
    if (syntax === null) continue;
    const [, where, row, column, what] = syntax;
    return where === file ? { message: what!, line: Number(row), column: Number(column) + 1 } : { message: `${shown(where!)}:${row}:${Number(column) + 1}: ${what}` };
  }
  return { message: withJsxHint(lines[0] ?? "") };
}

/**
 * A message with a hint when it says the file's JSX was compiled for React, which is what happens
 * to a folder outside tsconfig.json's `include` (tsx and TypeScript then fall back to React's JSX).
 */
export function withJsxHint(message: string): string {
  if (!/\bReact is not defined\b|react\/jsx-(?:dev-)?runtime/.test(message)) return message;
  return (
    `${message} (the layouts folder's JSX was not compiled for Preact: add the folder to \`include\` in tsconfig.json, ` +
    "or start the file with `/** @jsxRuntime automatic @jsxImportSource preact */`)"
  );
}
