import { describe, expect, it } from "vitest";
import { createRandom, deriveSeed, mulberry32, zipfSampler } from "../../../bench/prng";

const draws = (next: () => number, count: number): number[] => Array.from({ length: count }, next);

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const values = draws(mulberry32(99), 5000);
    expect(draws(mulberry32(99), 5000)).toEqual(values);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it("spreads its values evenly enough for sampling", () => {
    const buckets = new Array<number>(10).fill(0);
    for (const value of draws(mulberry32(5), 20_000)) buckets[Math.floor(value * 10)]!++;
    for (const bucket of buckets) expect(Math.abs(bucket - 2000)).toBeLessThan(200);
  });

  it("differs between seeds", () => {
    expect(draws(mulberry32(1), 10)).not.toEqual(draws(mulberry32(2), 10));
  });
});

describe("deriveSeed", () => {
  it("gives each stream of a seed its own 32-bit seed", () => {
    const seeds = Array.from({ length: 1000 }, (_, stream) => deriveSeed(7, stream));
    expect(new Set(seeds).size).toBe(1000);
    for (const seed of seeds) expect(seed >>> 0).toBe(seed);
    expect(deriveSeed(8, 0)).not.toBe(deriveSeed(7, 0));
  });
});

describe("createRandom", () => {
  it("draws whole numbers within both bounds, reaching each", () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 6)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe("zipfSampler", () => {
  it("draws rank r about (r + 1) times less often than rank 0 when the exponent is 1", () => {
    const sample = zipfSampler(50, 1);
    const random = createRandom(11);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 50_000; i++) counts[sample(random)]!++;
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts[0]! / counts[1]!).toBeCloseTo(2, 0);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(7);
    expect(counts[0]! / counts[9]!).toBeLessThan(13);
  });

  it.each([0, -1, 2.5])("refuses a size of %d", (size) => {
    expect(() => zipfSampler(size, 1)).toThrow(RangeError);
  });
});
