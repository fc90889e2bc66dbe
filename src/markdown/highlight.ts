// Markdown stage: syntax highlighting of fenced code with a language, at build
// time, as markup for the site's stylesheet (no script reaches the reader).
// highlight.js escapes the code and marks tokens up as <span class="hljs-…">
// only; the sanitizer keeps exactly those classes (sanitize.ts).

import { createRequire } from "node:module";
import type { HLJSApi } from "highlight.js";

let highlighter: HLJSApi | undefined;

/**
 * The highlighted HTML of `code` in `language`, or "" when the language is not one highlight.js
 * knows (then markdown-it shows the code plain, escaped as always). Its ~190 languages are loaded
 * at the first fence with a language, so bodies without code never pay for them.
 */
export function highlightCode(code: string, language: string): string {
  if (language === "") return "";
  highlighter ??= createRequire(import.meta.url)("highlight.js") as HLJSApi;
  if (highlighter.getLanguage(language) === undefined) return "";
  return highlighter.highlight(code, { language, ignoreIllegals: true }).value;
}
