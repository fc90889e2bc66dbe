// Render stage: the document shell every page shares — head, skip link, site
// header with the main navigation, the <main> landmark and the footer. The
// header and footer are the site's own when its layouts folder replaces them.

import type { ComponentChildren, JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import { textDirection } from "../src/i18n/locale";
import { mainNavigation } from "../src/model/navigation";
import type { Page } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { createFragmentCache } from "../src/render/fragment-cache";
import { addressHref, href } from "../src/render/links";
import { iconLinks, stylesheetAddresses } from "../src/render/site-assets";
import { themeOf } from "../src/theme/load-theme";
import { slotHtml } from "../src/theme/render-slot";
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
/** Fragment subject of the footer: one per site, or per loaded layouts folder, which a dev server may load anew. */
const SITE_WIDE = {};

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
          render={(fragmentContext) => slotHtml(site, "SiteHeader", { context: fragmentContext, navigation, path })}
        />
        <main id="main" class="wrap">
          {children}
        </main>
        <RenderedOnce
          as="footer"
          class="site-footer"
          cache={FOOTERS}
          site={site}
          subject={themeOf(site) ?? SITE_WIDE}
          render={(fragmentContext) => slotHtml(site, "SiteFooter", { context: fragmentContext })}
        />
      </body>
    </html>
  );
}
