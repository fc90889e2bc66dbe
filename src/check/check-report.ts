// Check stage: turns the diagnostics of a content check into what `npm run
// check` reports — the order they are listed in, --strict, the article count,
// the summary line and the exit code.

import { compareCodePoints } from "../content/discover";
import { hasErrors, type Diagnostic } from "../diagnostics";

/** By file (code-point order), then line and column; problems without a position lead their file. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareCodePoints(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** --strict: every warning becomes an error, so a CI run fails on it. */
export function applyStrict(diagnostics: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  if (!strict) return [...diagnostics];
  return diagnostics.map((d) => (d.severity === "error" ? d : { ...d, severity: "error" }));
}

/**
 * Article files that were checked: those that became articles plus the Markdown files with a problem
 * (a folder or an image with a warning is no article). A draft left out without --drafts is
 * neither, so it is not counted.
 */
export function checkedArticleCount(articleFiles: readonly string[], diagnostics: readonly Diagnostic[]): number {
  return new Set([...articleFiles, ...diagnostics.map((d) => d.file).filter((file) => /\.md$/i.test(file))]).size;
}

export function summaryLine(articles: number, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  return `Checked ${plural(articles, "article")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}

/** 1 when anything is an error; warnings alone pass. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): 0 | 1 {
  return hasErrors(diagnostics) ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
