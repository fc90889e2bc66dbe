// Render stage: what a volume chart draws and says — one bar per year or month
// in SVG user units, and its text alternative (title, and a description that
// lists every bar, or sums up a long series whose numbers the page lists
// anyway). Pure, so the chart's geometry and words are tested without markup.

import type { SiteConfig } from "../config/site-config";
import { labelsOf } from "../i18n/labels-of";
import type { Volume, VolumeBucket } from "../model/types";
import { bucketLabel } from "./calendar-text";
import { articleCount } from "./page-text";

type ChartSite = Pick<SiteConfig, "timezone" | "language">;

/** Height of the drawing in SVG units; each bar is BAR_STEP wide including its gap. */
export const CHART_HEIGHT = 100;
const BAR_STEP = 10;
const BAR_GAP = 2;

/** A series longer than this is summed up in the description instead of listed bar by bar. */
export const LISTED_BUCKETS = 40;

export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** "2019: 612 articles", the bar's tooltip. */
  readonly title: string;
}

export interface VolumeChartData {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly ChartBar[];
  readonly title: string;
  readonly description: string;
  /** Labels under the first and last bar. */
  readonly firstLabel: string;
  readonly lastLabel: string;
}

const labelOf = (bucket: VolumeBucket, site: ChartSite, width: "long" | "short" = "short") => bucketLabel(bucket.year, bucket.month, site, width);

/**
 * Bars scaled so the busiest reaches the top; a bar with any article is at least one unit tall,
 * so a quiet year is not mistaken for an empty one. `listedBelow` tells the description that
 * the page lists every count, so a long series need not be read out in full.
 */
export function volumeChart(volume: Volume, site: ChartSite, listedBelow = false): VolumeChartData | undefined {
  const { buckets } = volume;
  const first = buckets[0];
  const last = buckets.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const count = (n: number) => articleCount(n, site);
  const labels = labelsOf(site);
  const bars = buckets.map((bucket, i): ChartBar => {
    const height = bucket.count === 0 ? 0 : Math.max(1, Math.round((bucket.count / max) * CHART_HEIGHT * 10) / 10);
    return {
      x: i * BAR_STEP + BAR_GAP / 2,
      y: CHART_HEIGHT - height,
      width: BAR_STEP - BAR_GAP,
      height,
      title: labels.volumeBucket(labelOf(bucket, site, "long"), count(bucket.count)),
    };
  });

  const busiest = buckets.reduce((best, bucket) => (bucket.count > best.count ? bucket : best));
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const summary = [labels.volumeBusiest(labelOf(busiest, site, "long"), count(busiest.count)), labels.volumeTotal(count(total))];
  const listed = buckets.length <= LISTED_BUCKETS || !listedBelow;
  const description = listed
    ? [bars.map((bar) => bar.title).join("; ") + ".", ...summary].join(" ")
    : [...summary, labels.volumeListedBelow].join(" ");

  return {
    width: buckets.length * BAR_STEP,
    height: CHART_HEIGHT,
    bars,
    title: labels.volumeTitle(volume.unit, labelOf(first, site, "long"), labelOf(last, site, "long")),
    description,
    firstLabel: labelOf(first, site),
    lastLabel: labelOf(last, site),
  };
}
