// Markdown stage, markdown-it plugin: gives every heading an id, so tables of
// contents and `#section` links work. The id is the heading's text as a slug
// (non-Latin letters kept, as in topic URLs), or the id written after it as
// `## Results {#results-2024}`. Ids are unique on the page: a heading whose id
// is taken — by an earlier heading or by the page layout — gets `-2`, `-3`…,
// with a note when the id was chosen by the writer (links may point at it).

import type { MarkdownIt as Markdown, StateCore, Token } from "markdown-it";
import { slugify } from "../model/slug";
import type { NotesEnv } from "./body-notes";
import { RESERVED_IDS } from "./reserved-ids";

/** The id of a heading whose text makes no slug (only punctuation or emoji, say). */
export const FALLBACK_ID = "section";

/** `{#id}` at the end of a heading, not escaped with a backslash. */
const EXPLICIT_ID = /(?<!\\)\{#([^\s{}]+)\}\s*$/;

export function useHeadingIds(md: Markdown): void {
  md.core.ruler.push("heading_ids", assignHeadingIds);
}

/** `wanted`, or the first of `wanted-2`, `wanted-3`… that is not taken. */
export function uniqueId(wanted: string, taken: (id: string) => boolean): string {
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Whether `id` belongs to the page layout or to one of `used`. */
export function idTaken(id: string, used: ReadonlySet<string>): boolean {
  return RESERVED_IDS.has(id) || used.has(id);
}

function assignHeadingIds(state: StateCore): void {
  const env = state.env as NotesEnv;
  const used = new Set<string>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const heading = tokens[i]!;
    const inline = tokens[i + 1];
    if (heading.type !== "heading_open" || inline?.type !== "inline") continue;
    const explicit = takeExplicitId(inline);
    const wanted = explicit ?? (slugify(headingText(inline.children ?? [])) || FALLBACK_ID);
    const id = uniqueId(wanted, (candidate) => idTaken(candidate, used));
    used.add(id);
    heading.attrSet("id", id);
    if (explicit !== undefined && id !== explicit) {
      const line = (heading.map?.[0] ?? 0) + 1;
      (env.notes ??= []).push({ kind: "heading-id", line, wanted: explicit, used: id, byLayout: RESERVED_IDS.has(explicit) });
    }
  }
}

/** Removes a trailing `{#id}` from the heading's text and returns the id, if the heading ends with one. */
function takeExplicitId(inline: Token): string | undefined {
  const match = EXPLICIT_ID.exec(inline.content);
  const last = inline.children?.at(-1);
  if (match === null || last?.type !== "text") return undefined;
  const inText = EXPLICIT_ID.exec(last.content);
  if (inText === null) return undefined;
  last.content = last.content.slice(0, inText.index).trimEnd();
  inline.content = inline.content.slice(0, match.index).trimEnd();
  return match[1];
}

/** What a reader sees of the heading: its text, code and image descriptions. */
function headingText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "image") text += headingText(child.children ?? []);
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
  }
  return text;
}
