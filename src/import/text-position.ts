// Import stage: where in a text something was found, for the report's
// `path:line`, and a long snippet shortened to quote in a message.

/** How many line breaks come before `offset`: its 0-based line. */
export function lineOfOffset(text: string, offset: number): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** `text` on one line, cut to 60 characters. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
