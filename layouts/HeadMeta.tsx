// Render stage: the descriptive part of every page's <head> — description,
// canonical URL, Open Graph and Twitter tags, feed links and JSON-LD. The
// decisions live in src/render/seo and src/render/feeds; this only writes them.

import type { JSX } from "preact";
import type { Page } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { alternateFeedLinks } from "../src/render/feeds/feed-links";
import { absoluteUrl, href } from "../src/render/links";
import { pageTitle } from "../src/render/page-text";
import { isIndexable } from "../src/render/seo/indexable";
import { socialMeta } from "../src/render/seo/social-meta";
import { structuredData } from "../src/render/seo/structured-data";
import { JsonLd } from "./JsonLd";

export interface HeadMetaProps {
  readonly context: RenderContext;
  /** The model path of this page, without the prefix. */
  readonly path: string;
  /** Full <title> text, used as the share title when no page is given. */
  readonly title: string;
  readonly description: string;
  /** False for pages that must not claim a URL of their own (the 404 page). */
  readonly canonical: boolean;
  /** The page being rendered; article dates and structured data come from it. */
  readonly page?: Page;
}

export function HeadMeta({ context, path, title, description, canonical, page }: HeadMetaProps): JSX.Element {
  const { site } = context;
  const url = canonical ? absoluteUrl(site, path) : undefined;
  const shareTitle = page !== undefined ? pageTitle(page, site) : title;
  const data = page !== undefined ? structuredData(page, site) : undefined;
  return (
    <>
      {description !== "" && <meta name="description" content={description} />}
      {page !== undefined && !isIndexable(page) && <meta name="robots" content="noindex" />}
      {url !== undefined && <link rel="canonical" href={url} />}
      {socialMeta({ title: shareTitle, description, url, page }, site).map((tag, i) =>
        tag.attribute === "property" ? (
          <meta key={i} property={tag.key} content={tag.content} />
        ) : (
          <meta key={i} name={tag.key} content={tag.content} />
        ),
      )}
      {alternateFeedLinks(page, path, context.feeds ?? [], site).map((feed) => (
        <link key={feed.path} rel="alternate" type={feed.type} title={feed.title} href={href(site, feed.path)} />
      ))}
      {data !== undefined && <JsonLd data={data} />}
    </>
  );
}
