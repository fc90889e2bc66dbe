// Content stage: names a front-matter value the way a message should show it
// ("got a list", "got `yes`"), so every "expected X, got Y" reads the same.

/** Short description of a YAML value for "expected …, got …" messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (typeof value === "string") return value.trim() === "" ? "an empty value" : `\`${shorten(value.trim())}\``;
  if (typeof value === "number") return `the number \`${value}\``;
  if (typeof value === "boolean") return `\`${value}\``;
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  return "a mapping";
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
