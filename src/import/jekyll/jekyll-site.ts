// Import stage, Jekyll: a Jekyll site's `_posts` as the static-site importer
// reads them — `YYYY-MM-DD-title.md` files (the date and name from the file
// name), the site's `_config.yml` (title, url, baseurl, permalink) and the
// old address of each post by Jekyll's permalink rules.

import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { load as loadYaml } from "js-yaml";
import { listInputFiles } from "../input-files";
import { expandPermalink, urlize } from "../static-site/permalinks";
import type { PermalinkPost, PostSource, SiteSource, StaticSiteFlavour } from "../static-site/static-site";
import type { ImportContext, ImportNote, SkippedItem } from "../types";
import { isoDate } from "../wire/wire-dates";
import { convertLiquid, refName } from "./liquid";

const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(?:md|markdown|html)$/i;
const POST_EXTENSION = /\.(?:md|markdown|html)$/i;
/** Jekyll's named permalink styles. */
const STYLES: Readonly<Record<string, string>> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

interface JekyllConfig {
  readonly title?: string;
  readonly url?: string;
  readonly baseurl?: string;
  readonly permalink?: string;
}

export const jekyll: StaticSiteFlavour = {
  wordLists: true,
  read: readJekyllSite,
  convertTemplates: convertLiquid,
};

function readJekyllSite(inputs: readonly string[], context: ImportContext): SiteSource {
  const first = path.resolve(inputs[0] ?? ".");
  const postsDir = existsSync(path.join(first, "_posts")) ? path.join(first, "_posts") : first;
  const root = path.dirname(postsDir);
  const notes: ImportNote[] = [];
  const config = readConfig(root, context, notes);
  const { files, problems } = listInputFiles(
    inputs.map((input) => (path.resolve(input) === first ? postsDir : input)),
    (name) => POST_EXTENSION.test(name),
    context,
  );
  const skipped: SkippedItem[] = [...problems];
  const posts: PostSource[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const match = POST_NAME.exec(name);
    const fileDate = match === null ? undefined : isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (match === null || fileDate === undefined) {
      skipped.push({ from: { file: context.shown(file) }, reason: "not a post: Jekyll names post files YYYY-MM-DD-title.md, with a real date" });
      continue;
    }
    const stem = refName(name);
    const inFolder = path.relative(postsDir, file).split(path.sep).join("/");
    posts.push({ file, fileDate, fileSlug: match[4]!, refs: [stem, refName(inFolder)] });
  }
  const baseurl = (config.baseurl ?? "").replace(/\/+$/, "");
  const pattern = STYLES[config.permalink ?? "date"] ?? config.permalink ?? STYLES.date!;
  return {
    posts,
    skipped,
    notes,
    ...(config.url === undefined ? {} : { siteUrl: config.url }),
    ...(config.title === undefined ? {} : { siteTitle: config.title }),
    siteRoot: root,
    fileRoots: [root],
    oldAddress: (post) => {
      const expanded = expandPermalink(pattern, permalinkValues(post));
      if (!expanded.ok) return { problem: `no old address kept: the permalink ${pattern} uses ${expanded.unknown.join(", ")}, which this import does not fill` };
      return { path: `${baseurl}${expanded.path}` };
    },
  };
}

function permalinkValues({ post, date, slug, categories }: PermalinkPost): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, "0");
  const title = slug ?? post.fileSlug;
  return {
    year: String(date.year),
    short_year: pad(date.year % 100),
    month: pad(date.month),
    i_month: String(date.month),
    day: pad(date.day),
    i_day: String(date.day),
    y_day: String(date.ordinal).padStart(3, "0"),
    title,
    slug: urlize(title),
    categories: categories.map(urlize).join("/"),
    output_ext: ".html",
  };
}

function readConfig(root: string, context: ImportContext, notes: ImportNote[]): JekyllConfig {
  const file = path.join(root, "_config.yml");
  if (!existsSync(file) || !statSync(file).isFile()) return {};
  try {
    const data = loadYaml(readFileSync(file, "utf8"));
    if (data === null || typeof data !== "object") return {};
    const text = (key: string) => {
      const value = (data as Record<string, unknown>)[key];
      return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
    };
    return { title: text("title"), url: text("url"), baseurl: text("baseurl"), permalink: text("permalink") };
  } catch (error) {
    notes.push({ kind: "note", at: { file: context.shown(file) }, message: `the site's settings cannot be read (${(error as Error).message.split("\n")[0]}): no title, address or permalink from them` });
    return {};
  }
}
