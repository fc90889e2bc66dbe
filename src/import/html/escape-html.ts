// Import stage, HTML bodies: text put into HTML an importer writes itself
// (a figure for a featured image, a link for an `[embed]`), escaped.

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
