// Render stage: the Open Graph and Twitter card <meta> tags that link
// previews in social apps and chat clients read. Pure data; the head markup
// (layouts/HeadMeta.tsx) only writes the list out.

import type { SiteConfig } from "../../config/site-config";
import type { Page } from "../../model/types";
import { isoDateTime } from "../format-date";

/** Open Graph keys go in `property`, Twitter keys in `name`, as each spec asks. */
export interface MetaTag {
  readonly attribute: "property" | "name";
  readonly key: string;
  readonly content: string;
}

export interface SocialMetaInput {
  /** The page's own title, without the site title appended. */
  readonly title: string;
  readonly description: string;
  /** Absolute canonical URL; absent for pages served at any address (404). */
  readonly url?: string;
  /** Article pages add their dates and topics. */
  readonly page?: Page;
}

type SocialSite = Pick<SiteConfig, "title" | "language" | "timezone">;

/** Open Graph wants "en_GB" where BCP 47 has "en-GB". */
export function ogLocale(language: string): string {
  return language.replace(/-/g, "_");
}

function articleTags(page: Page | undefined, site: SocialSite): readonly MetaTag[] {
  if (page?.kind !== "article") return [];
  const { article } = page;
  const og = (key: string, content: string): MetaTag => ({ attribute: "property", key, content });
  return [
    og("article:published_time", isoDateTime(article.date, site)),
    ...(article.updated !== undefined ? [og("article:modified_time", isoDateTime(article.updated, site))] : []),
    ...article.topics.map((topic) => og("article:tag", topic.name)),
  ];
}

/** Tags in the order they appear in the head; empty values are left out rather than written blank. */
export function socialMeta(input: SocialMetaInput, site: SocialSite): readonly MetaTag[] {
  const og = (key: string, content: string | undefined): MetaTag[] =>
    content === undefined || content === "" ? [] : [{ attribute: "property", key, content }];
  const twitter = (key: string, content: string): MetaTag[] =>
    content === "" ? [] : [{ attribute: "name", key, content }];
  return [
    ...og("og:type", input.page?.kind === "article" ? "article" : "website"),
    ...og("og:title", input.title),
    ...og("og:description", input.description),
    ...og("og:url", input.url),
    ...og("og:site_name", site.title),
    ...og("og:locale", ogLocale(site.language)),
    ...articleTags(input.page, site),
    ...twitter("twitter:card", "summary"),
    ...twitter("twitter:title", input.title),
    ...twitter("twitter:description", input.description),
  ];
}
