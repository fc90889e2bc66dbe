// Benchmark, synthetic archive: the seeded random numbers everything generated
// is drawn from. Math.random is never used, so a seed always yields the same archive.

/** A source of uniform numbers in [0, 1), with the draws the generator needs. */
export interface Random {
  next(): number;
  /** Whole number in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** Mulberry32: a 32-bit state advanced by a fixed odd step, then scrambled by multiply-xorshift rounds. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Folds a stream number into a seed, so article n gets its own stream whatever the
 * archive size: the first 1,000 articles of a 10,000-article archive are the 1,000-article archive.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("cannot pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
  };
}

/**
 * Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1)^exponent:
 * a few ranks are very common and a long tail is rare, as topics are in a real archive.
 */
export function zipfSampler(size: number, exponent: number): (random: Random) => number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a whole number above 0, got ${size}`);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
