// Import stage, wire copy: the credit lines that name where a story came
// from — a dateline's "(Reuters) -", a closing "(With AP inputs)" or "— AFP",
// a photo's "Image Source : AP" — read into the agency they credit.

import { AGENCY_PATTERN, agencyNames } from "./agencies";
import { MONTH_NAME, monthNumber } from "./wire-dates";

/** A credit that is not a known agency still reads as one when it is a short all-capitals name (`KCNA`, `NYT`). */
const SHORT_CAPITALS = /^\p{Lu}{2,6}$/u;

function isAgencyLike(name: string): boolean {
  return agencyNames(name) !== undefined || SHORT_CAPITALS.test(name.trim());
}

export interface Dateline {
  /** The text it takes at the start of the lead, separator and following space included. */
  readonly length: number;
  readonly place: string;
  readonly month?: number;
  readonly day?: number;
  readonly year?: number;
  readonly agency?: string;
}

const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{L}.'’ -]{1,40}?)(?:,\\s*(\\p{Lu}[\\p{L}.'’ -]{1,30}?))?(?:,\\s*(${MONTH_NAME})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*(?:\\(([^()]{2,40})\\)\\s*([-—–]{1,2}|:)?|([-—–]{1,2}))\\s+`,
  "u",
);

/**
 * The dateline opening a lead: `SEOUL, Aug 6 (Reuters) - `, `WASHINGTON (AP) — `, `New Delhi, Aug 6 (PTI) `.
 * Without an agency, only a place in capitals followed by a date and a dash counts, so an
 * ordinary first sentence is never read as one.
 */
export function readDateline(lead: string): Dateline | undefined {
  const match = DATELINE.exec(lead);
  if (match === null) return undefined;
  const [whole, place, , month, day, year, agency, , dash] = match;
  const credited = agency !== undefined && isAgencyLike(agency) ? agency.trim() : undefined;
  if (agency !== undefined && credited === undefined) return undefined;
  if (credited === undefined && !(place === place!.toUpperCase() && month !== undefined && dash !== undefined)) {
    return undefined;
  }
  return {
    length: whole.length,
    place: place!.trim(),
    ...(month === undefined ? {} : { month: monthNumber(month), day: Number(day) }),
    ...(year === undefined ? {} : { year: Number(year) }),
    ...(credited === undefined ? {} : { agency: credited }),
  };
}

const WITH_INPUTS = /^\(?\s*with\s+(?:(?:additional\s+)?inputs?\s+from\s+(.+?)|(.+?)\s+inputs?)\s*\)?\s*\.?$/iu;
const SOURCE_LINE = /^\(?\s*(?:source|sources|agency|agencies|courtesy)\s*:\s*(.+?)\s*\)?\s*\.?$/iu;
const TRAILING_AGENCY = /(?:^|\s|(?<=[.!?"”’)]))[-—–]{1,2}\s*([\p{L}][\p{L} .&-]{0,40}?)\s*$/u;

export interface ClosingCredit {
  /** Every agency named, as written. */
  readonly agencies: readonly string[];
  /** The names it gives that are no known agency ("agencies", "staff"). */
  readonly others: readonly string[];
}

/** A paragraph that is only a credit: `(With AP inputs)`, `(With inputs from Reuters and AFP)`, `Source: AFP`, `— AFP`. */
export function readCreditLine(text: string): ClosingCredit | undefined {
  const trimmed = text.trim();
  const withInputs = WITH_INPUTS.exec(trimmed);
  const named = withInputs?.[1] ?? withInputs?.[2] ?? SOURCE_LINE.exec(trimmed)?.[1];
  if (named !== undefined) return splitNames(named);
  const trailing = TRAILING_AGENCY.exec(trimmed);
  if (trailing !== null && trailing.index === 0 && isAgencyLike(trailing[1]!)) return { agencies: [trailing[1]!.trim()], others: [] };
  return undefined;
}

/** A last paragraph ending in `… said. — AFP`: the paragraph without it, and the agency. */
export function splitTrailingCredit(text: string): { readonly text: string; readonly agency: string } | undefined {
  const match = TRAILING_AGENCY.exec(text);
  if (match === null || match.index === 0 || !isAgencyLike(match[1]!) || !/[.!?"”’)]$/u.test(text.slice(0, match.index).trim())) {
    return undefined;
  }
  return { text: text.slice(0, match.index).trim(), agency: match[1]!.trim() };
}

function splitNames(list: string): ClosingCredit {
  const names = list
    .split(/\s*(?:,|&|\/|\band\b)\s*/iu)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return { agencies: names.filter(isAgencyLike), others: names.filter((name) => !isAgencyLike(name)) };
}

export interface PhotoCredit {
  /** The known agency or stock name credited; undefined when the label is followed by words that are no known credit. */
  readonly credit?: string;
  /** Where the label starts, and its length with the credit, if known. */
  readonly index: number;
  readonly length: number;
}

const OTHER_CREDITS = "Getty Images|AP Photo|Reuters Photo|File Photo|File|Twitter|X|Instagram|Facebook|Screengrab|Screenshot|Social Media|Representational|Representative|Handout";
const PHOTO_LABEL = "(?<![\\p{L}])(?:image|photo|picture|pic)(?:\\s+(?:source|credit|courtesy))?\\s*:\\s*";
const CREDIT_NAME = `(?:${OTHER_CREDITS}|${AGENCY_PATTERN})`;
const KNOWN_CREDIT = new RegExp(`${PHOTO_LABEL}(${CREDIT_NAME}(?:\\s*/\\s*${CREDIT_NAME})*)(?![\\p{L}])`, "iu");
const ANY_LABEL = new RegExp(PHOTO_LABEL, "iu");

/**
 * `Image Source : AP`, `Photo: Reuters/File`, `Photo credit: Getty Images` anywhere in a header
 * line. A label followed by any other words is found without a credit: where such a credit
 * ends and the caption starts cannot be told, so it is not guessed.
 */
export function findPhotoCredit(text: string): PhotoCredit | undefined {
  const known = KNOWN_CREDIT.exec(text);
  if (known !== null) return { credit: known[1]!, index: known.index, length: known[0].length };
  const label = ANY_LABEL.exec(text);
  return label === null ? undefined : { index: label.index, length: label[0].length };
}

/** The agency a photo credit names (`AP` of `AP Photo/File`), if any. */
export function photoAgency(credit: string): string | undefined {
  return credit
    .split("/")
    .map((part) => part.trim().replace(/\s+Photo$/iu, ""))
    .find((part) => agencyNames(part) !== undefined);
}
