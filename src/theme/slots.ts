// Theme: the layout components a site may replace without editing the
// generator — its header, its footer, an article's entry in a listing, and
// extra markup at the end of every page's <head> — each named by the file
// that replaces it in the site's layouts folder (`theme/SiteFooter.tsx`), with
// the props it is given. These types are the contract an override is written
// against.

import type { Article, Page, PageLink } from "../model/types";
import type { RenderContext } from "../render/context";

/** The site's header: title or logo, the main navigation, the search box. Rendered once per build and current section. */
export interface SiteHeaderProps {
  /** Holds only the site (`context.site`). */
  readonly context: RenderContext;
  readonly navigation: readonly PageLink[];
  /** The path of the page being shown, to mark its link in the navigation. */
  readonly path: string;
}

/** The site's footer. Rendered once per build. */
export interface SiteFooterProps {
  /** Holds only the site (`context.site`). */
  readonly context: RenderContext;
}

/** One article's entry in the home, topic and source listings. Rendered once per article. */
export interface ArticleSummaryProps {
  readonly article: Article;
  /** Holds only the site (`context.site`). */
  readonly context: RenderContext;
}

/** Markup at the end of every page's <head> (meta tags, a web font's <link>). Rendered on every page; nothing by default. */
export interface HeadExtraProps {
  readonly context: RenderContext;
  /** The page's path in the site, without the path prefix. */
  readonly path: string;
  /** The archive's page being rendered; absent on the site's own pages (`pages/`). */
  readonly page?: Page;
}

export interface SlotProps {
  readonly SiteHeader: SiteHeaderProps;
  readonly SiteFooter: SiteFooterProps;
  readonly ArticleSummary: ArticleSummaryProps;
  readonly HeadExtra: HeadExtraProps;
}

export type SlotName = keyof SlotProps;

export const SLOT_NAMES: readonly SlotName[] = Object.freeze(["SiteHeader", "SiteFooter", "ArticleSummary", "HeadExtra"]);

export function isSlotName(name: string): name is SlotName {
  return (SLOT_NAMES as readonly string[]).includes(name);
}
