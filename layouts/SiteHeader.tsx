// Render stage: the site's header — the title (or the logo), the main
// navigation with the current section marked, and the search box that works
// without JavaScript. A site may replace it (see src/theme/slots.ts).

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import { addressHref, href } from "../src/render/links";
import { logoAddress } from "../src/render/site-assets";
import { HEADER_SEARCH_INPUT_ID, QUERY_PARAM } from "../src/search/search-names";
import type { SiteHeaderProps } from "../src/theme/slots";

export function SiteHeader({ context, navigation, path }: SiteHeaderProps): JSX.Element {
  const { site } = context;
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
