// Import stage, Jekyll and Hugo: turns a static site's posts into articles —
// front matter mapped, the date from the file name where front matter has
// none, the old addresses kept as aliases — then converts each body, with
// links between posts pointed at their new URLs and its files brought along.

import { parseContentDate } from "../../content/dates";
import { slugify } from "../../model/slug";
import { articleUrl } from "../article-url";
import { readInputText } from "../input-files";
import { LinkMap, sitePath } from "../link-map";
import type { ArticleFields, ImportContext, ImportedArticle, ImporterResult, ImportNote, InputPlace } from "../types";
import { mapFrontMatter } from "./map-front-matter";
import { readPostFile } from "./post-file";
import type { PostSource, SiteSource, StaticSiteFlavour } from "./static-site";
import { convertStaticBody, type BodyTools } from "./static-body";

export interface StaticSiteOptions {
  /** The `source` of every post; otherwise a post's own `source`, else the site's title. */
  readonly source?: string;
  /** Import drafts too, as `draft: true`. @default false */
  readonly drafts?: boolean;
}

export interface PlannedPost {
  readonly post: PostSource;
  /** The post's address on the old site, which its relative links are relative to. */
  readonly oldPath?: string;
  readonly fields: ArticleFields;
  readonly body: string;
  readonly bodyLine: number;
  readonly notes: ImportNote[];
}

export function importStaticSite(flavour: StaticSiteFlavour, inputs: readonly string[], context: ImportContext, options: StaticSiteOptions): ImporterResult {
  const site = flavour.read(inputs, context);
  const skipped = [...site.skipped];
  const links = new LinkMap(site.siteUrl);
  const byRef = new Map<string, string>();
  const byFile = new Map<string, string>();
  const planned: PlannedPost[] = [];
  for (const post of site.posts) {
    const plan = planPost(post, site, flavour, context, options);
    if ("reason" in plan) {
      skipped.push({ from: plan.from, reason: plan.reason });
      continue;
    }
    const placed = articleUrl(plan.fields, context.zone);
    if (placed.ok) {
      for (const alias of plan.fields.aliases) links.add(alias, placed.url);
      for (const ref of post.refs) if (!byRef.has(ref)) byRef.set(ref, placed.url);
      byFile.set(post.file, placed.url);
    }
    planned.push(plan);
  }
  const tools: BodyTools = { context, site, links, byRef, byFile, newUrls: new Set(byFile.values()), flavour };
  const articles: ImportedArticle[] = planned.map((plan) => convertStaticBody(plan, tools));
  return { articles, skipped, notes: site.notes };
}

function planPost(
  post: PostSource,
  site: SiteSource,
  flavour: StaticSiteFlavour,
  context: ImportContext,
  options: StaticSiteOptions,
): PlannedPost | { from: InputPlace; reason: string } {
  const file = context.shown(post.file);
  const read = readInputText(post.file, context);
  if (!read.ok) return { from: read.problem.from, reason: read.problem.reason };
  const parsed = readPostFile(read.text);
  if (!parsed.ok) return { from: { file, line: parsed.line }, reason: parsed.message };
  const { data, body, bodyLine } = parsed.post;
  const mapped = mapFrontMatter(data, flavour.wordLists);
  const notes: ImportNote[] = [];
  const at = { file, line: 1 };
  const review = (message: string) => notes.push({ kind: "review", at, message });
  const note = (message: string) => notes.push({ kind: "note", at, message });
  for (const problem of mapped.problems) review(`${problem} (left out)`);
  if (mapped.leftOut.length > 0) note(`left out front-matter keys this site has no use for: ${mapped.leftOut.join(", ")}`);

  if (mapped.draft && options.drafts !== true) return { from: at, reason: "a draft (pass --drafts to import it as a draft)" };
  const date = postDate(mapped.date, post.fileDate, context.zone, note);
  if (date === undefined) return { from: at, reason: "date: front matter has no date and the file name none (name it YYYY-MM-DD-title.md, or add `date:`)" };
  const when = parseContentDate(date, context.zone);
  if (!when.ok) return { from: at, reason: `date: ${when.message}` };
  const source = options.source?.trim() || mapped.source || site.siteTitle;
  if (source === undefined || source === "") return { from: at, reason: "source: the post names no source and the site no title; pass --source NAME" };
  let title = mapped.title;
  if (title === undefined) {
    title = /^#\s+(.+)$/m.exec(body)?.[1]?.trim() || post.fileSlug.replace(/[-_]+/g, " ");
    review("the post has no title: it was made from its first heading or file name (write the real one)");
  }
  const updated = mapped.updated !== undefined && parseContentDate(mapped.updated, context.zone).ok ? mapped.updated : undefined;
  if (mapped.updated !== undefined && updated === undefined) note(`left out the update date \`${mapped.updated}\`, which is not a date`);

  const slug = slugify(mapped.slug ?? post.fileSlug) || slugify(title) || "article";
  const old = site.oldAddress({ post, date: when.date, slug: mapped.slug, title, categories: mapped.categories });
  if ("problem" in old) note(old.problem);
  const aliases = [...new Set([...mapped.oldAddresses, ...("path" in old ? [old.path] : [])].map((address) => sitePath(address, site.siteUrl)).filter(isAlias))];
  const fields: ArticleFields = {
    title,
    date,
    ...(updated === undefined ? {} : { updated }),
    source,
    ...(mapped.author === undefined ? {} : { author: mapped.author }),
    tags: mapped.tags,
    ...(mapped.summary === undefined ? {} : { summary: mapped.summary }),
    slug,
    aliases,
    ...(mapped.draft ? { draft: true } : {}),
  };
  const oldPath = "path" in old ? old.path : aliases[0];
  return { post, ...(oldPath === undefined ? {} : { oldPath }), fields, body, bodyLine, notes };
}

/** Front matter's date when it is one; else the file name's, saying why. */
function postDate(given: string | undefined, fileDate: string | undefined, zone: string, note: (message: string) => void): string | undefined {
  if (given !== undefined && parseContentDate(given, zone).ok) return given;
  if (given !== undefined && fileDate !== undefined) note(`the date \`${given}\` is not a date; the file name's ${fileDate} was used`);
  return fileDate;
}

function isAlias(alias: string | undefined): alias is string {
  return alias !== undefined && alias !== "/" && alias !== "";
}

