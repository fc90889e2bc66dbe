// Import stage, WordPress: one post of an export as an article — its HTML
// turned into Markdown with links to other imported posts pointed at their
// new URLs, its uploaded files brought beside it when the uploads folder is
// given, and everything that could not be brought over noted at its line.

import path from "node:path";
import { createDocument } from "@mixmark-io/domino";
import { BundleNames } from "../bundle-names";
import { escapeAttribute, escapeText } from "../html/escape-html";
import { htmlToMarkdown } from "../html/html-to-markdown";
import type { UrlUse } from "../html/prepare-html";
import type { LinkMap } from "../link-map";
import { lineOfOffset } from "../text-position";
import type { ArticleFields, ImportContext, ImportedArticle, ImportNote } from "../types";
import type { WxrExport, WxrItem } from "./read-wxr";
import { wordPressHtml } from "./wp-content";
import type { Uploads } from "./wp-uploads";

export interface PostTools {
  readonly context: ImportContext;
  /** The export file, as shown. */
  readonly file: string;
  readonly wxr: WxrExport;
  readonly links: LinkMap;
  readonly uploads: Uploads;
  readonly attachments: ReadonlyMap<string, WxrItem>;
  /** Counts files left at their old address because no uploads folder was given, for one note on the export. */
  readonly leftOnOldSite: Set<string>;
}

/** `fields` and `notes` already made from the item's metadata; this adds the body, its files and what it noted. */
export function convertPost(item: WxrItem, fields: ArticleFields, notes: ImportNote[], tools: PostTools): ImportedArticle {
  const { context, file } = tools;
  const at = (line = item.line) => ({ file, line });
  const review = (message: string, line?: number) => notes.push({ kind: "review", at: at(line), message });
  const note = (message: string, line?: number) => notes.push({ kind: "note", at: at(line), message });

  const content = wordPressHtml(item.content, (id) => tools.attachments.get(id)?.attachmentUrl || undefined);
  for (const problem of content.problems) review(problem.message, item.contentLine + lineOfOffset(item.content, problem.offset));

  const names = new BundleNames();
  let rewritten = 0;
  const oldSite = (address: string) => absoluteOnOldSite(address, tools.wxr.siteUrl);
  const rewrite = (address: string, use: UrlUse): string => {
    const upload = tools.uploads.find(address);
    if (upload?.file !== undefined) return names.nameFor(upload.file, path.basename(upload.file));
    if (upload !== undefined) {
      if (tools.uploads.dir !== undefined) review(`${upload.relative} is not in the uploads folder, left at its old address`);
      else tools.leftOnOldSite.add(upload.relative);
      return oldSite(address);
    }
    const target = tools.links.resolve(address);
    if (target.kind === "article") {
      rewritten++;
      return target.url;
    }
    if (target.kind === "old-site") {
      const what = use === "media" ? "a file" : "a page";
      if (target.rootRelative) review(`${target.path} is ${what} of the old site, not an imported post: the link now points at the old site (give it its new place)`);
      else note(`kept a link to ${what} of the old site: ${target.path}`);
      return oldSite(address);
    }
    return address;
  };

  const html = htmlToMarkdown(`${featuredImage(item, tools)}${content.html}`, { allowedIframeHosts: context.allowedIframeHosts, rewrite });
  for (const problem of html.problems) (problem.review ? review : note)(problem.message);
  for (const kept of html.kept) note(`kept as HTML: ${kept}`);
  if (rewritten > 0) note(`pointed ${rewritten === 1 ? "1 link" : `${rewritten} links`} to other imported posts at their new URLs`);
  return { from: at(), fields, body: html.markdown, files: names.files, notes };
}

/** The post's featured image as a figure before the text, unless the text already shows that file. */
function featuredImage(item: WxrItem, tools: PostTools): string {
  const attachment = tools.attachments.get(item.meta.get("_thumbnail_id") ?? "");
  const url = attachment?.attachmentUrl ?? "";
  if (attachment === undefined || url === "") return "";
  const relative = tools.uploads.find(url)?.relative;
  const stem = (relative ?? url).replace(/\.[^./]+$/, "");
  if (item.content.includes(stem)) return "";
  const alt = attachment.meta.get("_wp_attachment_image_alt")?.trim() || htmlText(attachment.title);
  const caption = htmlText(attachment.excerpt);
  return `<figure><img src="${escapeAttribute(url)}" alt="${escapeAttribute(alt)}">${caption === "" ? "" : `<figcaption>${escapeText(caption)}</figcaption>`}</figure>`;
}

/** The text of an HTML fragment (a title, an excerpt), entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  return (createDocument(`<!doctype html><html><body>${html}</body></html>`).body.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A site-relative address made absolute on the old site, so it keeps working while that site lives. */
function absoluteOnOldSite(address: string, siteUrl: string): string {
  if (!address.startsWith("/") || address.startsWith("//") || siteUrl === "") return address;
  try {
    return new URL(address, siteUrl).href;
  } catch {
    return address;
  }
}
