// Theme: renders a replaceable component — the site's override when its
// layouts folder has one, the built-in component otherwise — to HTML, so the
// layouts can put it in its place (most are rendered once per build and
// reused, see src/render/fragment-cache.ts). Whatever an override throws while
// rendering, even from a component of its own deep inside, becomes an error
// naming its file.

import { h, type ComponentType } from "preact";
import { renderToString } from "preact-render-to-string";
import { ArticleSummary } from "../../layouts/ArticleSummary";
import { HeadExtra } from "../../layouts/HeadExtra";
import { SiteFooter } from "../../layouts/SiteFooter";
import { SiteHeader } from "../../layouts/SiteHeader";
import type { SiteConfig } from "../config/site-config";
import { themeOf } from "./load-theme";
import type { SlotName, SlotProps } from "./slots";
import { ThemeRenderError } from "./theme-error";

const BUILT_IN: { readonly [Name in SlotName]: ComponentType<SlotProps[Name]> } = { SiteHeader, SiteFooter, ArticleSummary, HeadExtra };

type SlotSite = Pick<SiteConfig, "layouts">;

/** Whether the site replaces the component `name`. */
export function isOverridden(site: SlotSite, name: SlotName): boolean {
  return themeOf(site)?.overrides[name] !== undefined;
}

/** The HTML of the component `name` for `props`, the site's own when it replaces it. */
export function slotHtml<Name extends SlotName>(site: SlotSite, name: Name, props: SlotProps[Name]): string {
  const override = themeOf(site)?.overrides[name];
  if (override === undefined) return renderToString(h(BUILT_IN[name] as ComponentType<SlotProps[Name]>, props));
  try {
    return renderToString(h(override.component as unknown as ComponentType<SlotProps[Name]>, props));
  } catch (error) {
    throw new ThemeRenderError(override.file, `layout override ${name}`, error);
  }
}

/**
 * A complete document with the site's HeadExtra at the end of its head. The first `</head>` is the
 * head's own: preact escapes `<` in every text and attribute, and JSON-LD escapes it too.
 */
export function withHeadExtra(documentHtml: string, props: SlotProps["HeadExtra"]): string {
  if (!isOverridden(props.context.site, "HeadExtra")) return documentHtml;
  const end = documentHtml.indexOf("</head>");
  return `${documentHtml.slice(0, end)}${slotHtml(props.context.site, "HeadExtra", props)}${documentHtml.slice(end)}`;
}
