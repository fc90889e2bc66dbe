// Import stage, Jekyll: the Liquid in a post's body. What has a plain
// equivalent is written out — `{% post_url %}` and `{% link %}` as the other
// post's new URL, `{% highlight %}` as a fenced code block, `{{ site.baseurl }}`
// and `relative_url` as site-relative paths, `{% raw %}` unwrapped; anything
// else stays as written and is reported at its line.

import type { TemplateProblem } from "../static-site/static-site";
import { lineOfOffset, quoted } from "../text-position";

const LIQUID = /\{%-?\s*([a-zA-Z_]+)\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const SITE_ADDRESS = /^site\.(?:baseurl|url)$/;
const URL_FILTER = /^(["'])(.*?)\1\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url))$/;

export function convertLiquid(body: string, refUrl: (ref: string) => string | undefined): { body: string; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const lineAt = (offset: number) => lineOfOffset(body, offset);
  let output = "";
  let last = 0;
  let mode: "text" | "raw" | "comment" = "text";
  let siteAddresses = 0;
  for (const match of body.matchAll(LIQUID)) {
    const [whole, tag, argument = "", expression] = match;
    const before = body.slice(last, match.index);
    last = match.index + whole.length;
    if (mode === "raw") {
      output += before + (tag === "endraw" ? "" : whole);
      if (tag === "endraw") mode = "text";
      continue;
    }
    if (mode === "comment") {
      if (tag === "endcomment") mode = "text";
      continue;
    }
    output += before;
    const line = lineAt(match.index);
    if (expression !== undefined) {
      if (SITE_ADDRESS.test(expression)) siteAddresses++;
      else {
        const path = URL_FILTER.exec(expression)?.[2];
        if (path !== undefined) output += path;
        else output += kept(whole, `Liquid \`${quoted(whole)}\` cannot be converted, kept as written`, line, problems);
      }
      continue;
    }
    switch (tag) {
      case "raw":
        mode = "raw";
        break;
      case "comment":
        mode = "comment";
        problems.push({ line, message: "left out a Liquid comment", review: false });
        break;
      case "highlight":
        output += `\`\`\`${argument.split(/\s+/)[0] ?? ""}`;
        break;
      case "endhighlight":
        output += "```";
        break;
      case "post_url":
      case "link": {
        const ref = refName(argument);
        const url = refUrl(ref);
        output += url ?? kept(whole, `\`${quoted(whole)}\` names no imported post, kept as written (point it at the new URL by hand)`, line, problems);
        break;
      }
      default:
        output += kept(whole, `Liquid \`${quoted(whole)}\` cannot be converted, kept as written`, line, problems);
    }
  }
  output += body.slice(last);
  if (siteAddresses > 0) problems.push({ line: 0, message: "left out {{ site.baseurl }} and {{ site.url }}: links are site-relative here", review: false });
  return { body: output, problems };
}

/** `_posts/2023-05-14-new-cranes.md` and `2023-05-14-new-cranes` both name the post `2023-05-14-new-cranes`. */
export function refName(argument: string): string {
  return argument
    .trim()
    .replace(/^["']|["']$/g, "")
    .replace(/^_posts\//, "")
    .replace(/\.(?:md|markdown|html)$/i, "");
}

function kept(whole: string, message: string, line: number, problems: TemplateProblem[]): string {
  problems.push({ line, message, review: true });
  return whole;
}
