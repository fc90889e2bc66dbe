// Import stage: plain text made safe to put into a Markdown body, so words
// from wire copy are shown as written and never read as markup (emphasis,
// links, raw HTML, an entity, a heading or a list).

/** Characters that are markup anywhere in a line; `&` only where it would start an entity. */
const INLINE_MARKUP = /[\\`*_[\]<>~]|&(?=#?\w+;)/g;
/** What makes a line a heading, list item, quote or thematic break when it starts the line. */
const LINE_START_MARKUP = /^(\s*)(?:([#+=-])|(\d+)([.)]))/;

export function escapeMarkdownText(text: string): string {
  return text
    .replace(INLINE_MARKUP, "\\$&")
    .replace(LINE_START_MARKUP, (_, space: string, mark?: string, digits?: string, after?: string) =>
      mark !== undefined ? `${space}\\${mark}` : `${space}${digits}\\${after}`,
    );
}
