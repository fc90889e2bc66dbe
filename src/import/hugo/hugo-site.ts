// Import stage, Hugo: a Hugo content folder as the static-site importer reads
// it — pages and leaf bundles (`post/index.md` with its files), section pages
// (`_index.md`) left out, the site's configuration (title, baseURL,
// permalinks) and the old address of each page by Hugo's rules.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { load as loadYaml } from "js-yaml";
import { parse as parseToml } from "smol-toml";
import { compareCodePoints } from "../../model/sort";
import { expandPermalink, urlize } from "../static-site/permalinks";
import type { PermalinkPost, PostSource, SiteSource, StaticSiteFlavour } from "../static-site/static-site";
import type { ImportContext, ImportNote, SkippedItem } from "../types";
import { convertShortcodes, refName } from "./shortcodes";

const PAGE = /\.(?:md|markdown|html)$/i;
const BUNDLE_INDEX = /^index\.(?:md|markdown|html)$/i;
const SECTION_INDEX = /^_index\.(?:md|markdown|html)$/i;
const CONFIG_FILES = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

interface HugoConfig {
  readonly title?: string;
  readonly baseURL?: string;
  /** Section → permalink pattern. */
  readonly permalinks: ReadonlyMap<string, string>;
}

export const hugo: StaticSiteFlavour = {
  wordLists: false,
  read: readHugoSite,
  convertTemplates: convertShortcodes,
};

function readHugoSite(inputs: readonly string[], context: ImportContext): SiteSource {
  const first = path.resolve(inputs[0] ?? ".");
  const contentRoot = contentFolderOf(first);
  const siteRoot = path.dirname(contentRoot);
  const notes: ImportNote[] = [];
  const skipped: SkippedItem[] = [];
  const config = readConfig(siteRoot, context, notes);
  const posts: PostSource[] = [];
  let sectionPages = 0;
  for (const input of inputs.map((item) => path.resolve(item))) {
    if (!existsSync(input)) {
      skipped.push({ from: { file: context.shown(input) }, reason: "cannot read the input: no such file or folder" });
      continue;
    }
    for (const file of pageFiles(input)) {
      if (SECTION_INDEX.test(path.basename(file))) {
        sectionPages++;
        continue;
      }
      const bundleDir = BUNDLE_INDEX.test(path.basename(file)) ? path.dirname(file) : undefined;
      const named = bundleDir ?? file.replace(PAGE, "");
      const inContent = path.relative(contentRoot, named).split(path.sep).join("/");
      posts.push({ file, ...(bundleDir === undefined ? {} : { bundleDir }), fileSlug: path.basename(named), refs: [inContent, path.basename(named)] });
    }
  }
  if (sectionPages > 0) {
    notes.push({ kind: "note", at: { file: context.shown(first) }, message: `left out ${sectionPages} section page${sectionPages === 1 ? "" : "s"} (_index.md): the archive makes its own lists` });
  }
  return {
    posts,
    skipped,
    notes,
    ...(config.baseURL === undefined ? {} : { siteUrl: config.baseURL }),
    ...(config.title === undefined ? {} : { siteTitle: config.title }),
    siteRoot,
    fileRoots: [path.join(siteRoot, "static")],
    oldAddress: (post) => oldAddress(post, contentRoot, config),
  };
}

/** Hugo's address for a page: its section's permalink pattern, else its path in the content folder with the slug last. */
function oldAddress(page: PermalinkPost, contentRoot: string, config: HugoConfig): { path: string } | { problem: string } {
  const named = page.post.bundleDir ?? page.post.file;
  const folders = path.relative(contentRoot, path.dirname(named)).split(path.sep).filter((part) => part !== "" && part !== ".");
  const section = folders[0] ?? "";
  const pattern = config.permalinks.get(section);
  const slug = page.slug === undefined ? undefined : urlize(page.slug);
  if (pattern === undefined) return { path: `/${[...folders, slug ?? urlize(page.post.fileSlug)].join("/")}/` };
  const pad = (n: number) => String(n).padStart(2, "0");
  const expanded = expandPermalink(pattern, {
    year: String(page.date.year),
    month: pad(page.date.month),
    monthname: page.date.setLocale("en").toFormat("LLLL").toLowerCase(),
    day: pad(page.date.day),
    weekday: String(page.date.weekday % 7),
    weekdayname: page.date.setLocale("en").toFormat("cccc").toLowerCase(),
    yearday: String(page.date.ordinal),
    section,
    sections: folders.join("/"),
    title: urlize(page.title),
    slug: slug ?? urlize(page.title),
    filename: urlize(page.post.fileSlug),
    contentbasename: urlize(page.post.fileSlug),
    slugorfilename: slug ?? urlize(page.post.fileSlug),
    slugorcontentbasename: slug ?? urlize(page.post.fileSlug),
  });
  return expanded.ok ? { path: expanded.path } : { problem: `no old address kept: the permalink ${pattern} uses ${expanded.unknown.join(", ")}, which this import does not fill` };
}

/** Page files under `input`; the other Markdown files of a leaf bundle are its resources, not pages. */
function pageFiles(input: string): string[] {
  if (!isFolder(input)) return [input];
  const entries = readdirSync(input, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => compareCodePoints(a.name, b.name));
  const index = entries.find((entry) => entry.isFile() && BUNDLE_INDEX.test(entry.name));
  if (index !== undefined) return [path.join(input, index.name)];
  return entries.flatMap((entry) => {
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.isFile() && PAGE.test(entry.name) ? [full] : [];
  });
}

/** The folder named `content` that holds `input`, or `input` itself when none does. */
function contentFolderOf(input: string): string {
  for (let folder = isFolder(input) ? input : path.dirname(input); ; folder = path.dirname(folder)) {
    if (path.basename(folder) === "content") return folder;
    if (path.dirname(folder) === folder) return isFolder(input) ? input : path.dirname(input);
  }
}

function readConfig(siteRoot: string, context: ImportContext, notes: ImportNote[]): HugoConfig {
  const name = CONFIG_FILES.find((candidate) => existsSync(path.join(siteRoot, candidate)));
  if (name === undefined) return { permalinks: new Map() };
  const file = path.join(siteRoot, name);
  let data: Record<string, unknown>;
  try {
    const text = readFileSync(file, "utf8");
    const parsed: unknown = name.endsWith(".toml") ? parseToml(text) : name.endsWith(".json") ? JSON.parse(text) : loadYaml(text);
    data = parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    notes.push({ kind: "note", at: { file: context.shown(file) }, message: `the site's settings cannot be read (${(error as Error).message.split("\n")[0]}): no title, address or permalinks from them` });
    return { permalinks: new Map() };
  }
  const text = (key: string) => (typeof data[key] === "string" && (data[key] as string).trim() !== "" ? (data[key] as string).trim() : undefined);
  const permalinks = new Map<string, string>();
  const given = data.permalinks as Record<string, unknown> | undefined;
  const pages = given !== null && typeof given?.page === "object" ? (given.page as Record<string, unknown>) : given;
  for (const [section, pattern] of Object.entries(pages ?? {})) if (typeof pattern === "string") permalinks.set(section, pattern);
  return { title: text("title"), baseURL: text("baseURL") ?? text("baseurl"), permalinks };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
