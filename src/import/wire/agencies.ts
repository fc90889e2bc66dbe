// Import stage, wire copy: the news agencies credit lines name, under every
// name they go by, and the spelling an article's `source` gets — the one the
// archive already uses for that agency, else the agency's usual short name.

import { mergeKey } from "../../model/terms";
import { escapeRegExp } from "../escape-regexp";

/** Usual name first; every other name a credit or the archive may use for the same agency. */
const AGENCIES: readonly (readonly string[])[] = [
  ["AP", "Associated Press", "The Associated Press"],
  ["Reuters", "Thomson Reuters"],
  ["AFP", "Agence France-Presse", "Agence France Presse"],
  ["PTI", "Press Trust of India"],
  ["ANI", "Asian News International"],
  ["IANS", "Indo-Asian News Service"],
  ["UNI", "United News of India"],
  ["Yonhap", "Yonhap News Agency"],
  ["Xinhua", "Xinhua News Agency"],
  ["Kyodo", "Kyodo News"],
  ["dpa", "Deutsche Presse-Agentur"],
  ["EFE", "Agencia EFE"],
  ["ANSA"],
  ["Bloomberg", "Bloomberg News"],
  ["KCNA", "Korean Central News Agency"],
  ["TASS"],
  ["Anadolu", "Anadolu Agency"],
  ["AAP", "Australian Associated Press"],
  ["CP", "The Canadian Press", "Canadian Press"],
];

const BY_KEY = new Map<string, readonly string[]>(AGENCIES.flatMap((names) => names.map((name) => [mergeKey(name), names] as const)));

/** Every name of the agency `name` is one of, usual name first; undefined for a name that is no known agency. */
export function agencyNames(name: string): readonly string[] | undefined {
  return BY_KEY.get(mergeKey(name.replace(/^the\s+/i, "")));
}

/** Longest names first, so "Associated Press" is found before "AP" could be. */
export const AGENCY_PATTERN = AGENCIES.flat()
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

/**
 * The `source` for an agency credited as `credited`: the archive's own spelling of that agency
 * when it has one (under any of its names), else the agency's usual name, else the credit as written.
 */
export function sourceName(credited: string, archiveSources: readonly string[]): string {
  const names = agencyNames(credited) ?? [credited.trim()];
  const keys = new Set(names.map(mergeKey));
  return archiveSources.find((source) => keys.has(mergeKey(source))) ?? names[0]!;
}
