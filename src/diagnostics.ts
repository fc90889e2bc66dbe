// Shared by every stage: the diagnostics a user's content can cause, and the
// error that carries them out of a stage. Anything that is not a ContentError
// is a bug in the generator and may show a stack trace.

import { showControlCharacters } from "./control-characters";

export type Severity = "error" | "warning";

/** One problem found in one input file. Line and column are 1-based. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Path of the file as the user would type it (relative to the working directory when possible). */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** What was expected and what was found, e.g. "date: expected YYYY-MM-DD or an ISO 8601 date-time, got `yesterday`". */
  readonly message: string;
}

/**
 * Formats a diagnostic as `path:line:col: severity: message`, the form editors and CI annotators
 * understand. A message may quote what the user wrote; any control character in it is shown by
 * name, so a quoted value can neither break the line nor send escape codes to the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  return showControlCharacters(`${where}: ${d.severity}: ${d.message}`);
}

/** Thrown when user content or configuration cannot be built. Carries every diagnostic found, not only the first. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(
      errors.length === 1
        ? formatDiagnostic(errors[0]!)
        : `${errors.length} problems in the content:\n${errors.map(formatDiagnostic).join("\n")}`,
    );
    this.name = "ContentError";
    this.diagnostics = diagnostics;
  }
}

/** Convenience for the common case of one error in one file. */
export function contentError(file: string, message: string, line?: number, column?: number): ContentError {
  return new ContentError([{ severity: "error", file, line, column, message }]);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
