// Model stage: the articles' old addresses (front matter `aliases`). Each
// becomes a small redirect page at the old path, when a static file can answer
// there, and a line of `/_redirects` for hosts that read it. An old address
// that would take the place of a page or file of the site, or that two
// articles claim, is an error naming both.

import type { Diagnostic } from "../diagnostics";
import { compareCodePoints } from "./sort";
import { pathKey } from "./link-targets";
import type { Redirect } from "./types";

/** An article with its old addresses, as far as redirects need it. */
export interface MovedArticle {
  readonly path: string;
  readonly title: string;
  readonly relativePath: string;
  readonly displayPath: string;
  readonly aliases?: readonly { readonly path: string; readonly query?: string; readonly line: number }[];
}

/** Every old address of `articles`, in file order; one article naming one address twice has it once. */
export function buildRedirects(articles: readonly MovedArticle[]): Redirect[] {
  const redirects: Redirect[] = [];
  const ordered = [...articles].sort((a, b) => compareCodePoints(a.relativePath, b.relativePath));
  for (const article of ordered) {
    const seen = new Set<string>();
    for (const alias of article.aliases ?? []) {
      const key = redirectKey(alias.path, alias.query);
      if (seen.has(key)) continue;
      seen.add(key);
      const outputPath = alias.query === undefined ? aliasOutputPath(alias.path) : undefined;
      redirects.push(
        Object.freeze({
          from: alias.path,
          ...(alias.query === undefined ? {} : { query: alias.query }),
          ...(outputPath === undefined ? {} : { outputPath }),
          to: article.path,
          title: article.title,
          displayPath: article.displayPath,
          line: alias.line,
        }),
      );
    }
  }
  return redirects;
}

/**
 * Where the redirect page for an old path is written: "/old/" and "/old" as "/old/index.html",
 * "/old.html" as itself. Undefined for an old path a static host would not serve as a page
 * ("/story.php", "/feed.rss"): only `/_redirects` can send it on.
 */
export function aliasOutputPath(path: string): string | undefined {
  if (path.endsWith("/")) return `${path}index.html`;
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/\.html?$/i.test(name)) return path;
  if (/\.(?=[A-Za-z0-9]{1,5}$)[0-9]*[A-Za-z]/.test(name)) return undefined;
  return `${path}/index.html`;
}

/**
 * Errors for old addresses that collide: with a file of the site (`outputs`: output path → what it
 * is, e.g. "the article content/2019/a.md" or "the archive's /topics/index.html"), or with an old
 * address of an earlier article (in file order), reported at the later one.
 */
export function redirectCollisions(redirects: readonly Redirect[], outputs: ReadonlyMap<string, string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const claimed = new Map<string, Redirect>();
  for (const redirect of redirects) {
    const error = (clash: string) =>
      diagnostics.push({
        severity: "error",
        file: redirect.displayPath,
        line: redirect.line,
        column: 1,
        message: `aliases: the old address ${shown(redirect)} ${clash}; remove it from one of them`,
      });
    const taken = redirect.outputPath === undefined ? undefined : outputs.get(redirect.outputPath);
    const key = redirectKey(redirect.from, redirect.query);
    const earlier = claimed.get(key);
    if (taken !== undefined) error(`would be written to ${redirect.outputPath}, which is ${taken}`);
    else if (earlier !== undefined) error(`is also an old address of ${earlier.displayPath}`);
    else claimed.set(key, redirect);
  }
  return diagnostics;
}

function shown(redirect: Redirect): string {
  return redirect.query === undefined ? redirect.from : `${redirect.from}?${redirect.query}`;
}

/** "/old/", "/old" and "/old/index.html" are one address; a query makes another. */
function redirectKey(path: string, query: string | undefined): string {
  return query === undefined ? pathKey(path) : `${pathKey(path)}?${query}`;
}
