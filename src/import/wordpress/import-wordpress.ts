// Import stage, WordPress: a WXR export's posts as articles — published posts
// (drafts too on request, as drafts), dated by `post_date_gmt`, with their
// slug, author, categories and tags, excerpt, and their old permalink and
// `?p=ID` address as aliases. Every other item is reported, never lost silently.

import { DateTime } from "luxon";
import { slugify } from "../../model/slug";
import { mergeKey } from "../../model/terms";
import { articleUrl } from "../article-url";
import { listInputFiles, readInputText } from "../input-files";
import { LinkMap, sitePath } from "../link-map";
import type { ArticleFields, ImportContext, ImportedArticle, ImporterResult, ImportNote, SkippedItem } from "../types";
import { readWxr, type WxrExport, type WxrItem } from "./read-wxr";
import { convertPost, htmlText, type PostTools } from "./wp-post";
import { Uploads } from "./wp-uploads";

export interface WordPressOptions {
  /** A local copy of the site's wp-content/uploads folder, to bring files along. */
  readonly uploads?: string;
  /** Import drafts, pending and scheduled posts too, as `draft: true`. @default false */
  readonly drafts?: boolean;
  /** The `source` of every post. @default the site title the export gives */
  readonly source?: string;
}

const DRAFT_STATUSES = new Set(["draft", "pending", "future"]);
/** WordPress files every post without a category under this one; it says nothing about the post. */
const DEFAULT_CATEGORY = "uncategorized";
const NO_GMT_DATE = /^0000-00-00/;

export function importWordPress(inputs: readonly string[], context: ImportContext, options: WordPressOptions): ImporterResult {
  const { files, problems } = listInputFiles(inputs, (name) => name.toLowerCase().endsWith(".xml"), context);
  const result = { articles: [] as ImportedArticle[], skipped: [...problems] as SkippedItem[], notes: [] as ImportNote[] };
  for (const file of files) {
    const shown = context.shown(file);
    const read = readInputText(file, context);
    if (!read.ok) {
      result.skipped.push(read.problem);
      continue;
    }
    const wxr = readWxr(read.text);
    if (!wxr.ok) {
      result.skipped.push({ from: { file: shown, line: wxr.line, column: wxr.column }, reason: wxr.message });
      continue;
    }
    importExport(wxr.export, shown, context, options, result);
  }
  return result;
}

interface Planned {
  readonly item: WxrItem;
  readonly fields: ArticleFields;
  readonly notes: ImportNote[];
}

function importExport(
  wxr: WxrExport,
  file: string,
  context: ImportContext,
  options: WordPressOptions,
  result: { articles: ImportedArticle[]; skipped: SkippedItem[]; notes: ImportNote[] },
): void {
  const source = options.source?.trim() || wxr.siteTitle;
  const others = new Map<string, number>();
  const planned: Planned[] = [];
  const links = new LinkMap(wxr.siteUrl);
  for (const item of wxr.items) {
    const skip = (reason: string) => result.skipped.push({ from: { file, line: item.line }, reason });
    if (item.type === "page") {
      skip(`"${htmlText(item.title)}" is a page, not a post: make it a page of the site in pages/ (see README, Adding a page)`);
      continue;
    }
    if (item.type !== "post") {
      others.set(item.type, (others.get(item.type) ?? 0) + 1);
      continue;
    }
    const draft = DRAFT_STATUSES.has(item.status);
    if (item.status !== "publish" && !(draft && options.drafts === true)) {
      skip(draft ? `a ${item.status} post, not published (pass --drafts to import it as a draft)` : `a ${item.status || "status-less"} post, not published: left out`);
      continue;
    }
    if (source === "") {
      skip("source: the export gives no site title; pass --source NAME");
      continue;
    }
    const plan = planPost(item, { file, wxr, source, draft, zone: context.zone });
    if ("reason" in plan) {
      skip(plan.reason);
      continue;
    }
    const placed = articleUrl(plan.fields, context.zone);
    if (placed.ok) for (const alias of [item.link, `/?p=${item.id}`]) links.add(alias, placed.url);
    planned.push(plan);
  }

  const tools: PostTools = {
    context,
    file,
    wxr,
    links,
    uploads: new Uploads(options.uploads),
    attachments: new Map(wxr.items.filter((item) => item.type === "attachment").map((item) => [item.id, item])),
    leftOnOldSite: new Set(),
  };
  for (const plan of planned) result.articles.push(convertPost(plan.item, plan.fields, plan.notes, tools));

  const at = { file };
  if (planned.length > 0 && options.source === undefined) result.notes.push({ kind: "note", at, message: `source: the site title "${source}" (pass --source to choose another)` });
  for (const [type, count] of [...others].sort()) {
    result.notes.push({ kind: "note", at, message: `left out ${count} item${count === 1 ? "" : "s"} of type \`${type || "none"}\` (not posts)` });
  }
  if (tools.leftOnOldSite.size > 0) {
    const count = tools.leftOnOldSite.size;
    result.notes.push({ kind: "note", at, message: `${count} uploaded file${count === 1 ? " is" : "s are"} left at the old site's address; pass --uploads DIR (a copy of wp-content/uploads) to bring them beside the articles` });
  }
}

