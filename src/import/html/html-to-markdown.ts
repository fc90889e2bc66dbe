// Import stage, HTML bodies: an imported post's HTML as Markdown, with
// turndown (a well-kept converter). What Markdown cannot say — tables it
// cannot write, figures with more than an image, embeds, video and audio,
// superscripts — is kept as HTML, passed through the site's own sanitizer,
// and listed for the report.

import { createDocument, type DomElement } from "@mixmark-io/domino";
import TurndownService from "turndown";
import { describeNote } from "../../markdown/body-notes";
import { createSanitizer } from "../../markdown/sanitize";
import { prepareHtml, type HtmlProblem, type PrepareOptions } from "./prepare-html";
import { addTableRules } from "./table-rules";

/** Elements written as HTML: Markdown has no form for them. */
const KEPT = new Set(["TABLE", "FIGURE", "IFRAME", "VIDEO", "AUDIO", "SUP", "SUB", "MARK", "INS", "DETAILS", "DL", "ABBR"]);
const WHY_KEPT: Readonly<Record<string, string>> = {
  TABLE: "a table Markdown cannot write (merged cells, a caption, blocks in cells, or no header row)",
  FIGURE: "a figure Markdown cannot write (a caption on something other than one image)",
};

export interface HtmlResult {
  readonly markdown: string;
  /** What was not brought over as it was. */
  readonly problems: readonly HtmlProblem[];
  /** What was kept as HTML, in words. */
  readonly kept: readonly string[];
}

export function htmlToMarkdown(html: string, options: PrepareOptions): HtmlResult {
  const doc = createDocument(`<!doctype html><html><body>${html}</body></html>`);
  const problems = prepareHtml(doc, options);
  const kept: string[] = [];
  const sanitize = createSanitizer(options.allowedIframeHosts);
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "*",
    br: "\\",
    keepReplacement: (_content, node) => {
      const element = node as unknown as DomElement;
      kept.push(WHY_KEPT[element.nodeName] ?? `<${element.nodeName.toLowerCase()}>`);
      // A blank line would end an HTML block in Markdown, so the kept HTML has none.
      const sanitized = sanitize(element.outerHTML);
      for (const removal of sanitized.removals) problems.push({ message: describeNote(removal.note), review: false });
      const markup = sanitized.html.replace(/\n\s*\n/g, "\n");
      return isBlockElement(element) ? `\n\n${markup}\n\n` : markup;
    },
  });
  addTableRules(service);
  service.keep((node) => KEPT.has((node as unknown as DomElement).nodeName));
  const markdown = service.turndown(doc.body as unknown as TurndownService.Node).trim();
  return { markdown, problems, kept: [...new Set(kept)] };
}

function isBlockElement(element: DomElement): boolean {
  return ["TABLE", "FIGURE", "IFRAME", "VIDEO", "AUDIO", "DETAILS", "DL"].includes(element.nodeName);
}
