// Import stage, wire copy: turns the blocks after the header into the
// article's Markdown — boilerplate lines and closing credits taken out (and
// kept for the report), short question or title-case lines between
// paragraphs made subheadings, every word escaped so it shows as written.

import { escapeMarkdownText } from "../markdown-text";
import type { Boilerplate } from "./boilerplate";
import { readCreditLine, readDateline, splitTrailingCredit, type ClosingCredit, type Dateline } from "./credits";
import { blockText, type WireBlock } from "./wire-blocks";
import type { Stamp } from "./wire-dates";
import { readMarkerOnlyBlock, type Found } from "./wire-header";

export interface WireBody {
  readonly markdown: string;
  /** The first paragraph without its dateline: what a headline is made from. */
  readonly lead: string;
  /** Every paragraph's text, for finding topic names. */
  readonly text: string;
  readonly dateline?: Found<Dateline>;
  readonly credits: readonly Found<ClosingCredit>[];
  readonly removed: readonly Found<string>[];
  readonly stamps: readonly Found<Stamp>[];
  readonly subheadings: readonly Found<string>[];
}

/** The last blocks that may be a closing credit ("(With AP inputs)" after a "— AFP" line, say). */
const CREDIT_BLOCKS = 2;
const MOST_HEADING_WORDS = 14;
const MOST_HEADING_CHARACTERS = 100;
/** Words a title-case line need not capitalize. */
const MINOR_WORDS = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "into", "over", "after", "amid", "vs"]);
const BULLET = /^[•·*–-]\s+/u;

export function convertBody(input: readonly WireBlock[], boilerplate: Boilerplate): WireBody {
  const removed: Found<string>[] = [];
  const stamps: Found<Stamp>[] = [];
  const credits: Found<ClosingCredit>[] = [];
  const blocks: WireBlock[] = [];
  for (const block of input) {
    const markerOnly = readMarkerOnlyBlock(block, boilerplate);
    if (markerOnly !== undefined) {
      removed.push(...markerOnly.removed);
      stamps.push(...markerOnly.stamps);
      continue;
    }
    const lines = block.lines.filter((line) => {
      if (!boilerplate.isLine(line.text)) return true;
      removed.push({ value: line.text, at: { line: line.line, column: line.column } });
      return false;
    });
    if (lines.length > 0) blocks.push({ lines });
  }

  for (let n = 0; n < CREDIT_BLOCKS && blocks.length > 1; n++) {
    const last = blocks[blocks.length - 1]!;
    const credit = readCreditLine(blockText(last));
    if (credit === undefined) break;
    credits.unshift({ value: credit, at: placeOf(last) });
    blocks.pop();
  }
  const paragraphs = blocks.map(blockText);
  const lastIndex = paragraphs.length - 1;
  const trailing = lastIndex >= 0 ? splitTrailingCredit(paragraphs[lastIndex]!) : undefined;
  if (trailing !== undefined) {
    paragraphs[lastIndex] = trailing.text;
    credits.push({ value: { agencies: [trailing.agency], others: [] }, at: placeOf(blocks[lastIndex]!) });
  }

  const first = paragraphs[0] ?? "";
  const dateline = readDateline(first);
  const subheadings: Found<string>[] = [];
  const markdown = blocks.map((block, i) => {
    if (block.lines.length > 1 && block.lines.every((line) => BULLET.test(line.text))) {
      return block.lines.map((line) => `- ${escapeMarkdownText(line.text.replace(BULLET, ""))}`).join("\n");
    }
    const text = paragraphs[i]!;
    if (i > 0 && i < lastIndex && block.lines.length === 1 && isSubheading(text)) {
      subheadings.push({ value: text, at: placeOf(block) });
      return `## ${escapeMarkdownText(text)}`;
    }
    return escapeMarkdownText(text);
  });
  return {
    markdown: markdown.join("\n\n"),
    lead: dateline === undefined ? first : first.slice(dateline.length),
    text: paragraphs.join("\n"),
    ...(dateline === undefined ? {} : { dateline: { value: dateline, at: placeOf(blocks[0]!) } }),
    credits,
    removed,
    stamps,
    subheadings,
  };
}

/** A short line that asks a question, or whose words are capitalized like a title, and is not a sentence or a quotation. */
export function isSubheading(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > MOST_HEADING_WORDS || text.length > MOST_HEADING_CHARACTERS) return false;
  if (/^["“‘']/u.test(text) || /[.,;:!"”’]$/u.test(text)) return false;
  if (text.endsWith("?")) return true;
  const major = words.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((word) => word !== "" && !MINOR_WORDS.has(word.toLowerCase()));
  return major.length >= 2 && major.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

function placeOf(block: WireBlock): { line: number; column: number } {
  const first = block.lines[0]!;
  return { line: first.line, column: first.column };
}
