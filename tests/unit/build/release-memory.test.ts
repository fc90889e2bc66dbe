// Write stage tests: the garbage collection between the content stages and
// the write runs only for a large heap, and when it runs it is a full one.

import { describe, expect, it } from "vitest";
import { collectGarbageIfLarge } from "../../../src/pipeline/release-memory";

describe("collectGarbageIfLarge", () => {
  it("does nothing while the heap is below the threshold", async () => {
    expect(await collectGarbageIfLarge(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it("runs a full collection above it: an object nothing refers to is gone", async () => {
    let garbage: object | undefined = { large: new Array(100_000).fill("x") };
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target until the current task is over.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await collectGarbageIfLarge(0)).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
