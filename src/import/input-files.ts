// Import stage, file-system edge: the files an import reads — each input as
// given, or the matching files of an input folder (nested folders too, in
// name order, hidden ones left out) — and their text, decoded as UTF-8.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeUtf8 } from "../content/utf8";
import { describeOsError, isOsError } from "../file-system-error";
import { compareCodePoints } from "../model/sort";
import type { ImportContext, SkippedItem } from "./types";

export interface InputFiles {
  /** Absolute paths, in the order given, each folder's files in name order. */
  readonly files: readonly string[];
  readonly problems: readonly SkippedItem[];
}

/** Every input file, or every file in an input folder whose name `wanted` accepts. */
export function listInputFiles(inputs: readonly string[], wanted: (name: string) => boolean, context: ImportContext): InputFiles {
  const files: string[] = [];
  const problems: SkippedItem[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(input);
    try {
      if (statSync(absolute).isDirectory()) files.push(...filesIn(absolute, wanted));
      else files.push(absolute);
    } catch (error) {
      if (!isOsError(error)) throw error;
      const what = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : describeOsError(error);
      problems.push({ from: { file: context.shown(absolute) }, reason: `cannot read the input: ${what}` });
    }
  }
  return { files, problems };
}

function filesIn(folder: string, wanted: (name: string) => boolean): string[] {
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => compareCodePoints(a.name, b.name));
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesIn(full, wanted);
    return entry.isFile() && wanted(entry.name) ? [full] : [];
  });
}

export type TextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: SkippedItem };

/** The file's text; a file that cannot be read or is not UTF-8 is a skipped item saying where and why. */
export function readInputText(file: string, context: ImportContext): TextResult {
  const shown = context.shown(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if (!isOsError(error)) throw error;
    return { ok: false, problem: { from: { file: shown }, reason: `cannot read the file: ${describeOsError(error)}` } };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text.replace(/^\uFEFF/, "") };
  return { ok: false, problem: { from: { file: shown, ...decoded.position }, reason: decoded.message } };
}
