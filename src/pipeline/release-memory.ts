// Write stage, memory: after the content stages, and again after the plans
// for reuse, most of the heap is garbage (Markdown sources, parse results, the
// render cache's copies, fingerprint encodings). V8 would keep it until the
// heap had grown to several times what survived its last full collection,
// which on a large archive is gigabytes; a collection at each of these points
// keeps the build's peak memory near its live size.

import { getHeapStatistics } from "node:v8";

/** Below this much used heap a collection gains little and costs a tenth of a second. */
export const LARGE_HEAP_BYTES = 256 * 1024 * 1024;

/**
 * Runs a full garbage collection when more than `threshold` bytes of heap are in use, through
 * the inspector protocol's HeapProfiler.collectGarbage (Node has no other way without a
 * command-line flag). Resolves with whether it collected; never throws: without an inspector
 * (a Node built without one) the build only uses more memory.
 */
export async function collectGarbageIfLarge(threshold: number = LARGE_HEAP_BYTES): Promise<boolean> {
  if (getHeapStatistics().used_heap_size < threshold) return false;
  try {
    const { Session } = await import("node:inspector");
    const session = new Session();
    session.connect();
    try {
      await new Promise<void>((resolve, reject) =>
        session.post("HeapProfiler.collectGarbage", (error) => (error === null ? resolve() : reject(error))),
      );
    } finally {
      session.disconnect();
    }
    return true;
  } catch {
    return false;
  }
}
