// Render stage: volume over time as a server-rendered SVG bar chart. The SVG is
// one image to assistive technology, named by its title and described by a
// text that gives the numbers (see src/render/volume-chart.ts); the axis
// labels under it are plain text. No script, no inline styles.

import type { JSX } from "preact";
import type { Volume } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { volumeChart } from "../src/render/volume-chart";

export interface VolumeChartProps {
  readonly volume: Volume;
  readonly context: RenderContext;
  /** Prefix of the ids the SVG's title and description get; unique on the page. */
  readonly id: string;
  /** The page lists every count itself, so a long series is summed up rather than read out. */
  readonly listedBelow?: boolean;
}

export function VolumeChart({ volume, context, id, listedBelow = false }: VolumeChartProps): JSX.Element | null {
  const chart = volumeChart(volume, context.site, listedBelow);
  if (chart === undefined) return null;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  return (
    <figure class="volume">
      <figcaption class="volume__caption">{chart.title}</figcaption>
      <svg
        class="volume__chart"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descriptionId}>{chart.description}</desc>
        <line class="volume__baseline" x1="0" y1={chart.height} x2={chart.width} y2={chart.height} />
        {chart.bars.map((bar, index) => (
          <rect key={index} class="volume__bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
            <title>{bar.title}</title>
          </rect>
        ))}
      </svg>
      <p class="volume__axis" aria-hidden="true">
        <span>{chart.firstLabel}</span>
        <span>{chart.lastLabel}</span>
      </p>
    </figure>
  );
}
