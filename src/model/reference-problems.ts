// Model stage: the warnings about references that lead nowhere — a missing
// file, a dead link, a file that could not be published — each at the line of
// the body that holds it, checked against the whole site once the model
// exists; and the files of the content folder nobody publishes. A build
// summarises a file's problems of one kind when there are many; `check`
// prints every one.

import type { Diagnostic } from "../diagnostics";
import { pathKey } from "./link-targets";

export type ProblemKind = "missing file" | "dead link" | "file not published" | "image not resized";

export interface ReferenceProblem {
  /** The article, as shown in messages. */
  readonly file: string;
  readonly line?: number;
  readonly kind: ProblemKind;
  /** What is wrong and what to do, without the kind. */
  readonly message: string;
}

/** A path of the site an article refers to that only the model can confirm. */
export interface PendingReference {
  readonly file: string;
  readonly line: () => number;
  /** The URL as written. */
  readonly written: string;
  /** The path it leads to, from the site's root, without the prefix. */
  readonly path: string;
  /** An image or media source rather than a link. */
  readonly media: boolean;
}

/** Past this many problems of one kind in one file, a build shows the first few and counts the rest. */
const SUMMARY_AFTER = 5;

/** The problems among `pending`: paths none of `outputs` (output paths, or folders ending in "/") answers. */
export function unresolvedReferences(pending: readonly PendingReference[], outputs: Iterable<string>, staticDir: string): ReferenceProblem[] {
  if (pending.length === 0) return [];
  const keys = new Set<string>();
  const folders: string[] = [];
  for (const output of outputs) {
    if (output.endsWith("/")) folders.push(output);
    else keys.add(pathKey(output));
  }
  return pending
    .filter((reference) => !keys.has(pathKey(reference.path)) && !folders.some((folder) => reference.path.startsWith(folder)))
    .map((reference) =>
      reference.media
        ? {
            file: reference.file,
            line: reference.line(),
            kind: "missing file" as const,
            message: `\`${reference.written}\` is no file of the site; add it to the static folder (${staticDir}${reference.path}) or correct the reference`,
          }
        : {
            file: reference.file,
            line: reference.line(),
            kind: "dead link" as const,
            message: `\`${reference.written}\` leads to no page of the site (no article, page, old address or file is at ${reference.path}); give the article it meant that address in its \`aliases\`, or correct the link`,
          },
    );
}

/** One warning per folder of the content files nobody publishes, naming them. */
export function unpublishedFiles(relativePaths: readonly string[], contentDisplay: string): Diagnostic[] {
  const byFolder = new Map<string, string[]>();
  for (const file of relativePaths) {
    const folder = file.slice(0, file.lastIndexOf("/") + 1);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file.slice(folder.length)]);
  }
  return [...byFolder].map(([folder, names]) => ({
    severity: "warning" as const,
    file: `${contentDisplay}/${folder}`,
    message:
      `${names.length === 1 ? "1 file is" : `${names.length} files are`} not published: ${names.map((name) => `\`${name}\``).join(", ")} ` +
      "(no article is in a folder with it or refers to it); refer to it from an article, move it into an article's folder, or into the static folder",
  }));
}

/**
 * The problems as warnings. With `summarise`, a file with more than a few problems of one kind shows
 * the first ones and one more line counting the rest.
 */
export function referenceDiagnostics(problems: readonly ReferenceProblem[], summarise: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const groups = new Map<string, ReferenceProblem[]>();
  for (const problem of problems) {
    const key = `${problem.file}\0${problem.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const shown = summarise && sorted.length > SUMMARY_AFTER ? sorted.slice(0, SUMMARY_AFTER - 1) : sorted;
    for (const problem of shown) diagnostics.push(asDiagnostic(problem, problem.message));
    if (shown.length < sorted.length) {
      const rest = sorted.slice(shown.length);
      const lines = rest.map((problem) => problem.line).filter((line) => line !== undefined);
      diagnostics.push(
        asDiagnostic(rest[0]!, `and ${rest.length} more in this file (lines ${lines.join(", ")}); \`npm run check\` lists every one`),
      );
    }
  }
  return diagnostics;
}

function asDiagnostic(problem: ReferenceProblem, message: string): Diagnostic {
  const where = problem.line === undefined ? {} : { line: problem.line, column: 1 };
  return { severity: "warning", file: problem.file, ...where, message: `${problem.kind}: ${message}` };
}

/**
 * Finds the line of the Markdown body where a URL is written, searching from where the same URL
 * was last found so repeated URLs get their own lines. URLs appear in the HTML as markdown-it
 * normalized them (percent-encoded), so the decoded form is tried too; the body's first line when
 * neither is found.
 */
export function lineFinder(body: string, bodyLine: number): (url: string) => number {
  const from = new Map<string, number>();
  return (url) => {
    const start = from.get(url) ?? 0;
    let at = body.indexOf(url, start);
    if (at === -1) at = body.indexOf(safeDecode(url), start);
    if (at === -1) at = body.indexOf(url);
    if (at === -1) return bodyLine;
    from.set(url, at + 1);
    let line = bodyLine;
    for (let i = body.indexOf("\n"); i !== -1 && i < at; i = body.indexOf("\n", i + 1)) line++;
    return line;
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
