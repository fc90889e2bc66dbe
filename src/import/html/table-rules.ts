// Import stage, HTML bodies: turndown rules that write a simple table as a
// Markdown (GFM) table. A table Markdown cannot say — merged cells, a
// caption, paragraphs or lists in a cell, no header row, ragged rows — is
// left to be kept as HTML.

import type { DomElement } from "@mixmark-io/domino";
import type TurndownService from "turndown";

const SECTIONS = new Set(["THEAD", "TBODY", "TFOOT"]);
const CELLS = new Set(["TH", "TD"]);
const BLOCK_IN_CELL = "p, div, ul, ol, table, blockquote, pre, h1, h2, h3, h4, h5, h6, br, img, figure";

/** Whether `table` can be written as a Markdown table without losing anything. */
export function isSimpleTable(table: DomElement): boolean {
  if (table.querySelector("caption, [colspan], [rowspan], table")) return false;
  const rows = tableRows(table);
  if (rows.length === 0) return false;
  const width = cellsOf(rows[0]!).length;
  if (width === 0 || !isHeadingRow(rows[0]!)) return false;
  return rows.every((row) => {
    const cells = cellsOf(row);
    return cells.length === width && cells.every((cell) => !cell.querySelector(BLOCK_IN_CELL));
  });
}

/** Adds the rules to `service`; any other table is for the caller's `keep`. */
export function addTableRules(service: TurndownService): void {
  const inSimpleTable = (node: DomElement) => {
    const table = node.closest("table");
    return table ? isSimpleTable(table) : false;
  };
  service.addRule("simpleTableCell", {
    filter: (node) => CELLS.has((node as unknown as DomElement).nodeName) && inSimpleTable(node as unknown as DomElement),
    replacement: (content) => `| ${content.replace(/\s*\n+\s*/g, " ").replace(/\|/g, "\\|").trim()} `,
  });
  service.addRule("simpleTableRow", {
    filter: (node) => (node as unknown as DomElement).nodeName === "TR" && inSimpleTable(node as unknown as DomElement),
    replacement: (content, node) => {
      const row = node as unknown as DomElement;
      const line = `${content}|\n`;
      const table = row.closest("table")!;
      return tableRows(table)[0] === row ? `${line}${cellsOf(row).map(() => "| --- ").join("")}|\n` : line;
    },
  });
  service.addRule("simpleTableSection", {
    filter: (node) => SECTIONS.has((node as unknown as DomElement).nodeName) && inSimpleTable(node as unknown as DomElement),
    replacement: (content) => content,
  });
  service.addRule("simpleTable", {
    filter: (node) => (node as unknown as DomElement).nodeName === "TABLE" && isSimpleTable(node as unknown as DomElement),
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
}

function tableRows(table: DomElement): DomElement[] {
  return Array.from(table.querySelectorAll("tr")).filter((row) => row.closest("table") === table);
}

function cellsOf(row: DomElement): DomElement[] {
  return Array.from(row.children).filter((cell) => CELLS.has(cell.nodeName));
}

function isHeadingRow(row: DomElement): boolean {
  return row.parentNode?.nodeName === "THEAD" || cellsOf(row).every((cell) => cell.nodeName === "TH");
}
