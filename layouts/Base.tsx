// Render stage: the document shell every page shares — head, skip link, site
// header with the main navigation, the <main> landmark and the footer.

import type { ComponentChildren, JSX } from "preact";
import type { SiteConfig } from "../src/config/site-config";
import type { Page } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { createFragmentCache } from "../src/render/fragment-cache";
import { href } from "../src/render/links";
import { HEADER_SEARCH_INPUT_ID, QUERY_PARAM } from "../src/search/search-names";
import { HeadMeta } from "./HeadMeta";
import { RenderedOnce } from "./RenderedOnce";

export interface BaseProps {
  readonly context: RenderContext;
  /** The model path of this page, without the prefix. */
  readonly path: string;
  /** Full <title> text. */
  readonly title: string;
  readonly description: string;
  /** False for pages that must not claim a canonical URL (the 404 page is served at any address). */
  readonly canonical?: boolean;
  /** The page being rendered, for its share metadata and structured data in the head. */
  readonly page?: Page;
  readonly children: ComponentChildren;
}

const SECTIONS: readonly { readonly path: string; readonly label: string }[] = [
  { path: "/", label: "Latest" },
  { path: "/topics/", label: "Topics" },
  { path: "/sources/", label: "Sources" },
  { path: "/archive/", label: "Archive" },
];

/** The header and footer are the same on every page but the section pages, which mark their own link. */
const HEADERS = createFragmentCache();
const FOOTERS = createFragmentCache();
/** Fragment subjects: the header of a page outside the sections, the footer (one per site). */
const NO_SECTION = {};
const SITE_WIDE = {};

function SiteHeader({ site, path }: { readonly site: SiteConfig; readonly path: string }): JSX.Element {
  return (
    <div class="wrap site-header__inner">
      <a class="site-title" href={href(site, "/")}>
        {site.title}
      </a>
      <nav class="site-nav" aria-label="Main">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <a href={href(site, section.path)} aria-current={section.path === path ? "page" : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form class="site-search" role="search" action={href(site, "/search/")} method="get">
        <label class="visually-hidden" for={HEADER_SEARCH_INPUT_ID}>
          Search articles
        </label>
        <input
          id={HEADER_SEARCH_INPUT_ID}
          class="site-search__input"
          type="search"
          name={QUERY_PARAM}
          placeholder="Search articles"
        />
        <button class="site-search__button" type="submit">
          Search
        </button>
      </form>
    </div>
  );
}

function SiteFooter({ site }: RenderContext): JSX.Element {
  return (
    <div class="wrap">
      <p>
        <a href={href(site, "/")}>{site.title}</a>
        {site.description !== "" && <> — {site.description}</>}
      </p>
    </div>
  );
}

export function Base({ context, path, title, description, canonical = true, page, children }: BaseProps): JSX.Element {
  const { site } = context;
  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title}</title>
        <HeadMeta context={context} path={path} title={title} description={description} canonical={canonical} page={page} />
        <link rel="stylesheet" href={href(site, "/assets/site.css")} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <RenderedOnce
          as="header"
          class="site-header"
          cache={HEADERS}
          site={site}
          subject={SECTIONS.find((section) => section.path === path) ?? NO_SECTION}
          render={(fragmentContext) => <SiteHeader site={fragmentContext.site} path={path} />}
        />
        <main id="main" class="wrap">
          {children}
        </main>
        <RenderedOnce as="footer" class="site-footer" cache={FOOTERS} site={site} subject={SITE_WIDE} render={SiteFooter} />
      </body>
    </html>
  );
}
