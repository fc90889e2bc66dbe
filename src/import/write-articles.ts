// Import stage, file-system edge: writes imported articles into the content
// folder, `<year>/<slug>.md`, or `<year>/<slug>/index.md` with its files beside
// it. Never overwrites: a URL the archive already has, or a file name already
// taken, is left alone. Writes nothing that `check` would refuse; with
// `dryRun`, decides everything and writes nothing.

import { constants, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toDisplayPath } from "../content/load-content";
import { describeOsError, isOsError } from "../file-system-error";
import { articleSlug } from "../model/article-paths";
import { calendarDay } from "../model/calendar";
import { articleText, checkArticleText } from "./article-file";
import { articleUrl } from "./article-url";
import type { ExistingArchive } from "./existing-archive";
import type { ImportedArticle, InputPlace } from "./types";

export interface WriteOptions {
  readonly contentDir: string;
  /** The site timezone: it decides the article's day, hence its URL and year folder. */
  readonly zone: string;
  readonly existing: ExistingArchive;
  /** Decide and report everything, write nothing. @default false */
  readonly dryRun?: boolean;
  /** Paths in messages are shown relative to this folder. @default process.cwd() */
  readonly displayBase?: string;
}

export type WriteOutcome =
  | { readonly kind: "written"; readonly article: ImportedArticle; readonly file: string; readonly url: string }
  /** The archive already has an article at this URL: the import leaves it as it is. */
  | { readonly kind: "exists"; readonly article: ImportedArticle; readonly reason: string }
  | { readonly kind: "skipped"; readonly from: InputPlace; readonly reason: string };

/** A file name is tried with `-2`, `-3` … this many times before the article is given up. */
const MOST_NAME_TRIES = 50;

export function writeArticles(articles: readonly ImportedArticle[], options: WriteOptions): WriteOutcome[] {
  const claimedUrls = new Map<string, InputPlace>();
  const claimedNames = new Set<string>();
  const shown = (relative: string) => toDisplayPath(options.displayBase ?? process.cwd(), path.join(options.contentDir, relative));
  return articles.map((imported): WriteOutcome => {
    let article = imported;
    const skip = (reason: string): WriteOutcome => ({ kind: "skipped", from: article.from, reason });
    const placed = articleUrl(article.fields, options.zone);
    if (!placed.ok) return skip(placed.message);
    const { url } = placed;
    const owner = options.existing.urls.get(url);
    if (owner !== undefined) {
      return { kind: "exists", article, reason: `${url} is ${owner} (an import never overwrites an article)` };
    }
    const rival = claimedUrls.get(url);
    if (rival !== undefined) {
      return skip(`${url} is also the URL of ${placeText(rival)} in this import (give one of them another slug, or import them apart)`);
    }

    // An old address that is the new one needs no alias (WordPress's and Jekyll's date permalinks often are).
    const aliases = article.fields.aliases.filter((alias) => alias.replace(/\/+$/, "") !== url.replace(/\/+$/, ""));
    if (aliases.length !== article.fields.aliases.length) article = { ...article, fields: { ...article.fields, aliases } };
    const year = String(calendarDay(placed.date, options.zone).year).padStart(4, "0");
    const name = freeName(options.contentDir, year, articleSlug(article.fields), claimedNames);
    if (name === undefined) return skip(`no free file name for ${year}/${article.fields.slug} in the content folder`);
    const relative = article.files.length > 0 ? `${year}/${name}/index.md` : `${year}/${name}.md`;
    const text = articleText(article);
    const errors = checkArticleText(text, relative, shown(relative), options.zone).filter((d) => d.severity === "error");
    if (errors.length > 0) return skip(`would not pass \`npm run check\`: ${errors.map((d) => d.message).join("; ")}`);

    claimedUrls.set(url, article.from);
    claimedNames.add(`${year}/${name}`);
    if (options.dryRun !== true) {
      const problem = writeArticle(path.join(options.contentDir, relative), text, article);
      if (problem !== undefined) return skip(`cannot write ${shown(relative)}: ${problem}`);
    }
    return { kind: "written", article, file: shown(relative), url };
  });
}

/** `slug`, else `slug-2`, `slug-3` …: the first name free as both `<name>.md` and `<name>/`. The URL keeps `slug`. */
function freeName(contentDir: string, year: string, slug: string, claimed: ReadonlySet<string>): string | undefined {
  for (let n = 1; n <= MOST_NAME_TRIES; n++) {
    const name = n === 1 ? slug : `${slug}-${n}`;
    const base = path.join(contentDir, year, name);
    if (!claimed.has(`${year}/${name}`) && !existsSync(`${base}.md`) && !existsSync(base)) return name;
  }
  return undefined;
}

/**
 * Writes the file with `wx`, so a file that appeared meanwhile is never replaced. A bundle's
 * folder is made new, its files copied first and the article last; if anything fails, the folder
 * (which did not exist before) is removed again. Returns the problem in words, or undefined.
 */
function writeArticle(target: string, text: string, article: ImportedArticle): string | undefined {
  const bundle = article.files.length > 0 ? path.dirname(target) : undefined;
  try {
    mkdirSync(path.dirname(bundle ?? target), { recursive: true });
    if (bundle !== undefined) mkdirSync(bundle);
    for (const file of article.files) copyFileSync(file.from, path.join(bundle!, file.name), constants.COPYFILE_EXCL);
    writeFileSync(target, text, { flag: "wx" });
    return undefined;
  } catch (error) {
    if (bundle !== undefined && (error as NodeJS.ErrnoException).code !== "EEXIST") rmSync(bundle, { recursive: true, force: true });
    if (!isOsError(error)) throw error;
    return describeOsError(error);
  }
}

export function placeText(place: InputPlace): string {
  return place.line === undefined ? place.file : `${place.file}:${place.line}`;
}
