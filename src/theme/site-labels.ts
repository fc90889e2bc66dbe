// Theme: a site's own label table (`labels.ts` in its layouts folder), which
// translates the interface into a language the generator does not ship, or
// rewords single labels of one it does. Each label must be of the kind the
// English one is (text, a function, a list); a function is guarded so that a
// throw or a result that is not text names the table and the label.

import { editDistance } from "../content/key-suggestions";
import { en } from "../i18n/en";
import type { LabelName, PartialLabels } from "../i18n/labels";
import { missingLabelMessage, resolveLabels } from "../i18n/locale";
import { ThemeRenderError } from "./theme-error";

export interface CheckedLabels {
  readonly table?: PartialLabels;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

const LINK_TARGETS = ["topics", "sources", "archive"];

/** Checks the default export of a labels.ts; `file` is named when a label function fails while rendering. */
export function checkLabelTable(value: unknown, language: string, file: string): CheckedLabels {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      errors: ['labels: expected a table of labels as the default export, such as `export default { latest: "À la une" }`, got ' + kindOf(value)],
      warnings: [],
    };
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  const table: Record<string, unknown> = {};
  for (const [name, label] of Object.entries(value)) {
    if (!Object.hasOwn(en, name)) {
      const near = nearestLabel(name);
      warnings.push(`label \`${name}\`: not a label of the interface${near !== undefined ? `; did you mean \`${near}\`?` : ""} It is not used`);
      continue;
    }
    const problem = kindProblem(name as LabelName, label);
    if (problem !== undefined) {
      errors.push(`label \`${name}\`: ${problem}`);
      continue;
    }
    table[name] = typeof label === "function" ? guarded(name, label as (...args: unknown[]) => unknown, file) : label;
  }
  const checked = table as PartialLabels;
  warnings.push(...resolveLabels(language, checked).missing.map((name) => missingLabelMessage(name, language)));
  return { table: checked, errors, warnings };
}

/** Why `label` cannot stand for the English label `name`, or undefined when it can. */
function kindProblem(name: LabelName, label: unknown): string | undefined {
  const english = en[name];
  if (typeof english === "string") return typeof label === "string" ? undefined : `expected text, such as ${JSON.stringify(english)}, got ${kindOf(label)}`;
  if (typeof english === "function") {
    return typeof label === "function" ? undefined : `expected a function of ${english.length} value${english.length === 1 ? "" : "s"} giving text, as in the English table, got ${kindOf(label)}`;
  }
  if (!Array.isArray(label)) return `expected a list, as in the English table (${JSON.stringify(english)}), got ${kindOf(label)}`;
  const framed = english.every((part) => typeof part === "string");
  if (framed) {
    return label.length === english.length && label.every((part) => typeof part === "string")
      ? undefined
      : `expected a list of ${english.length} texts, as in the English table (${JSON.stringify(english)})`;
  }
  const linkPart = (part: unknown) =>
    part !== null && typeof part === "object" && LINK_TARGETS.includes((part as { link?: unknown }).link as string) && typeof (part as { text?: unknown }).text === "string";
  return label.every((part) => typeof part === "string" || linkPart(part))
    ? undefined
    : `expected a list of texts and links ({ "link": "topics" | "sources" | "archive", "text": "…" }), as in the English table`;
}

/** A label function whose failure, or result other than text, names the table and the label. */
function guarded(name: string, label: (...args: unknown[]) => unknown, file: string): (...args: unknown[]) => string {
  return (...args) => {
    let result: unknown;
    try {
      result = label(...args);
    } catch (error) {
      throw new ThemeRenderError(file, `label \`${name}\``, error);
    }
    if (typeof result !== "string") throw new ThemeRenderError(file, `label \`${name}\``, new Error(`expected text, got ${kindOf(result)}`));
    return result;
  };
}

function nearestLabel(name: string): string | undefined {
  const allowed = Math.max(2, Math.floor(name.length / 3));
  return Object.keys(en)
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance)[0]?.candidate;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "`null`";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return typeof value === "function" ? "a function" : `a value of type ${typeof value}`;
}
