// Render stage: the trail of pages above the current one. The current page is
// left out because its h1 follows directly.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { PageLink } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";

export interface BreadcrumbProps {
  readonly context: RenderContext;
  readonly trail: readonly PageLink[];
}

export function Breadcrumb({ context, trail }: BreadcrumbProps): JSX.Element | null {
  if (trail.length === 0) return null;
  return (
    <nav class="breadcrumb" aria-label={labelsOf(context.site).breadcrumb}>
      <ol>
        {trail.map((link) => (
          <li key={link.path}>
            <a href={href(context.site, link.path)}>{link.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
