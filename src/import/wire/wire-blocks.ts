// Import stage, wire copy: splits a wire text into blocks — runs of lines
// between blank lines — keeping each line's number for the report.

export interface WireLine {
  readonly text: string;
  /** 1-based line in the input file. */
  readonly line: number;
  /** 1-based column in the input line where `text` starts. */
  readonly column: number;
}

export interface WireBlock {
  /** Its lines, trimmed, none empty. */
  readonly lines: readonly WireLine[];
}

/** The blocks of `text` (line endings of any kind, a byte-order mark and non-breaking spaces taken as usual). */
export function splitBlocks(text: string): WireBlock[] {
  const blocks: WireBlock[] = [];
  let current: WireLine[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  lines.forEach((raw, index) => {
    const spaced = raw.replace(/[\u00A0\u2007\u202F]/g, " ");
    const line = spaced.trim();
    if (line === "") {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
    } else {
      current.push({ text: line, line: index + 1, column: spaced.length - spaced.trimStart().length + 1 });
    }
  });
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

/** A block's text as one paragraph: hard-wrapped lines joined with a space. */
export function blockText(block: WireBlock): string {
  return block.lines.map((line) => line.text).join(" ");
}
