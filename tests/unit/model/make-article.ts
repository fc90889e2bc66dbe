// Test helper for the model stage: builds RenderedArticle objects the way the content
// and markdown stages would, with dates in a given site zone.

import { DateTime } from "luxon";
import type { RenderedArticle, SourceInput } from "../../../src/content/types";
import { defaultSiteConfig, type SiteConfig } from "../../../src/config/site-config";

export interface ArticleSpec {
  /** ISO date or date-time; read in `zone` when it carries no offset. */
  readonly date: string;
  readonly title?: string;
  readonly slug?: string;
  readonly tags?: readonly string[];
  readonly source?: string | SourceInput;
  readonly file?: string;
  readonly zone?: string;
}

let counter = 0;

export function makeArticle(spec: ArticleSpec): RenderedArticle {
  counter += 1;
  const zone = spec.zone ?? "UTC";
  const date = DateTime.fromISO(spec.date, { zone });
  if (!date.isValid) throw new Error(`bad test date ${spec.date}`);
  const title = spec.title ?? `Article ${counter}`;
  const relativePath = spec.file ?? `article-${String(counter).padStart(6, "0")}.md`;
  const source = typeof spec.source === "string" ? { name: spec.source } : (spec.source ?? { name: "Wire" });
  return {
    relativePath,
    displayPath: `content/${relativePath}`,
    title,
    date,
    dateOnly: !spec.date.includes("T"),
    source,
    tags: spec.tags ?? [],
    slug: spec.slug ?? relativePath.replace(/\.md$/, "").split("/").pop()!,
    draft: false,
    body: `Body of ${title}.`,
    bodyLine: 5,
    bodyHtml: `<p>Body of ${title}.</p>\n`,
    summaryText: `Body of ${title}.`,
  };
}

export function siteConfig(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return { ...defaultSiteConfig, ...overrides };
}