/** The front matter of a post, from its metadata; or why it cannot be imported. */
function planPost(
  item: WxrItem,
  site: { readonly file: string; readonly wxr: WxrExport; readonly source: string; readonly draft: boolean; readonly zone: string },
): Planned | { reason: string } {
  const notes: ImportNote[] = [];
  const at = { file: site.file, line: item.line };
  const date = postDate(item, site.zone);
  if (date === undefined) return { reason: "date: the post has no valid post_date_gmt, pubDate or post_date" };
  if (date.note !== undefined) notes.push({ kind: "review", at, message: date.note });

  let title = htmlText(item.title);
  if (title === "") {
    title = `Untitled post ${item.id}`;
    notes.push({ kind: "review", at, message: "the post has no title (write one)" });
  }
  const slug = slugify(safeDecode(item.name)) || slugify(title) || `post-${item.id}`;
  const tags: string[] = [];
  for (const term of item.terms) {
    if (term.domain !== "category" && term.domain !== "post_tag") {
      notes.push({ kind: "note", at, message: `left out the ${term.domain} term "${htmlText(term.name)}" (only categories and tags become topics)` });
    } else if (term.domain === "category" && (term.nicename === DEFAULT_CATEGORY || mergeKey(term.name) === DEFAULT_CATEGORY)) {
      notes.push({ kind: "note", at, message: "left out the default category Uncategorized" });
    } else {
      const name = htmlText(term.name);
      if (name !== "" && !tags.some((tag) => mergeKey(tag) === mergeKey(name))) tags.push(name);
    }
  }
  const summary = htmlText(item.excerpt);
  const author = site.wxr.authors.get(item.creator) ?? item.creator;
  const aliases = [...new Set([item.link === "" ? undefined : sitePath(item.link, site.wxr.siteUrl), `/?p=${item.id}`])].filter(
    (alias): alias is string => alias !== undefined && alias !== "/",
  );
  const fields: ArticleFields = {
    title,
    date: date.value,
    source: site.source,
    ...(author === "" ? {} : { author }),
    tags,
    ...(summary === "" ? {} : { summary }),
    slug,
    aliases,
    ...(site.draft ? { draft: true } : {}),
  };
  return { item, fields, notes };
}

/** `post_date_gmt` in the site timezone; else `pubDate`; else `post_date`, a wall time in a timezone the export does not state. */
function postDate(item: WxrItem, zone: string): { value: string; note?: string } | undefined {
  const iso = (date: DateTime) => date.setZone(zone).toISO({ suppressMilliseconds: true }) ?? undefined;
  if (item.postDateGmt !== "" && !NO_GMT_DATE.test(item.postDateGmt)) {
    const gmt = DateTime.fromSQL(item.postDateGmt, { zone: "UTC" });
    if (gmt.isValid) return { value: iso(gmt)! };
  }
  const published = DateTime.fromRFC2822(item.pubDate, { setZone: true });
  if (published.isValid && published.year > 1) return { value: iso(published)! };
  const local = DateTime.fromSQL(item.postDate, { zone });
  if (!local.isValid || local.year < 1) return undefined;
  return {
    value: local.toISO({ suppressMilliseconds: true, includeOffset: false })!,
    note: "date from post_date, the WordPress site's own clock, in a timezone the export does not state (the site timezone was assumed)",
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
