// Languages: which label table a site's `language` chooses — the shipped one
// for its primary language (`ko-KR` → ko), English for any other, with the
// site's own table over it — which way its text runs, and the warnings a
// build gives when labels fall back to English.

import type { Diagnostic } from "../diagnostics";
import { ar } from "./ar";
import { en } from "./en";
import { ko } from "./ko";
import type { LabelName, Labels, PartialLabels } from "./labels";

/** The shipped tables, by primary language subtag. */
export const LOCALE_TABLES: Readonly<Record<string, Labels>> = Object.freeze({ en, ko, ar });

export const ENGLISH = "en";

/** Scripts written right to left (ISO 15924), as a language's likely script tells. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend"]);

/** "ko" for "ko-KR", "ar" for "AR-eg"; undefined for what is not a BCP 47 tag. */
export function primaryLanguage(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
}

const directions = new Map<string, "ltr" | "rtl">();

/** "rtl" for a language written right to left (Arabic, Hebrew, Persian, Urdu …), "ltr" otherwise. */
export function textDirection(tag: string): "ltr" | "rtl" {
  let direction = directions.get(tag);
  if (direction === undefined) {
    direction = RIGHT_TO_LEFT_SCRIPTS.has(likelyScript(tag) ?? "") ? "rtl" : "ltr";
    directions.set(tag, direction);
  }
  return direction;
}

function likelyScript(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

export interface ResolvedLabels {
  readonly labels: Labels;
  /** Whether a shipped or given table speaks the language (otherwise every label is English). */
  readonly translated: boolean;
  /** Labels neither table has, shown in English. */
  readonly missing: readonly LabelName[];
}

/**
 * The labels for `language`: the site's own table (a layouts folder's labels.ts) over the shipped
 * table for the language, with English for whatever both leave out.
 */
export function resolveLabels(language: string, siteTable?: PartialLabels): ResolvedLabels {
  const primary = primaryLanguage(language);
  const shipped = primary === undefined ? undefined : LOCALE_TABLES[primary];
  const tables = [shipped, siteTable].filter((table): table is PartialLabels => table !== undefined);
  const merged: Record<string, unknown> = { ...en };
  for (const table of tables) Object.assign(merged, withoutUndefined(table));
  const missing =
    tables.length === 0 || primary === ENGLISH
      ? []
      : (Object.keys(en) as LabelName[]).filter((name) => tables.every((table) => table[name] === undefined));
  return { labels: Object.freeze(merged) as unknown as Labels, translated: tables.length > 0, missing };
}

function withoutUndefined(table: PartialLabels): PartialLabels {
  return Object.fromEntries(Object.entries(table).filter(([, value]) => value !== undefined));
}

/**
 * The warnings `language` earns, at the config file's `language` key: a tag that is not BCP 47,
 * or a language without labels (every label then English; one warning, not one per label).
 */
export function languageDiagnostics(language: string, file: string): Diagnostic[] {
  const primary = primaryLanguage(language);
  if (primary === undefined) {
    return [
      {
        severity: "warning",
        file,
        message: `language: expected a BCP 47 language tag such as "en" or "ko-KR", got "${language}"; the pages show English labels and dates`,
      },
    ];
  }
  if (LOCALE_TABLES[primary] !== undefined) return [];
  return [
    {
      severity: "warning",
      file,
      message:
        `language: no interface labels for "${primary}" (there are labels for ${Object.keys(LOCALE_TABLES).join(", ")}); ` +
        `the pages show English labels while dates and the A–Z order follow "${language}" ` +
        "(translate the labels in a labels.ts in your layouts folder: see Languages in the README)",
    },
  ];
}

/** The warning for a label a site's own table leaves to English. */
export function missingLabelMessage(name: LabelName, language: string): string {
  return `label \`${name}\`: missing for "${language}"; the English label is shown instead (add \`${name}\` to this table)`;
}
