// Import stage, wire copy: turns plain-text wire stories into articles — the
// date from a stamp or dateline, the source from credit lines, the photo
// credit and caption kept out of the body, a headline from `--title` or the
// lead. What it cannot decide is a `review` note or a skipped item, never a guess.

import { existsSync } from "node:fs";
import path from "node:path";
import { slugify } from "../../model/slug";
import { mergeKey } from "../../model/terms";
import { BundleNames } from "../bundle-names";
import { headlineFromLead } from "../headline";
import { listInputFiles, readInputText } from "../input-files";
import { escapeMarkdownText } from "../markdown-text";
import { topicMatcher } from "../tag-suggestions";
import type { ImportContext, ImportedArticle, ImporterResult, ImportNote, InputPlace, SkippedItem } from "../types";
import { sourceName } from "./agencies";
import { DEFAULT_BOILERPLATE, boilerplate as makeBoilerplate, type Boilerplate } from "./boilerplate";
import { photoAgency } from "./credits";
import { splitBlocks } from "./wire-blocks";
import { convertBody, type WireBody } from "./wire-body";
import { isoDate } from "./wire-dates";
import { readHeader, type HeaderFindings, type LinePlace } from "./wire-header";

export interface WireOptions {
  /** The headline; only for a single story. */
  readonly title?: string;
  /** `YYYY-MM-DD`: the date of every story, whatever its stamp says. */
  readonly date?: string;
  /** The source of every story, whatever its credits say. */
  readonly source?: string;
  /** Boilerplate phrases besides DEFAULT_BOILERPLATE (those of `--boilerplate FILE`). @default [] */
  readonly boilerplate?: readonly string[];
}

