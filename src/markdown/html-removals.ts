// Markdown stage, beside the sanitizer: finds out what sanitize-html removed
// from one body, so it can be reported. sanitize-html tells nothing itself;
// its hooks show every opening tag with its attributes before it decides, and
// it deletes refused attributes from that same object, so comparing the
// attributes as written with what is left afterwards shows each removal.
// Only what a reader could have seen counts: HTML comments are dropped
// without a note, and nothing inside an element removed with its content is
// reported a second time.

import type sanitizeHtml from "sanitize-html";
import type { BodyNote } from "./body-notes";
import { idTaken, uniqueId } from "./heading-ids";
import { RESERVED_IDS } from "./reserved-ids";

/** A note, and the index of its element's opening tag in the HTML (html-lines.ts turns it into a line). */
export interface Removal {
  readonly tagIndex: number;
  /** Its `line` is 0 until the removal is placed. */
  readonly note: BodyNote;
}

/** Attributes whose value is a URL, which the scheme allowlist may refuse. */
const URL_ATTRIBUTES = new Set(["href", "src", "poster", "cite"]);
const MEDIA_TAGS = new Set(["img", "source", "video", "audio", "track"]);

interface OpenedTag {
  readonly tagIndex: number;
  readonly tag: string;
  /** The attributes as written. */
  readonly written: Readonly<Record<string, string>>;
  /** sanitize-html's own attribute object: what it deletes is gone from here. */
  readonly kept: Record<string, string>;
  /** Inside an element removed with its content, so never seen by a reader anyway. */
  readonly inRemoved: boolean;
  readonly removesContent: boolean;
}

export interface RemovalTracker {
  start(): void;
  finish(): Removal[];
  readonly onOpenTag: (tag: string, attributes: Record<string, string>) => void;
  readonly onCloseTag: () => void;
  /** A `transformTags` entry for h1–h6: makes the heading's id unique and clear of the layout's ids. */
  readonly uniqueHeadingId: (tag: string, attributes: sanitizeHtml.Attributes) => sanitizeHtml.Tag;
}

export function createRemovalTracker(options: sanitizeHtml.IOptions): RemovalTracker {
  const allowedTags = new Set(options.allowedTags === false ? [] : (options.allowedTags ?? []));
  const contentTags = new Set(options.nonTextTags ?? []);
  let opened: OpenedTag[] = [];
  let open: OpenedTag[] = [];
  let headingIds = new Set<string>();
  let renamed: Removal[] = [];

  return {
    start() {
      opened = [];
      open = [];
      headingIds = new Set();
      renamed = [];
    },
    finish() {
      const removals = [...renamed];
      for (const element of opened) if (!element.inRemoved) removals.push(...removalsOf(element, options, allowedTags));
      opened = [];
      return removals.sort((a, b) => a.tagIndex - b.tagIndex);
    },
    onOpenTag(tag, attributes) {
      const parent = open.at(-1);
      const element: OpenedTag = {
        tagIndex: opened.length,
        tag,
        written: { ...attributes },
        kept: attributes,
        inRemoved: parent !== undefined && (parent.inRemoved || parent.removesContent),
        removesContent: !allowedTags.has(tag) && contentTags.has(tag),
      };
      opened.push(element);
      open.push(element);
    },
    onCloseTag() {
      open.pop();
    },
    uniqueHeadingId(tag, attributes) {
      const wanted = attributes.id;
      if (wanted !== undefined && wanted !== "") {
        const id = uniqueId(wanted, (candidate) => idTaken(candidate, headingIds));
        headingIds.add(id);
        if (id !== wanted) {
          attributes.id = id;
          const note: BodyNote = { kind: "heading-id", line: 0, wanted, used: id, byLayout: RESERVED_IDS.has(wanted) };
          renamed.push({ tagIndex: opened.length - 1, note });
        }
      }
      return { tagName: tag, attribs: attributes };
    },
  };
}

function removalsOf(element: OpenedTag, options: sanitizeHtml.IOptions, allowedTags: ReadonlySet<string>): Removal[] {
  const { tagIndex, tag, written, kept } = element;
  const at = (note: BodyNote): Removal => ({ tagIndex, note });
  if (tag === "iframe" && (!allowedTags.has(tag) || kept.src === undefined)) {
    return [at({ kind: "iframe", line: 0, host: httpHost(written.src) })];
  }
  if (!allowedTags.has(tag)) return [at({ kind: "element", line: 0, tag, withContent: element.removesContent })];

  const removals: Removal[] = [];
  for (const [attribute, value] of Object.entries(written)) {
    // An empty value carried nothing a reader could miss.
    if (value === "") continue;
    if (!Object.hasOwn(kept, attribute)) {
      removals.push(at(removedAttribute(tag, attribute, value, options)));
    } else if (attribute === "srcset" && kept.srcset !== value) {
      removals.push(at({ kind: "attribute", line: 0, tag, attribute, partly: true }));
    } else if (attribute === "class" && !everyClassAllowed(value, options.allowedClasses?.[tag])) {
      removals.push(at({ kind: "attribute", line: 0, tag, attribute, partly: true }));
    } else if (attribute === "style" && !everyStyleAllowed(value, options.allowedStyles?.[tag])) {
      removals.push(at({ kind: "attribute", line: 0, tag, attribute, partly: true }));
    }
  }
  return removals;
}

/** An attribute that is allowed on its element but was removed anyway was refused for its URL. */
function removedAttribute(tag: string, attribute: string, value: string, options: sanitizeHtml.IOptions): BodyNote {
  const allowed = options.allowedAttributes === false || [
    ...(options.allowedAttributes?.[tag] ?? []),
    ...(options.allowedAttributes?.["*"] ?? []),
  ].includes(attribute);
  if (allowed && URL_ATTRIBUTES.has(attribute)) {
    return { kind: "url", line: 0, use: MEDIA_TAGS.has(tag) || attribute === "poster" ? "media" : "link", url: value.trim() };
  }
  return { kind: "attribute", line: 0, tag, attribute, partly: false };
}

function everyClassAllowed(value: string, allowed: boolean | readonly (string | RegExp)[] | undefined): boolean {
  if (allowed === true) return true;
  const patterns = Array.isArray(allowed) ? allowed : [];
  return value
    .split(/\s+/)
    .filter((name) => name !== "")
    .every((name) => patterns.some((pattern) => (typeof pattern === "string" ? pattern === name : pattern.test(name))));
}

/** Whether each `property: value` of a style attribute is one the allowlist keeps, read as sanitize-html reads it. */
function everyStyleAllowed(value: string, allowed: Record<string, RegExp[]> | undefined): boolean {
  return value
    .split(";")
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration !== "")
    .every((declaration) => {
      const colon = declaration.indexOf(":");
      const property = declaration.slice(0, colon).trim();
      const setting = declaration.slice(colon + 1).trim();
      return colon > 0 && Object.hasOwn(allowed ?? {}, property) && allowed![property]!.some((pattern) => pattern.test(setting));
    });
}

function httpHost(src: string | undefined): string | undefined {
  if (src === undefined) return undefined;
  try {
    const url = new URL(src.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}
