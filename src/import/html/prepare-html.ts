// Import stage, HTML bodies: the pass over an imported post's HTML before it
// becomes Markdown — URLs rewritten (links to the new articles, images to
// the files beside them), what the site would refuse taken out or turned
// into a link, a captioned figure made a titled image. Every such change is
// listed, so the report can say what was not brought over as it was.

import type { DomDocument, DomElement, DomNode } from "@mixmark-io/domino";
import { allowsUrl } from "../../markdown/url-policy";
import { quoted } from "../text-position";

export type UrlUse = "link" | "media";

export interface PrepareOptions {
  /** Hosts whose iframes may stay (the site's `allowedIframeHosts`). */
  readonly allowedIframeHosts: readonly string[];
  /** The URL to write for one found in the HTML (unchanged when it needs no rewriting). */
  readonly rewrite: (url: string, use: UrlUse) => string;
}

/** Elements no article may hold, dropped with what is inside them: none of it is meant to be read. */
const DROPPED = ["script", "style", "noscript", "template", "form", "object", "embed", "applet", "svg", "math", "input", "button", "select", "textarea", "link", "meta", "base"];
const MEDIA_ATTRIBUTES: readonly [string, string][] = [
  ["img", "src"],
  ["source", "src"],
  ["video", "src"],
  ["video", "poster"],
  ["audio", "src"],
  ["track", "src"],
];
const COMMENT_NODE = 8;
const SHOW_COMMENT = 0x80;

/** Something not kept as it was; `review` when a person may want to put it right. */
export interface HtmlProblem {
  readonly message: string;
  readonly review: boolean;
}

/** Changes the document in place; returns what was not kept as it was. */
export function prepareHtml(doc: DomDocument, options: PrepareOptions): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const note = (message: string) => problems.push({ message, review: false });
  const review = (message: string) => problems.push({ message, review: true });
  removeComments(doc);
  for (const tag of DROPPED) {
    const found = elements(doc.body, tag);
    for (const element of found) element.remove();
    if (found.length > 0) note(`dropped ${count(found.length, `<${tag}> element`)} (not allowed in articles)`);
  }
  for (const iframe of elements(doc.body, "iframe")) {
    const problem = embedOrLink(doc, iframe, options.allowedIframeHosts);
    if (problem !== undefined) review(problem);
  }

  for (const anchor of elements(doc.body, "a[href]")) {
    const href = anchor.getAttribute("href")!.trim();
    if (!allowsUrl(href, "link")) {
      anchor.removeAttribute("href");
      note(`removed a link to \`${quoted(href)}\` (only http, https, mailto and tel links are allowed), its text is kept`);
    } else {
      anchor.setAttribute("href", options.rewrite(href, "link"));
    }
  }
  for (const [tag, attribute] of MEDIA_ATTRIBUTES) {
    for (const element of elements(doc.body, `${tag}[${attribute}]`)) {
      const url = element.getAttribute(attribute)!.trim();
      if (allowsUrl(url, "media")) {
        element.setAttribute(attribute, options.rewrite(url, "media"));
      } else {
        review(`dropped ${tag === "img" ? "an image" : `a <${tag}> source`} from \`${quoted(url)}\` (only http and https sources are allowed)`);
        if (tag === "img") element.remove();
        else element.removeAttribute(attribute);
      }
    }
  }
  const sized = elements(doc.body, "img[srcset], source[srcset]");
  for (const element of sized) {
    element.removeAttribute("srcset");
    element.removeAttribute("sizes");
  }
  if (sized.length > 0) note(`left out the other sizes (srcset) of ${count(sized.length, "image")}: they are files of the old site`);
  for (const figure of elements(doc.body, "figure")) titledImage(doc, figure);
  return problems;
}

/** An iframe from an allowed host stays; any other becomes a link to what it showed, so nothing is lost. */
function embedOrLink(doc: DomDocument, iframe: DomElement, allowedHosts: readonly string[]): string | undefined {
  const src = iframe.getAttribute("src")?.trim() ?? "";
  const host = hostOf(src);
  if (host !== undefined && allowedHosts.includes(host)) return undefined;
  if (host === undefined) {
    iframe.remove();
    return `dropped an embed without an http(s) address (\`${quoted(src)}\`)`;
  }
  const link = doc.createElement("a");
  link.setAttribute("href", src);
  link.textContent = `Embedded content from ${host}`;
  const paragraph = doc.createElement("p");
  paragraph.appendChild(link);
  iframe.replaceWith(paragraph);
  return `turned an embed from ${host} into a link (list the host in allowedIframeHosts of site.config.json to keep such embeds)`;
}

/**
 * `<figure><img><figcaption>…</figcaption></figure>` (the image perhaps inside a link to itself)
 * becomes an image whose title is the caption: `![alt](photo.jpg "caption")`. A figure holding
 * anything else with a caption stays a figure.
 */
function titledImage(doc: DomDocument, figure: DomElement): void {
  const images = elements(figure, "img");
  const captions = elements(figure, "figcaption");
  // A figure that only wraps something (a block editor's table or embed) is just that thing.
  if (images.length === 0 && captions.length === 0) {
    figure.replaceWith(...Array.from(figure.childNodes));
    return;
  }
  if (images.length !== 1 || captions.length > 1) return;
  const image = images[0]!;
  const caption = captions[0]?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const rest = (figure.textContent ?? "").replace(/\s+/g, " ").trim();
  if (rest !== caption || elements(figure, "iframe, video, audio, table, blockquote, ul, ol").length > 0) return;
  const replacement = doc.createElement("img");
  replacement.setAttribute("src", image.getAttribute("src") ?? "");
  replacement.setAttribute("alt", image.getAttribute("alt")?.trim() || caption);
  if (caption !== "") replacement.setAttribute("title", caption);
  const paragraph = doc.createElement("p");
  paragraph.appendChild(replacement);
  figure.replaceWith(paragraph);
}

function removeComments(doc: DomDocument): void {
  const walker = doc.createTreeWalker(doc.body, SHOW_COMMENT);
  const comments: DomNode[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (node.nodeType === COMMENT_NODE) comments.push(node);
  for (const comment of comments) comment.remove();
}

export function elements(root: DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}


function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
