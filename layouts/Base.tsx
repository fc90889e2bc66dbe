// Render stage: the document shell every page shares — head, skip link, site
// header with the main navigation, the <main> landmark and the footer.

import type { ComponentChildren, JSX } from "preact";
import type { SiteConfig } from "../src/config/site-config";
import { labelsOf, textDirection } from "../src/i18n/locale";
import { mainNavigation } from "../src/model/navigation";
import type { Page, PageLink } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { createFragmentCache } from "../src/render/fragment-cache";
import { addressHref, href } from "../src/render/links";
import { iconLinks, logoAddress, stylesheetAddresses } from "../src/render/site-assets";
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

/**
 * The header and footer are the same on every page but the pages the navigation links to, which
 * mark their own link. The header's subject is that link, or the whole navigation for any other
 * page; either belongs to one build's navigation, so a new navigation never reuses an old header.
 */
const HEADERS = createFragmentCache();
const FOOTERS = createFragmentCache();
/** Fragment subject of the footer: one per site. */
const SITE_WIDE = {};

interface SiteHeaderProps {
  readonly site: SiteConfig;
  readonly navigation: readonly PageLink[];
  readonly path: string;
}

function SiteHeader({ site, navigation, path }: SiteHeaderProps): JSX.Element {
  const labels = labelsOf(site);
  const logo = logoAddress(site);
  return (
    <div class="wrap site-header__inner">
      <a class="site-title" href={href(site, "/")}>
        {logo !== undefined ? <img class="site-logo" src={addressHref(site, logo)} alt={site.logoAlt ?? site.title} /> : site.title}
      </a>
      <nav class="site-nav" aria-label={labels.mainNavigation}>
        <ul>
          {navigation.map((link) => (
            <li key={link.path}>
              <a href={addressHref(site, link.path)} aria-current={link.path === path ? "page" : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form class="site-search" role="search" action={href(site, "/search/")} method="get">
        <label class="visually-hidden" for={HEADER_SEARCH_INPUT_ID}>
          {labels.searchArticles}
        </label>
        <input
          id={HEADER_SEARCH_INPUT_ID}
          class="site-search__input"
          type="search"
          name={QUERY_PARAM}
          placeholder={labels.searchArticles}
        />
        <button class="site-search__button" type="submit">
          {labels.searchButton}
        </button>
      </form>
    </div>
  );
}

function SiteFooter({ site }: RenderContext): JSX.Element {
  const { text, links } = site.footer;
  return (
    <div class="wrap">
      <p>
        <a href={href(site, "/")}>{site.title}</a>
        {site.description !== "" && <> — {site.description}</>}
      </p>
      {text !== "" && <p class="site-footer__text">{text}</p>}
      {links.length > 0 && (
        <ul class="site-footer__links">
          {links.map((link) => (
            <li key={link.url}>
              <a href={addressHref(site, link.url)}>{link.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Base({ context, path, title, description, canonical = true, page, children }: BaseProps): JSX.Element {
  const { site } = context;
  // The archive's sections alone for pages rendered without a model (tests, fragments).
  const navigation = context.navigation ?? mainNavigation([], site);
  const labels = labelsOf(site);
  return (
    <html lang={site.language} dir={textDirection(site.language) === "rtl" ? "rtl" : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title}</title>
        <HeadMeta context={context} path={path} title={title} description={description} canonical={canonical} page={page} />
        {stylesheetAddresses(site).map((address) => (
          <link key={address} rel="stylesheet" href={addressHref(site, address)} />
        ))}
        {iconLinks(site).map((icon) => (
          <link key={icon.path} rel="icon" href={href(site, icon.path)} type={icon.type} sizes={icon.sizes} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {labels.skipToContent}
        </a>
        <RenderedOnce
          as="header"
          class="site-header"
          cache={HEADERS}
          site={site}
          subject={navigation.find((link) => link.path === path) ?? navigation}
          render={(fragmentContext) => <SiteHeader site={fragmentContext.site} navigation={navigation} path={path} />}
        />
        <main id="main" class="wrap">
          {children}
        </main>
        <RenderedOnce as="footer" class="site-footer" cache={FOOTERS} site={site} subject={SITE_WIDE} render={SiteFooter} />
      </body>
    </html>
  );
}
