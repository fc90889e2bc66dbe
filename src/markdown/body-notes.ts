// Markdown stage: what rendering a body changed or left out — removed HTML,
// refused URLs, renamed heading ids — as plain data (it is cached with the
// body and crosses worker threads), and the warnings it becomes, one per note
// or one summary per kind when a file has many of a kind.

import type { Env } from "markdown-it";
import type { Diagnostic } from "../diagnostics";
import { LINK_SCHEMES } from "./url-policy";

/** One change the Markdown stage made to a body. `line` is 1-based in the body. */
export type BodyNote =
  /** An element the allowlist does not hold; `withContent` when its content went with it. */
  | { readonly kind: "element"; readonly line: number; readonly tag: string; readonly withContent: boolean }
  /** An iframe from a host not in `allowedIframeHosts`; no host when its `src` is not an absolute http(s) URL. */
  | { readonly kind: "iframe"; readonly line: number; readonly host?: string }
  /** An attribute taken off an element that stayed; `partly` when only some of its value went. */
  | { readonly kind: "attribute"; readonly line: number; readonly tag: string; readonly attribute: string; readonly partly: boolean }
  /** A URL the allowlist refused: a link not made, or an image, video or audio source left out. */
  | { readonly kind: "url"; readonly line: number; readonly use: "link" | "media"; readonly url: string }
  /** A heading id someone chose that was taken (by the layout or an earlier heading), and the id used instead. */
  | { readonly kind: "heading-id"; readonly line: number; readonly wanted: string; readonly used: string; readonly byLayout: boolean };

/** What the Markdown stage's rules are given as markdown-it's `env`: they add their notes here. */
export interface NotesEnv extends Env {
  notes?: BodyNote[];
}

/** More notes of one kind than this in one file become one summary line. */
export const MAX_NOTES_PER_KIND = 3;
const LINES_SHOWN = 5;
const URL_SHOWN = 60;

/** The warnings for one article's notes, at file lines (`bodyLine` is the file line of body line 1). */
export function noteDiagnostics(file: string, bodyLine: number, notes: readonly BodyNote[]): Diagnostic[] {
  const groups = new Map<string, BodyNote[]>();
  for (const note of [...notes].sort((a, b) => a.line - b.line)) {
    const key = groupKey(note);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [note]);
    else group.push(note);
  }
  const diagnostics: Diagnostic[] = [];
  const at = (note: BodyNote): number => bodyLine + note.line - 1;
  for (const group of groups.values()) {
    const first = group[0]!;
    if (group.length <= MAX_NOTES_PER_KIND) {
      for (const note of group) diagnostics.push({ severity: "warning", file, line: at(note), message: describeNote(note) });
    } else {
      const lines = [...new Set(group.map(at))];
      const shown = lines.slice(0, LINES_SHOWN).join(", ");
      const more = lines.length > LINES_SHOWN ? ` and ${lines.length - LINES_SHOWN} more` : "";
      const message = `${describeNote(first)} (${group.length} times in this file, on lines ${shown}${more})`;
      diagnostics.push({ severity: "warning", file, line: at(first), message });
    }
  }
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Notes of one group read alike: one summary line can stand for all of them. */
function groupKey(note: BodyNote): string {
  switch (note.kind) {
    case "element":
      return `element ${note.tag}`;
    case "iframe":
      return `iframe ${note.host ?? ""}`;
    case "attribute":
      return `attribute ${isEventHandler(note.attribute) ? "on*" : note.attribute} ${note.partly}`;
    case "url":
      return `url ${note.use}`;
    case "heading-id":
      return "heading-id";
  }
}

/** The warning text for one note: what was removed, and what to do about it. */
export function describeNote(note: BodyNote): string {
  switch (note.kind) {
    case "element":
      return describeElement(note.tag, note.withContent);
    case "iframe":
      return note.host === undefined
        ? "removed an `<iframe>` without an absolute http(s) `src`: embeds are kept only from hosts listed in `allowedIframeHosts` in site.config.json"
        : `removed an \`<iframe>\` from \`${note.host}\`: add \`${note.host}\` to \`allowedIframeHosts\` in site.config.json to keep embeds from it`;
    case "attribute":
      return describeAttribute(note.tag, note.attribute, note.partly);
    case "url":
      return note.use === "link"
        ? `\`${shorten(note.url)}\` was not made a link or image (the text stays): links may use ${LINK_SCHEMES.join(", ")} or stay on the site; correct the address or remove the link`
        : `removed the image, video or audio source \`${shorten(note.url)}\`: media load only from http(s) addresses or from the site; put the file on a web server (or beside the article) and link to it`;
    case "heading-id":
      return `heading id \`${note.wanted}\` is already used ${note.byLayout ? "by the page layout" : "by an earlier heading"}; this heading's id is \`${note.used}\` (choose another id, and update links to \`#${note.wanted}\`)`;
  }
}

const NO_SCRIPTS = "scripts cannot be kept in an article (they would run on every page that shows it)";

function describeElement(tag: string, withContent: boolean): string {
  const removed = withContent ? `removed a \`<${tag}>\` element with its content` : `removed the \`<${tag}>\` tag, keeping its content`;
  switch (tag) {
    case "script":
      return `${removed}: ${NO_SCRIPTS}; for an embed, use its \`<iframe>\` code and add the host to \`allowedIframeHosts\` in site.config.json`;
    case "style":
    case "link":
      return `${removed}: it cannot be kept, since styles in an article would restyle the whole page; the site's stylesheet styles articles`;
    case "form":
    case "input":
    case "button":
    case "select":
    case "option":
    case "textarea":
      return `${removed}: it cannot be kept, since an archived article sends nothing; describe what the form was for in words if it matters`;
    case "object":
    case "embed":
    case "applet":
      return `${removed}: plugin content cannot be kept; for a video or map, use the provider's \`<iframe>\` code and add its host to \`allowedIframeHosts\` in site.config.json`;
    case "noscript":
    case "template":
      return `${removed}: it holds content for another setting (no scripts, or a template), which an archived article never shows`;
    default:
      return `${removed}: \`<${tag}>\` is not among the HTML elements an article may hold (see docs/safety.md); use Markdown or an allowed element instead`;
  }
}

function describeAttribute(tag: string, attribute: string, partly: boolean): string {
  const removed = partly
    ? `removed part of the \`${attribute}\` attribute of \`<${tag}>\``
    : `removed the \`${attribute}\` attribute of \`<${tag}>\``;
  if (isEventHandler(attribute)) return `${removed}: event handlers are scripts, and ${NO_SCRIPTS}`;
  switch (attribute) {
    case "style":
      return `${removed}: inline styles cannot be kept (table cells keep \`text-align\`); the site's stylesheet styles articles`;
    case "class":
      return `${removed}: classes are kept only on code (\`language-…\` and highlighting), since the old site's classes mean nothing here`;
    case "id":
      return `${removed}: ids are kept on headings only, so they cannot clash with the page's own; for a link target elsewhere, use \`<a name="…">\``;
    case "srcset":
      return `${removed}: some of its images are not at http(s) addresses or on the site`;
    default:
      return `${removed}: \`${attribute}\` is not among the attributes \`<${tag}>\` may keep (see docs/safety.md)`;
  }
}

function isEventHandler(attribute: string): boolean {
  return /^on/i.test(attribute);
}

function shorten(url: string): string {
  const chars = Array.from(url);
  return chars.length <= URL_SHOWN ? url : `${chars.slice(0, URL_SHOWN - 1).join("")}…`;
}
