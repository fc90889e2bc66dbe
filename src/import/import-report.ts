// Import stage: what `npm run import` tells the user — each item written,
// already in the archive or skipped (with why), what needs a person's eye and
// what was done on the way, as `path:line:col: kind: message` lines in input
// order, then a summary; and the exit code.

import { showControlCharacters } from "../control-characters";
import { compareCodePoints } from "../model/sort";
import { reviewNotes } from "./article-file";
import type { ImportNote, InputPlace } from "./types";
import type { WriteOutcome } from "./write-articles";

export interface ImportReport {
  readonly outcomes: readonly WriteOutcome[];
  /** Notes about the input as a whole, not one article. */
  readonly notes: readonly ImportNote[];
  readonly dryRun: boolean;
}

interface Line {
  readonly at: InputPlace;
  /** Keeps an item's lines together: its outcome first, then its notes in input order. */
  readonly order: number;
  readonly text: string;
}

export function reportLines(report: ImportReport): string[] {
  const lines: Line[] = [];
  const written = report.dryRun ? "would write" : "wrote";
  for (const outcome of report.outcomes) {
    if (outcome.kind === "skipped") {
      lines.push({ at: outcome.from, order: 0, text: `${where(outcome.from)}: skipped: ${outcome.reason}` });
      continue;
    }
    const { article } = outcome;
    const { file } = article.from;
    if (outcome.kind === "exists") {
      lines.push({ at: { file }, order: 0, text: `${file}: already in the archive: ${outcome.reason}` });
      continue;
    }
    const bundle = article.files.length === 0 ? "" : ` with ${count(article.files.length, "file")} beside it`;
    lines.push({ at: article.from, order: 0, text: `${where(article.from)}: ${written} ${outcome.file}${bundle} (${outcome.url})` });
    for (const note of article.notes) lines.push({ at: note.at, order: 1, text: noteLine(note) });
  }
  for (const note of report.notes) lines.push({ at: note.at, order: 1, text: noteLine(note) });
  return lines.sort(byPlace).map((line) => showControlCharacters(line.text));
}

export interface ImportCounts {
  readonly items: number;
  readonly written: number;
  readonly existing: number;
  readonly skipped: number;
  readonly needReview: number;
}

export function countOutcomes(outcomes: readonly WriteOutcome[]): ImportCounts {
  const of = (kind: WriteOutcome["kind"]) => outcomes.filter((outcome) => outcome.kind === kind);
  const written = of("written");
  return {
    items: outcomes.length,
    written: written.length,
    existing: of("exists").length,
    skipped: of("skipped").length,
    needReview: written.filter((outcome) => outcome.kind === "written" && reviewNotes(outcome.article).length > 0).length,
  };
}

export function summaryLine(report: ImportReport): string {
  const counts = countOutcomes(report.outcomes);
  const parts = [
    `${counts.written} ${report.dryRun ? "to write" : "written"}`,
    ...(counts.existing > 0 ? [`${counts.existing} already in the archive`] : []),
    `${counts.skipped} skipped`,
  ];
  const review =
    counts.needReview === 0
      ? ""
      : `; ${count(counts.needReview, "article")} need${counts.needReview === 1 ? "s" : ""} review (their \`review\` key; \`npm run check\` lists them)`;
  const dry = report.dryRun ? " Dry run: nothing was written." : "";
  return `Imported ${count(counts.items, "item")}: ${parts.join(", ")}${review}.${dry}`;
}

/** 1 when any item could not be imported; an article already in the archive is not a failure. */
export function importExitCode(report: ImportReport): 0 | 1 {
  return report.outcomes.some((outcome) => outcome.kind === "skipped") ? 1 : 0;
}

function noteLine(note: ImportNote): string {
  return `${where(note.at)}: ${note.kind === "review" ? "needs review" : "note"}: ${note.message}`;
}

function where(place: InputPlace): string {
  return [place.file, place.line, place.line === undefined ? undefined : place.column].filter((part) => part !== undefined).join(":");
}

function byPlace(a: Line, b: Line): number {
  return (
    compareCodePoints(a.at.file, b.at.file) ||
    (a.at.line ?? 0) - (b.at.line ?? 0) ||
    a.order - b.order ||
    (a.at.column ?? 0) - (b.at.column ?? 0)
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
