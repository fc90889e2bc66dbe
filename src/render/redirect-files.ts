// Render stage: what the articles' old addresses become — a redirect page at
// each old path a static host can serve, and `/_redirects`, the rules file
// Netlify and Cloudflare Pages read, with a permanent redirect (301) for every
// old address. An old address with a query (`/?p=123`) is a line in Netlify's
// query syntax only: no file can answer it, and other hosts ignore such lines.

import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import type { SiteConfig } from "../config/site-config";
import type { Redirect } from "../model/types";
import { RedirectPage } from "../../layouts/RedirectPage";
import { href } from "./links";

export const REDIRECTS_FILE = "/_redirects";

export function renderRedirectPage(redirect: Redirect, site: SiteConfig): string {
  return `<!doctype html>\n${renderToString(h(RedirectPage, { redirect, site }))}\n`;
}

/**
 * One rule per old address, in file order, plain paths before those with a query (a host reads
 * the rules top down). Paths carry the prefix and are percent-encoded, so no rule holds a space.
 */
export function renderRedirectsFile(redirects: readonly Redirect[], site: Pick<SiteConfig, "pathPrefix">): string {
  const plain = redirects.filter((redirect) => redirect.query === undefined);
  const withQuery = redirects.filter((redirect) => redirect.query !== undefined);
  const lines = [
    "# Old addresses of the archive's articles (front matter `aliases`), written by the build.",
    ...plain.map((redirect) => `${href(site, redirect.from)}  ${href(site, redirect.to)}  301`),
    ...(withQuery.length === 0 ? [] : ["# With a query: Netlify's syntax, which other hosts ignore."]),
    ...withQuery.map((redirect) => `${href(site, redirect.from)}  ${queryTerms(redirect.query!)}  ${href(site, redirect.to)}  301`),
  ];
  return `${lines.join("\n")}\n`;
}

/** "p=123&lang=en" → "p=123 lang=en": Netlify matches each `name=value` of the request. */
function queryTerms(query: string): string {
  return query
    .split("&")
    .filter((term) => term !== "")
    .map((term) => (term.includes("=") ? term : `${term}=`).replace(/\s/g, "%20"))
    .join(" ");
}
