// Render stage: a date as a <time> element, machine-readable with its offset
// and human-readable in the site language and zone.

import type { JSX } from "preact";
import type { DateTime } from "luxon";
import type { RenderContext } from "../src/render/context";
import { dateline, isoDateTime } from "../src/render/format-date";

export interface TimeStampProps {
  readonly context: RenderContext;
  readonly date: DateTime;
  /** Add the time of day and zone; only meaningful when the source gave one. */
  readonly showTime?: boolean;
}

export function TimeStamp({ context, date, showTime = false }: TimeStampProps): JSX.Element {
  const { site } = context;
  return (
    <time datetime={isoDateTime(date, site)}>
      {dateline(date, !showTime, site)}
    </time>
  );
}
