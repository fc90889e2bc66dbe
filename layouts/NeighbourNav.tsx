// Render stage: the links beside a listing's heading to the listing before it,
// the one above it and the one after it — the previous and next period with
// articles, a topic's neighbouring years, the neighbouring days of the year.

import type { JSX } from "preact";
import { textDirection } from "../src/i18n/locale";
import type { PageLink } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";

export interface NeighbourNavProps {
  readonly context: RenderContext;
  /** The navigation landmark's name, e.g. "Nearby dates". */
  readonly label: string;
  readonly previous?: PageLink;
  readonly up?: PageLink;
  readonly next?: PageLink;
}

export function NeighbourNav({ context, label, previous, up, next }: NeighbourNavProps): JSX.Element | null {
  if (previous === undefined && up === undefined && next === undefined) return null;
  const link = (page: PageLink) => href(context.site, page.path);
  // The previous link comes first in reading order: at the left in English, at the right in Arabic, its arrow pointing out.
  const [back, forward] = textDirection(context.site.language) === "rtl" ? ["→", "←"] : ["←", "→"];
  return (
    <nav class="period-nav" aria-label={label}>
      <ul>
        {previous !== undefined && (
          <li class="period-nav__previous">
            <a href={link(previous)}>
              <span aria-hidden="true">{`${back} `}</span>
              {previous.label}
            </a>
          </li>
        )}
        {up !== undefined && (
          <li class="period-nav__up">
            <a href={link(up)}>{up.label}</a>
          </li>
        )}
        {next !== undefined && (
          <li class="period-nav__next">
            <a href={link(next)}>
              {next.label}
              <span aria-hidden="true">{` ${forward}`}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
