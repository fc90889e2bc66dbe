import { describe, expect, it } from "vitest";
import type { Volume } from "../../../src/model/types";
import { CHART_HEIGHT, LISTED_BUCKETS, volumeChart } from "../../../src/render/volume-chart";

const site = { language: "en-GB", timezone: "UTC" };
const years = (...counts: number[]): Volume => ({ unit: "year", buckets: counts.map((count, i) => ({ year: 2004 + i, count })) });

describe("volumeChart", () => {
  it("scales the busiest bar to the full height and keeps a quiet year visible", () => {
    const chart = volumeChart(years(1, 0, 400), site)!;
    expect(chart.bars.map((bar) => bar.height)).toEqual([1, 0, CHART_HEIGHT]);
    expect(chart.bars.every((bar) => bar.y + bar.height === CHART_HEIGHT)).toBe(true);
    expect(chart.width).toBe(30);
  });

  it("names every bar and lists them all in a short series", () => {
    const chart = volumeChart(years(3, 0, 1), site)!;
    expect(chart.bars.map((bar) => bar.title)).toEqual(["2004: 3 articles", "2005: 0 articles", "2006: 1 article"]);
    expect(chart.title).toBe("Articles per year, 2004 to 2006");
    expect(chart.description).toBe("2004: 3 articles; 2005: 0 articles; 2006: 1 article. Busiest: 2004, 3 articles. 4 articles in all.");
    expect([chart.firstLabel, chart.lastLabel]).toEqual(["2004", "2006"]);
  });

  it("sums up a long series that the page lists anyway, and lists it when the page does not", () => {
    const long: Volume = {
      unit: "month",
      buckets: Array.from({ length: LISTED_BUCKETS + 1 }, (_, i) => ({ year: 2020 + Math.floor(i / 12), month: (i % 12) + 1, count: i === 5 ? 9 : 1 })),
    };
    expect(volumeChart(long, site, true)!.description).toBe("Busiest: June 2020, 9 articles. 49 articles in all. Every month is listed with its count below.");
    expect(volumeChart(long, site, false)!.description).toMatch(/^January 2020: 1 article; February 2020: 1 article;/);
    expect(volumeChart(long, site)!.title).toBe("Articles per month, January 2020 to May 2023");
  });

  it("names a one-bucket chart once", () => {
    expect(volumeChart(years(2), site)!.title).toBe("Articles per year, 2004");
  });

  it("draws nothing without buckets", () => {
    expect(volumeChart({ unit: "year", buckets: [] }, site)).toBeUndefined();
  });
});
