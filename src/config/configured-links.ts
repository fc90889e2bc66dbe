// Configuration stage: the links site.config.json adds to the navigation and
// the footer — each a title and a URL that is a path of the site or an
// https:, http: or mailto: address, never anything a browser would run.

import { describeSetting, isRecord, text } from "./setting-values";

/** A link the site's owner adds to the navigation or the footer. */
export interface ConfiguredLink {
  readonly title: string;
  /** An absolute http(s) or mailto: URL, or a path of the site such as "/about/" (the path prefix is added). */
  readonly url: string;
}

/** A list of links at `key`; `ordered` lets each give an `order`. Wrong items are left out, with an error in `errors`. */
export function linkList(key: string, value: unknown, errors: string[], ordered: boolean): (ConfiguredLink & { order?: number })[] {
  const example = `[{ "title": "Newsletter", "url": "https://example.org/newsletter"${ordered ? ', "order": 50' : ""} }]`;
  if (!Array.isArray(value)) {
    errors.push(`${key}: expected a list of links such as ${example}, got ${describeSetting(value)}`);
    return [];
  }
  const allowed = ordered ? ["title", "url", "order"] : ["title", "url"];
  return value.flatMap((item, i) => {
    const at = `${key}[${i}]`;
    if (!isRecord(item) || Object.keys(item).some((name) => !allowed.includes(name))) {
      errors.push(`${at}: expected a link such as ${example.slice(1, -1)}, got ${describeSetting(item)}`);
      return [];
    }
    const title = text(`${at}.title`, item.title, errors, { nonEmpty: true });
    const url = linkUrl(`${at}.url`, item.url, errors);
    let order: number | undefined;
    if (item.order !== undefined) {
      if (typeof item.order === "number" && Number.isFinite(item.order)) order = item.order;
      else errors.push(`${at}.order: expected a number such as 50, got ${describeSetting(item.order)}`);
    }
    return title === undefined || url === undefined ? [] : [{ title, url, ...(order !== undefined && { order }) }];
  });
}

/** A path of the site: segments of letters, marks, digits and `-._~`, as the site's own URLs are made. */
const SITE_PATH = /^\/(?:[\p{L}\p{M}\p{N}\-._~]+\/?)*$/u;

function linkUrl(key: string, value: unknown, errors: string[]): string | undefined {
  if (typeof value === "string" && (isHttpUrl(value) || /^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(value) || SITE_PATH.test(value))) return value;
  errors.push(`${key}: expected an absolute http(s) or mailto: URL, or a path of the site such as "/about/", got ${describeSetting(value)}`);
  return undefined;
}

/** An absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s<>"]+$/i.test(value)) return false;
  try {
    return new URL(value).host !== "";
  } catch {
    return false;
  }
}