const WIRE_EXTENSIONS = /\.(?:txt|text)$/i;
const PHOTO_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"];
/** Punctuation a whole caption ends with; one ending otherwise was probably cut off by the portal. */
const CAPTION_END = /[.!?"”’)]$/u;

export function importWire(inputs: readonly string[], context: ImportContext, options: WireOptions): ImporterResult {
  const { files, problems } = listInputFiles(inputs, (name) => WIRE_EXTENSIONS.test(name), context);
  const boilerplate = makeBoilerplate([...DEFAULT_BOILERPLATE, ...(options.boilerplate ?? [])]);
  const topics = topicMatcher(context.existing.topics);
  const articles: ImportedArticle[] = [];
  const skipped: SkippedItem[] = [...problems];
  for (const file of files) {
    const result = importStory(file, { context, options, boilerplate, suggest: topics.suggest });
    if ("reason" in result) skipped.push(result);
    else articles.push(result);
  }
  return { articles, skipped, notes: [] };
}

interface StoryTools {
  readonly context: ImportContext;
  readonly options: WireOptions;
  readonly boilerplate: Boilerplate;
  readonly suggest: (text: string) => string[];
}

function importStory(file: string, tools: StoryTools): ImportedArticle | SkippedItem {
  const { context, options } = tools;
  const shown = context.shown(file);
  const place = (at?: LinePlace): InputPlace => ({ file: shown, ...at });
  const skip = (reason: string, at?: LinePlace): SkippedItem => ({ from: place(at), reason });
  const read = readInputText(file, context);
  if (!read.ok) return read.problem;

  const blocks = splitBlocks(read.text);
  const header = readHeader(blocks, tools.boilerplate);
  const body = convertBody(blocks.slice(header.blocks), tools.boilerplate);
  if (body.markdown === "") return skip("no story text: expected paragraphs separated by blank lines after the page header");

  const notes: ImportNote[] = [];
  const note = (kind: ImportNote["kind"], message: string, at?: LinePlace) => notes.push({ kind, at: place(at), message });

  const date = storyDate(header.findings, body, options.date, note);
  if (typeof date !== "string") return skip(date.reason, date.at);
  const source = storySource(header.findings, body, tools, note);
  if (source === undefined) {
    return skip("source: no agency credit found (a dateline's `(Reuters) -`, `(With AP inputs)`, `— AFP`, `Image Source : AP`); pass --source NAME");
  }
  const title = options.title?.trim() || headlineFromLead(body.lead);
  if (title === "") return skip("title: no lead to make a headline from; pass --title");
  if (options.title === undefined) note("review", "headline derived from the lead (write the real one)");

  const tags = tools.suggest(`${title}\n${body.text}`);
  if (tags.length > 0) note("review", `tags suggested from topics named in the text: ${tags.join(", ")} (keep those that fit)`);
  for (const removed of [...header.findings.removed, ...body.removed]) note("note", `removed boilerplate \`${removed.value}\``, removed.at);
  for (const heading of body.subheadings) note("note", `made a subheading of \`${heading.value}\``, heading.at);
  for (const leftover of header.findings.leftover) {
    note("review", `header text left out of the body (a kicker, a headline, a credit?): "${leftover.value}"`, leftover.at);
  }

  const names = new BundleNames();
  const figure = photo(file, header.findings, body, names, note);
  return {
    from: place(),
    fields: { title, date, source, tags, slug: slugify(title) || "article", aliases: [] },
    body: [figure, body.markdown].filter((part) => part !== "").join("\n\n"),
    files: names.files,
    notes,
  };
}

type Note = (kind: ImportNote["kind"], message: string, at?: LinePlace) => void;

/** `YYYY-MM-DD` from --date, the stamp or a dateline with a year; otherwise why not. */
function storyDate(header: HeaderFindings, body: WireBody, given: string | undefined, note: Note): string | { reason: string; at?: LinePlace } {
  const stamps = [...header.stamps, ...body.stamps];
  const published = stamps.find((stamp) => stamp.value.kind === "published") ?? stamps[0];
  const dateline = body.dateline;
  const fromDateline =
    dateline?.value.year === undefined ? undefined : isoDate(dateline.value.year, dateline.value.month!, dateline.value.day!);
  const found = published?.value.date ?? fromDateline;
  if (published?.value.droppedTime !== undefined) {
    note("note", `the stamp's time \`${published.value.droppedTime}\` was left out: its timezone is not certain, so the article is dated by its day`, published.at);
  }
  if (given !== undefined) {
    if (found !== undefined && found !== given) note("note", `--date ${given} was used; the text says ${found}`, published?.at ?? dateline?.at);
    return given;
  }
  if (published?.value.kind === "updated") {
    note("review", `date taken from an "updated" stamp (${published.value.date}), the story may be older`, published.at);
  }
  const day = dateline?.value;
  if (found !== undefined && day?.month !== undefined && !found.endsWith(`-${pad(day.month)}-${pad(day.day!)}`)) {
    note("review", `the dateline says ${day.month}/${day.day} but the date stamp says ${found} (the stamp was used)`, dateline!.at);
  }
  if (found !== undefined) return found;
  if (day?.month !== undefined) {
    return { reason: `date: the dateline gives ${day.month}/${day.day} without a year and there is no date stamp; pass --date YYYY-MM-DD`, at: dateline!.at };
  }
  return { reason: "date: no date stamp (`date 2023-08-06`, `Published: Aug 6, 2023`) or dateline with a year found; pass --date YYYY-MM-DD" };
}

/** The agency credited, in the archive's spelling: --source, else the story's own credits, else the photo's. */
function storySource(header: HeaderFindings, body: WireBody, tools: StoryTools, note: Note): string | undefined {
  const archive = tools.context.existing.sources;
  const credited = [body.dateline?.value.agency, ...body.credits.flatMap((credit) => credit.value.agencies)].filter(
    (agency): agency is string => agency !== undefined,
  );
  const agencies = [...new Map(credited.map((agency) => [mergeKey(sourceName(agency, archive)), sourceName(agency, archive)])).values()];
  for (const credit of body.credits) {
    note("note", `closing credit taken out of the body (${[...credit.value.agencies, ...credit.value.others].join(", ")})`, credit.at);
    if (credit.value.others.length > 0) note("review", `a credit names ${credit.value.others.join(", ")}, which is no agency`, credit.at);
  }
  if (tools.options.source !== undefined) {
    const given = tools.options.source.trim();
    if (agencies.length > 0 && !agencies.some((agency) => mergeKey(agency) === mergeKey(given))) {
      note("note", `--source ${given} was used; the text credits ${agencies.join(", ")}`);
    }
    return given;
  }
  if (agencies.length > 1) note("review", `the credits name ${agencies.join(" and ")} (the source is ${agencies[0]})`);
  if (agencies.length > 0) return agencies[0];
  const fromPhoto = header.photo?.value.credit === undefined ? undefined : photoAgency(header.photo.value.credit);
  if (fromPhoto === undefined) return undefined;
  note("review", `source taken from the photo credit (${fromPhoto}), the story itself credits no agency`, header.photo!.at);
  return sourceName(fromPhoto, archive);
}

/** The photo as a figure when its file is beside the story (`story.jpg`), else its credit and caption as a review note. */
function photo(file: string, header: HeaderFindings, body: WireBody, names: BundleNames, note: Note): string {
  const found = header.photo;
  if (found === undefined) return "";
  const { credit, caption } = found.value;
  const cut = caption !== undefined && !CAPTION_END.test(caption);
  const leadStart = caption !== undefined && body.lead.startsWith(caption) ? ", the lead begins with it" : "";
  const captionText = caption === undefined ? "no caption" : `caption "${caption}"${cut ? ` (looks cut short${leadStart})` : ""}`;
  const image = PHOTO_EXTENSIONS.map((extension) => file.replace(/\.[^./\\]*$/, extension)).find((candidate) => existsSync(candidate));
  if (image === undefined) {
    const creditText = credit === undefined ? "no credit" : `credit ${credit}`;
    note("review", `photo not in the wire copy (${creditText}, ${captionText}): add it beside the article, or delete this note`, found.at);
    return "";
  }
  if (caption === undefined) note("review", "the photo has no caption (write its alt text)", found.at);
  else if (cut) note("review", `the photo's ${captionText}`, found.at);
  const name = names.nameFor(image, path.basename(image));
  const title = [caption, credit === undefined ? undefined : `(Image: ${credit})`].filter((part) => part !== undefined).join(" ");
  const titlePart = title === "" ? "" : ` "${title.replace(/["\\]/g, "\\$&")}"`;
  return `![${escapeMarkdownText(caption ?? "")}](${name}${titlePart})`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
