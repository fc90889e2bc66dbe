// Render stage: one Atom 1.0 feed (RFC 4287) with the full text of its articles.
// Built as an XML tree with fast-xml-parser's XMLBuilder rather than the
// `feed` package: feed@6 writes entry titles as HTML, leaves `<` unescaped in
// attributes and emits JSON Feed 1.0. (xmlbuilder2 was tried too: it leaves
// an existing "&amp;" unescaped, which turns escaped code in a body into tags.)

import type { Article, Feed } from "../../model/types";
import { isoDateTime } from "../format-date";
import { absoluteUrl } from "../links";
import { lastModified, latestModification } from "../seo/last-modified";
import { entryAuthor, FEED_MEDIA_TYPES, feedTitle, type FeedSite } from "./feed-text";
import { serializeXml, type XmlElement } from "./xml-document";

const ATOM_NS = "http://www.w3.org/2005/Atom";

/**
 * `updated` of a feed with no entries. Atom requires the element, and a build
 * time would change the file on every rebuild; the Unix epoch reads as "never".
 */
export const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

function entry(article: Article, site: FeedSite): XmlElement {
  const url = absoluteUrl(site, article.path);
  return {
    id: url,
    title: article.title,
    link: { "@rel": "alternate", "@type": "text/html", "@href": url },
    published: isoDateTime(article.date, site),
    updated: isoDateTime(lastModified(article), site),
    author: { name: entryAuthor(article) },
    category: article.topics.map((topic) => ({ "@term": topic.name })),
    summary: article.summary !== "" ? article.summary : undefined,
    content: { "@type": "html", "#text": article.bodyHtml },
  };
}

/** The feed document, newline-terminated. Same model in, same bytes out. */
export function renderAtomFeed(feed: Feed, site: FeedSite): string {
  const latest = latestModification(feed.articles);
  const pageUrl = absoluteUrl(site, feed.pagePath);
  return serializeXml({
    feed: {
      "@xmlns": ATOM_NS,
      "@xml:lang": site.language,
      id: pageUrl,
      title: feedTitle(feed, site),
      subtitle: site.description !== "" ? site.description : undefined,
      updated: latest !== undefined ? isoDateTime(latest, site) : EMPTY_FEED_UPDATED,
      link: [
        { "@rel": "self", "@type": FEED_MEDIA_TYPES.atom, "@href": absoluteUrl(site, feed.path) },
        { "@rel": "alternate", "@type": "text/html", "@href": pageUrl },
      ],
      author: { name: site.title, uri: absoluteUrl(site, "/") },
      entry: feed.articles.map((article) => entry(article, site)),
    },
  });
}
