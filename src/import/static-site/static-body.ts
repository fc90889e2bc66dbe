// Import stage, Jekyll and Hugo: one post's body as the article's — template
// syntax written out or reported at its line, links to other posts pointed
// at their new URLs, the files it shows (and a bundle's other files) brought
// beside it; nothing outside the site's folder is ever copied.

import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { BundleNames, isArticleFileName } from "../bundle-names";
import { htmlToMarkdown } from "../html/html-to-markdown";
import type { LinkMap } from "../link-map";
import type { ImportContext, ImportedArticle } from "../types";
import type { PlannedPost } from "./import-static-site";
import { rewriteMarkdownAddresses } from "./markdown-links";
import type { SiteSource, StaticSiteFlavour } from "./static-site";

export interface BodyTools {
  readonly context: ImportContext;
  readonly site: SiteSource;
  readonly links: LinkMap;
  /** A post's reference name → its new URL. */
  readonly byRef: ReadonlyMap<string, string>;
  /** A post's file (absolute) → its new URL. */
  readonly byFile: ReadonlyMap<string, string>;
  /** Every imported post's new URL: a link template syntax already pointed at one stays. */
  readonly newUrls: ReadonlySet<string>;
  readonly flavour: StaticSiteFlavour;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;
/** Stands in for the old site's address when reading a relative link against a post's old path. */
const OLD_SITE = "http://old.invalid";

export function convertStaticBody(plan: PlannedPost, tools: BodyTools): ImportedArticle {
  const { post } = plan;
  const file = tools.context.shown(post.file);
  const notes = plan.notes;
  const at = (line: number) => ({ file, line: plan.bodyLine + line });
  const review = (message: string, line: number) => notes.push({ kind: "review", at: at(line), message });
  const note = (message: string, line: number) => notes.push({ kind: "note", at: at(line), message });

  const templates = tools.flavour.convertTemplates(plan.body, (ref) => tools.byRef.get(ref));
  for (const problem of templates.problems) (problem.review ? review : note)(problem.message, problem.line);

  const names = new BundleNames();
  let rewritten = 0;
  const folder = path.dirname(post.file);
  // Links and images are found and kept alike here: an image of the old site is a file like any other.
  const rewrite = (address: string, line: number): string => {
    if (address === "" || address.startsWith("#") || address.startsWith("mailto:") || address.startsWith("tel:")) return address;
    const [bare = "", hash = ""] = splitHash(address);
    if (tools.newUrls.has(bare)) return address;
    if (SCHEME.test(address) || address.startsWith("/")) {
      const target = tools.links.resolve(address);
      if (target.kind === "article") {
        rewritten++;
        return target.url;
      }
      if (target.kind === "elsewhere") return address;
      const found = target.rootRelative ? findFile(tools.site.fileRoots, decode(bare), tools.site.siteRoot) : undefined;
      if (found !== undefined) return names.nameFor(found, path.basename(found)) + hash;
      if (!target.rootRelative) {
        note(`kept a link to the old site: ${target.path}`, line);
        return address;
      }
      // Pointed at the old site, where it still works while that site lives, rather than at nothing here.
      const onOldSite = tools.site.siteUrl === undefined ? address : new URL(address, tools.site.siteUrl).href;
      review(`${target.path} is neither among the old site's files nor an imported post: the link now points at the old site (give it its new place)`, line);
      return onOldSite;
    }
    // A relative link is relative to the post's old address, as a browser read it there.
    const onOldSite = plan.oldPath === undefined ? undefined : tools.links.resolve(new URL(address, new URL(plan.oldPath, OLD_SITE)).href.slice(OLD_SITE.length));
    if (onOldSite?.kind === "article") {
      rewritten++;
      return onOldSite.url;
    }
    const local = path.resolve(folder, decode(bare.split("?")[0]!));
    const url = tools.byFile.get(local) ?? tools.byFile.get(path.join(local, "index.md"));
    if (url !== undefined) {
      rewritten++;
      return url + hash;
    }
    if (isFileInside(local, tools.site.siteRoot) && !isArticleFileName(local)) return names.nameFor(local, path.basename(local)) + hash;
    review(`\`${address}\` was not found beside the post, or lies outside the site (it is kept as written)`, line);
    return address;
  };

  let body: string;
  if (/\.html?$/i.test(post.file)) {
    const html = htmlToMarkdown(templates.body, { allowedIframeHosts: tools.context.allowedIframeHosts, rewrite: (address) => rewrite(address, 0) });
    for (const problem of html.problems) (problem.review ? review : note)(problem.message, 0);
    for (const kept of html.kept) note(`kept as HTML: ${kept}`, 0);
    body = html.markdown;
  } else {
    body = rewriteMarkdownAddresses(templates.body, (address, _use, line) => rewrite(address, line)).trim();
  }
  if (post.bundleDir !== undefined) {
    for (const resource of filesIn(post.bundleDir)) {
      if (isArticleFileName(resource)) note(`left out ${path.relative(post.bundleDir, resource)}: a Markdown file in a bundle is not an article of its own`, 0);
      else names.nameFor(resource, path.basename(resource));
    }
  }
  if (rewritten > 0) note(`pointed ${rewritten === 1 ? "1 link" : `${rewritten} links`} to other imported posts at their new URLs`, 0);
  return { from: { file }, fields: plan.fields, body, files: names.files, notes };
}

/** A site-relative path in the first folder that has it, inside the site. */
function findFile(roots: readonly string[], sitePath: string, siteRoot: string): string | undefined {
  return roots.map((root) => path.join(root, sitePath)).find((candidate) => isFileInside(candidate, siteRoot));
}

function isFileInside(file: string, root: string): boolean {
  const resolved = path.resolve(file);
  return resolved.startsWith(`${path.resolve(root)}${path.sep}`) && existsSync(resolved) && statSync(resolved).isFile();
}

/** Every file under a bundle folder but the post itself, in name order. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && !/^index\.(?:md|markdown|html?)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function splitHash(address: string): [string, string] {
  const at = address.indexOf("#");
  return at === -1 ? [address, ""] : [address.slice(0, at), address.slice(at)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
