// Import stage, wire copy: the lines a news portal wraps around a story
// ("Follow us on", "Also Read: …", "Advertisement") that are not part of it.
// A default list, plus the phrases of a `--boilerplate FILE`; every line
// removed is reported, so nothing disappears unnoticed.

import { readFileSync } from "node:fs";
import { contentError } from "../../diagnostics";
import { decodeUtf8 } from "../../content/utf8";
import { describeOsError, isOsError } from "../../file-system-error";
import { escapeRegExp } from "../escape-regexp";

export const DEFAULT_BOILERPLATE: readonly string[] = Object.freeze([
  "Follow us on",
  "Also Read",
  "Also See",
  "Read Also",
  "Read More",
  "Must Read",
  "Advertisement",
  "Story continues below advertisement",
  "Continue reading below",
  "Scroll to continue",
  "Subscribe to our newsletter",
  "Sign up for our newsletter",
  "Click here to",
  "Download the app",
  "Download our app",
  "Share this article",
  "Listen to this article",
  "Listen to this story",
  "Trending",
  "Top Stories",
  "Latest News",
  "Watch Video",
]);

/** Words a line may have in all, phrase included, to count as one without a separator ("Follow us on Google News"). */
const SHORT_LINE_WORDS = 6;

export interface Boilerplate {
  /** Whether a whole line is boilerplate: the phrase alone, the phrase then `:`, `|` or a dash, or a short line starting with it. */
  isLine(line: string): boolean;
  /** Where each phrase occurs inside a line (a page header run into one line), longest phrase first at any place. */
  find(text: string): { readonly index: number; readonly length: number }[];
}

export function boilerplate(phrases: readonly string[]): Boilerplate {
  const sorted = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase !== ""))].sort((a, b) => b.length - a.length);
  const escaped = sorted.map((phrase) => escapeRegExp(phrase).replace(/\s+/g, "\\s+"));
  const anywhere = escaped.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const starts = escaped.map((phrase) => new RegExp(`^(?:${phrase})(?![\\p{L}\\p{N}])(.*)$`, "iu"));
  return {
    isLine(line) {
      const text = line.trim();
      return starts.some((start) => {
        const rest = start.exec(text)?.[1]?.trim();
        if (rest === undefined) return false;
        if (rest === "" || /^[:|–—-]/u.test(rest) || /^[.!…]*$/u.test(rest)) return true;
        return text.split(/\s+/u).length <= SHORT_LINE_WORDS && !/[.!?"”]$/u.test(text);
      });
    },
    find(text) {
      return anywhere === undefined ? [] : [...text.matchAll(anywhere)].map((match) => ({ index: match.index, length: match[0].length }));
    },
  };
}

/** The phrases of a boilerplate file: one a line; blank lines and lines starting with `#` are left out. */
export function readBoilerplateFile(file: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if (!isOsError(error)) throw error;
    throw contentError(file, `cannot read the boilerplate file: ${describeOsError(error)}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw contentError(file, decoded.message, decoded.position.line, decoded.position.column);
  return decoded.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
