// Import stage, Jekyll and Hugo: finds every link and image address in a
// Markdown body — inline, reference definitions and raw HTML attributes,
// outside code — and puts back whatever address the importer decides on.

export type AddressUse = "link" | "media";

/** The address to write for one found at `line` (0-based within the body). */
export type AddressRewrite = (address: string, use: AddressUse, line: number) => string;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
const INLINE = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^)\s]+)((?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*)\)/g;
const DEFINITION = /^(\s{0,3}\[[^\]]+\]:\s*)(<[^>]*>|\S+)(.*)$/;
const HTML_ATTRIBUTE = /\b(href|src)=("([^"]*)"|'([^']*)')/g;

export function rewriteMarkdownAddresses(body: string, rewrite: AddressRewrite): string {
  let fence: string | undefined;
  return body
    .split("\n")
    .map((line, index) => {
      const opening = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
        return line;
      }
      if (opening !== undefined) {
        fence = opening;
        return line;
      }
      return outsideCode(line, (text) => rewriteLine(text, (address, use) => rewrite(address, use, index)));
    })
    .join("\n");
}

function rewriteLine(text: string, rewrite: (address: string, use: AddressUse) => string): string {
  const definition = DEFINITION.exec(text);
  if (definition !== null) return `${definition[1]}${wrapped(definition[2]!, (address) => rewrite(address, "link"))}${definition[3]}`;
  return text
    .replace(INLINE, (_, bang: string, label: string, address: string, title: string) => `${bang}[${label}](${wrapped(address, (inner) => rewrite(inner, bang === "!" ? "media" : "link"))}${title})`)
    .replace(HTML_ATTRIBUTE, (_, name: string, quoted: string, double?: string, single?: string) => {
      const quote = quoted[0];
      return `${name}=${quote}${rewrite(double ?? single ?? "", name === "src" ? "media" : "link")}${quote}`;
    });
}

/** An address in `<…>` keeps its brackets. */
function wrapped(address: string, rewrite: (inner: string) => string): string {
  return address.startsWith("<") ? `<${rewrite(address.slice(1, -1))}>` : rewrite(address);
}

/** Applies `change` to the parts of a line outside code spans. */
function outsideCode(line: string, change: (text: string) => string): string {
  let result = "";
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    result += change(line.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + change(line.slice(last));
}
