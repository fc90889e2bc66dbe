// Import stage, Hugo: the shortcodes in a post's body. Those with a plain
// equivalent are written out — `figure` as a titled image, `ref`/`relref` as
// the other post's new URL, `highlight` as a fenced code block, video and
// post embeds as links to them; any other stays as written and is reported
// at its line. An escaped shortcode (`{{</* x */>}}`) becomes its literal text.

import type { TemplateProblem } from "../static-site/static-site";
import { lineOfOffset, quoted } from "../text-position";

const SHORTCODE = /\{\{([<%])([\s\S]*?)[>%]\}\}/g;
const ARGUMENT = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+))|"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;

interface Shortcode {
  readonly name: string;
  readonly closing: boolean;
  readonly named: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
}

export function convertShortcodes(body: string, refUrl: (ref: string) => string | undefined): { body: string; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const converted = body.replace(SHORTCODE, (whole: string, delimiter: string, inner: string, offset: number) => {
    const escaped = /^\/\*([\s\S]*)\*\/$/.exec(inner.trim());
    if (escaped !== null) return `{{${delimiter}${escaped[1]}${delimiter === "<" ? ">" : "%"}}}`;
    const line = lineOfOffset(body, offset);
    const shortcode = parse(inner);
    const result = convert(shortcode, refUrl);
    if (result.message !== undefined) problems.push({ line, message: result.message.replace("%s", quoted(whole)), review: true });
    return result.text ?? whole;
  });
  return { body: converted, problems };
}

function convert(code: Shortcode, refUrl: (ref: string) => string | undefined): { text?: string; message?: string } {
  const arg = (name: string, position = 0) => code.named.get(name) ?? code.positional[position];
  if (code.name === "highlight") return { text: code.closing ? "```" : `\`\`\`${arg("lang") ?? ""}` };
  if (code.closing) return {};
  switch (code.name) {
    case "figure": {
      const src = arg("src");
      if (src === undefined) return { message: "`%s` has no src, kept as written" };
      const caption = code.named.get("caption") ?? code.named.get("title") ?? "";
      const alt = code.named.get("alt") ?? caption;
      return { text: `![${alt.replace(/[[\]]/g, "\\$&")}](${src}${caption === "" ? "" : ` "${caption.replace(/"/g, '\\"')}"`})` };
    }
    case "ref":
    case "relref": {
      const target = arg("path");
      const url = target === undefined ? undefined : refUrl(refName(target));
      return url === undefined ? { message: "`%s` names no imported post, kept as written (point it at the new URL by hand)" } : { text: url };
    }
    case "youtube":
      return embedLink("YouTube", arg("id"), (id) => `https://www.youtube.com/watch?v=${id}`);
    case "vimeo":
      return embedLink("Vimeo", arg("id"), (id) => `https://vimeo.com/${id}`);
    case "instagram":
      return embedLink("Instagram", arg("id"), (id) => `https://www.instagram.com/p/${id}/`);
    case "tweet":
    case "x": {
      const user = code.named.get("user");
      const id = code.named.get("id");
      if (user === undefined || id === undefined) return { message: "`%s` cannot be converted without user and id, kept as written" };
      return { text: `[Post by @${user} on X](https://x.com/${user}/status/${id})`, message: "the embedded post `%s` became a link to it" };
    }
    default:
      return { message: "shortcode `%s` cannot be converted, kept as written (replace it by hand)" };
  }
}

function embedLink(site: string, id: string | undefined, url: (id: string) => string): { text?: string; message: string } {
  if (id === undefined || !/^[\w-]+$/.test(id)) return { message: "`%s` has no usable id, kept as written" };
  return { text: `[Video on ${site}](${url(id)})`, message: `the embedded ${site} item \`%s\` became a link to it (embeds need the host in allowedIframeHosts)` };
}

function parse(inner: string): Shortcode {
  const trimmed = inner.trim();
  const closing = trimmed.startsWith("/");
  const text = closing ? trimmed.slice(1).trim() : trimmed;
  const name = /^[\w./-]+/.exec(text)?.[0] ?? "";
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.slice(name.length).matchAll(ARGUMENT)) {
    if (match[1] !== undefined) named.set(match[1], match[2] ?? match[3] ?? match[4] ?? "");
    else positional.push(match[5] ?? match[6] ?? match[7] ?? "");
  }
  return { name, closing, named, positional };
}

/** `posts/new-cranes.md`, `/posts/new-cranes/index.md` and `posts/new-cranes` all name `posts/new-cranes`. */
export function refName(target: string): string {
  return target
    .trim()
    .replace(/^\/+|\/+$/g, "")
    .replace(/\.(?:md|markdown|html)$/i, "")
    .replace(/\/(?:_?index)$/i, "");
}
