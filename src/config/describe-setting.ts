// Configuration stage: names a JSON value the way a message about
// site.config.json shows it ("got a list", "got `0`", "got "Mars/Base""), so
// every "expected X, got Y" about a setting reads the same.

export function describeSetting(value: unknown): string {
  if (value === null) return "`null`";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "object") return "an object";
  return `\`${String(value)}\``;
}
