// Import stage, wire copy: reads the page header scraped wire copy starts
// with — date stamp, portal boilerplate, photo credit and caption, often run
// into one line — and the lines elsewhere that hold nothing else. What is
// left over is kept for a person to judge, never silently dropped.

import type { Boilerplate } from "./boilerplate";
import { findPhotoCredit } from "./credits";
import type { WireBlock, WireLine } from "./wire-blocks";
import { findStamps, type Stamp } from "./wire-dates";

/** Where in the input something was found. */
export interface LinePlace {
  readonly line: number;
  readonly column: number;
}

interface Mark {
  readonly kind: "stamp" | "boilerplate" | "photo";
  readonly index: number;
  readonly length: number;
  readonly stamp?: Stamp;
  readonly credit?: string;
}

export interface Found<T> {
  readonly value: T;
  readonly at: LinePlace;
}

export interface HeaderFindings {
  readonly stamps: readonly Found<Stamp>[];
  /** The photo's credit (a known name, else undefined) and caption, from the first label found. */
  readonly photo?: Found<{ readonly credit?: string; readonly caption?: string }>;
  /** Boilerplate taken out, as written. */
  readonly removed: readonly Found<string>[];
  /** Header text that is none of these: a kicker, a headline, a credit that was not understood. */
  readonly leftover: readonly Found<string>[];
}

/** How many leading blocks may make up a header. */
const MOST_HEADER_BLOCKS = 3;

/**
 * The header: the leading blocks with a stamp, boilerplate or photo label in any line. Returns
 * what they hold and how many blocks they are.
 */
export function readHeader(blocks: readonly WireBlock[], boilerplate: Boilerplate): { findings: HeaderFindings; blocks: number } {
  const findings: Mutable = { stamps: [], removed: [], leftover: [] };
  let count = 0;
  while (count < Math.min(MOST_HEADER_BLOCKS, blocks.length - 1)) {
    const block = blocks[count]!;
    const marked = block.lines.map((line) => ({ line, marks: marksIn(line.text, boilerplate) }));
    if (marked.every(({ marks }) => marks.length === 0)) break;
    let captionPending = false;
    for (const { line, marks } of marked) {
      captionPending = readLine(line, marks, findings, captionPending);
    }
    count++;
  }
  return { findings, blocks: count };
}

/** A block of the body that holds only stamps and boilerplate: its findings, or undefined when it holds more. */
export function readMarkerOnlyBlock(block: WireBlock, boilerplate: Boilerplate): HeaderFindings | undefined {
  const findings: Mutable = { stamps: [], removed: [], leftover: [] };
  for (const line of block.lines) {
    if (boilerplate.isLine(line.text)) {
      findings.removed.push({ value: line.text, at: { line: line.line, column: line.column } });
      continue;
    }
    const marks = marksIn(line.text, boilerplate).filter((mark) => mark.kind !== "photo");
    if (marks.length === 0 || segmentsBetween(line.text, marks).some(({ text }) => /[\p{L}\p{N}]/u.test(text))) return undefined;
    readLine(line, marks, findings, false);
  }
  return findings;
}

interface Mutable {
  stamps: Found<Stamp>[];
  photo?: Found<{ credit?: string; caption?: string }>;
  removed: Found<string>[];
  leftover: Found<string>[];
}

/** Sorts a line's marks into the findings; returns whether a photo label ended the line, so the next line is its caption. */
function readLine(line: WireLine, marks: readonly Mark[], findings: Mutable, captionPending: boolean): boolean {
  const at = (index: number): LinePlace => ({ line: line.line, column: line.column + index });
  for (const mark of marks) {
    if (mark.stamp !== undefined) findings.stamps.push({ value: mark.stamp, at: at(mark.index) });
    if (mark.kind === "boilerplate") findings.removed.push({ value: line.text.slice(mark.index, mark.index + mark.length).trim(), at: at(mark.index) });
  }
  const photoMark = marks.find((mark) => mark.kind === "photo");
  if (photoMark !== undefined && findings.photo === undefined) {
    findings.photo = { value: photoMark.credit === undefined ? {} : { credit: photoMark.credit }, at: at(photoMark.index) };
  }
  segmentsBetween(line.text, marks).forEach((segment, n) => {
    const text = segment.text.replace(/^[\s|:·•,;–—-]+|[\s|:·•,;–—-]+$/gu, "");
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    const photo = findings.photo;
    const followsCredit = segment.after?.kind === "photo" ? segment.after.credit !== undefined : n === 0 && captionPending;
    if (photo !== undefined && photo.value.caption === undefined && followsCredit) {
      findings.photo = { ...photo, value: { ...photo.value, caption: text } };
    } else {
      // After a label with no known credit, credit and caption run together and are not told apart.
      const label = segment.after?.kind === "photo" && segment.after.credit === undefined ? "after a photo label: " : "";
      findings.leftover.push({ value: `${label}${text}`, at: at(segment.index) });
    }
  });
  const last = marks[marks.length - 1];
  return last?.kind === "photo" && last.credit !== undefined && last.index + last.length >= line.text.trimEnd().length;
}

/** Stamps, boilerplate phrases and the first photo label in a line, in order, not overlapping. */
function marksIn(text: string, boilerplate: Boilerplate): Mark[] {
  const marks: Mark[] = [];
  for (const stamp of findStamps(text)) marks.push({ kind: "stamp", index: stamp.index, length: stamp.length, stamp });
  const photo = findPhotoCredit(text);
  if (photo !== undefined) marks.push({ kind: "photo", index: photo.index, length: photo.length, credit: photo.credit });
  for (const phrase of boilerplate.find(text)) marks.push({ kind: "boilerplate", ...phrase });
  marks.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: Mark[] = [];
  for (const mark of marks) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || mark.index >= previous.index + previous.length) kept.push(mark);
  }
  return kept;
}

/** The text between marks, each with the mark it follows. */
function segmentsBetween(text: string, marks: readonly Mark[]): { text: string; index: number; after?: Mark }[] {
  const segments: { text: string; index: number; after?: Mark }[] = [];
  let start = 0;
  let after: Mark | undefined;
  for (const mark of marks) {
    segments.push({ text: text.slice(start, mark.index), index: start, ...(after === undefined ? {} : { after }) });
    start = mark.index + mark.length;
    after = mark;
  }
  segments.push({ text: text.slice(start), index: start, ...(after === undefined ? {} : { after }) });
  return segments.filter((segment) => segment.text.trim() !== "");
}
