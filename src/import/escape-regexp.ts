// Import stage: names and phrases (topics, agencies, boilerplate) matched
// literally inside the regular expressions the importers build.

/** `text` matched as written, also in an expression with the `u` flag (which refuses needless escapes). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
