// Render stage: one article's page — headline, dateline, source and topics,
// the sanitized body, links to the older and newer article, related articles.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { Article, ArticlePage as ArticlePageData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { articleTrail } from "../src/render/breadcrumbs";
import { createFragmentCache } from "../src/render/fragment-cache";
import { externalHref, href } from "../src/render/links";
import { documentTitle, metaDescription } from "../src/render/page-text";
import { articleSearchAttributes, topicFilter } from "../src/search/search-attributes";
import { Base } from "./Base";
import { Breadcrumb } from "./Breadcrumb";
import { RenderedOnce } from "./RenderedOnce";
import { TimeStamp } from "./TimeStamp";
import { TopicLinks } from "./TopicLinks";
import { TrustedHtml } from "./TrustedHtml";

export interface ArticlePageProps {
  readonly page: ArticlePageData;
  readonly context: RenderContext;
}

const MAX_RELATED = 5;

function SourceLine({ article, context }: { readonly article: Article; readonly context: RenderContext }): JSX.Element {
  const { source } = article;
  const original = externalHref(article.originalUrl);
  const homepage = externalHref(source.url);
  const labels = labelsOf(context.site);
  return (
    <>
      {original !== undefined ? <a href={original}>{source.name}</a> : source.name}
      {homepage !== undefined && (
        <>
          {" · "}
          <a href={homepage}>{labels.homepage}</a>
        </>
      )}
      {" · "}
      <a href={href(context.site, source.path)}>{labels.moreFrom(source.name)}</a>
    </>
  );
}

function Pager({ page, context }: ArticlePageProps): JSX.Element | null {
  const { previous, next } = page;
  if (previous === undefined && next === undefined) return null;
  const labels = labelsOf(context.site);
  return (
    <nav class="article-pager" aria-label={labels.olderAndNewer}>
      <ul>
        {previous !== undefined && (
          <li class="article-pager__older">
            <a href={href(context.site, previous.path)} rel="prev">
              <span class="article-pager__label">{labels.older}</span>{" "}
              <span class="article-pager__title">{previous.title}</span>
            </a>
          </li>
        )}
        {next !== undefined && (
          <li class="article-pager__newer">
            <a href={href(context.site, next.path)} rel="next">
              <span class="article-pager__label">{labels.newer}</span>{" "}
              <span class="article-pager__title">{next.title}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** An article is related to several others: its entry in their lists is rendered once. */
const RELATED_ENTRIES = createFragmentCache();

function RelatedEntry({ article, context }: { readonly article: Article; readonly context: RenderContext }): JSX.Element {
  return (
    <>
      <a href={href(context.site, article.path)}>{article.title}</a>
      <span class="meta">
        <TimeStamp context={context} date={article.date} /> · {article.source.name}
      </span>
    </>
  );
}

function Related({ page, context }: ArticlePageProps): JSX.Element | null {
  const related = page.related.slice(0, MAX_RELATED);
  if (related.length === 0) return null;
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{labelsOf(context.site).relatedArticles}</h2>
      <ul>
        {related.map((other) => (
          <RenderedOnce
            key={other.path}
            as="li"
            cache={RELATED_ENTRIES}
            site={context.site}
            subject={other}
            render={(fragmentContext) => <RelatedEntry article={other} context={fragmentContext} />}
          />
        ))}
      </ul>
    </section>
  );
}

export function ArticlePage({ page, context }: ArticlePageProps): JSX.Element {
  const { site } = context;
  const { article } = page;
  const search = articleSearchAttributes(article, site);
  const labels = labelsOf(site);
  return (
    <Base
      context={context}
      path={page.path}
      page={page}
      title={documentTitle(page, site)}
      description={metaDescription(page, site)}
    >
      <Breadcrumb context={context} trail={articleTrail(article.date, site)} />
      <article
        class="article"
        data-pagefind-body=""
        data-pagefind-sort={search.sort}
        data-pagefind-filter={search.yearFilter}
      >
        <header class="article-header">
          <h1>{article.title}</h1>
          <p class="dateline" data-pagefind-meta={search.dateMeta} data-pagefind-ignore="">
            <TimeStamp context={context} date={article.date} showTime={!article.dateOnly} />
            {article.updated !== undefined && (
              <span class="updated">
                {` · ${labels.updated} `}
                <TimeStamp
                  context={context}
                  date={article.updated}
                  showTime={article.updatedDateOnly !== true}
                />
              </span>
            )}
          </p>
          <dl class="article-meta" data-pagefind-ignore="">
            <div>
              <dt>{labels.source}</dt>
              <dd data-pagefind-filter={search.sourceFilter} data-pagefind-meta={search.sourceMeta}>
                <SourceLine article={article} context={context} />
              </dd>
            </div>
            {article.author !== undefined && article.author !== "" && (
              <div>
                <dt>{labels.author}</dt>
                <dd>{article.author}</dd>
              </div>
            )}
            {article.topics.length > 0 && (
              <div>
                <dt>{labels.topics}</dt>
                <dd>
                  <TopicLinks context={context} topics={article.topics} searchFilter={topicFilter} />
                </dd>
              </div>
            )}
          </dl>
        </header>
        <TrustedHtml html={article.bodyHtml} class="article-body" />
      </article>
      <Pager page={page} context={context} />
      <Related page={page} context={context} />
    </Base>
  );
}
