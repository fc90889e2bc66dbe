// Markdown stage: syntax highlighting of fenced code with a language, at build
// time, as markup for the site's stylesheet (no script reaches the reader).
// highlight.js escapes the code and marks tokens up as <span class="hljs-…">
// only; the sanitizer keeps exactly those classes (sanitize.ts).

import { createRequire } from "node:module";
import type { HLJSApi } from "highlight.js";

/**
 * highlight.js's own selection of common languages (JavaScript, TypeScript, Python, R, SQL, JSON,
 * shell, HTML, CSS, Go, Rust, Java, C, PHP, YAML … 36 in all). Loading all of its ~190 languages
 * takes five times as long in every render thread, and a fixed set keeps the HTML of a body the
 * same whatever else a thread has highlighted (HTML's <script> is highlighted in whichever of its
 * candidate languages are loaded).
 */
const LANGUAGES = "highlight.js/lib/common";

let highlighter: HLJSApi | undefined;

/**
 * The highlighted HTML of `code` in `language`, or "" when the language is not one of those above
 * (then markdown-it shows the code plain, escaped as always). The languages are loaded at the
 * first fence with a language, so bodies without code never pay for them.
 */
export function highlightCode(code: string, language: string): string {
  if (language === "") return "";
  highlighter ??= createRequire(import.meta.url)(LANGUAGES) as HLJSApi;
  if (highlighter.getLanguage(language) === undefined) return "";
  return highlighter.highlight(code, { language, ignoreIllegals: true }).value;
}
