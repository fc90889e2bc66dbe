// Markdown stage: renders many bodies on worker threads. Batches are handed
// out as threads become free, so an uneven mix of long and short articles
// still keeps every core busy; results come back in input order.

import { Worker } from "node:worker_threads";
import type { RenderedBody, RenderOptions } from "./render-articles";

export interface BatchRequest {
  /** Index of the batch's first body in the whole list. */
  readonly start: number;
  readonly bodies: readonly string[];
}

export interface BatchResult {
  readonly start: number;
  readonly bodies: readonly RenderedBody[];
}

/** A plain module, because Node 20 cannot start a worker thread from TypeScript (see the file). */
const WORKER_ENTRY = new URL("./render-worker.mjs", import.meta.url);

/** Large enough that messaging costs little next to rendering, small enough to balance the threads. */
export const BATCH_SIZE = 100;

/**
 * Renders `bodies` on `threads` worker threads; the same result as rendering them one by one on
 * this thread. `onRendered` gets the running count after each batch.
 */
export async function renderInWorkers(
  bodies: readonly string[],
  options: RenderOptions,
  threads: number,
  onRendered?: (count: number) => void,
): Promise<RenderedBody[]> {
  if (bodies.length === 0) return [];
  const results = new Array<RenderedBody>(bodies.length);
  const workerCount = Math.max(1, Math.min(threads, Math.ceil(bodies.length / BATCH_SIZE)));
  const workerData: RenderOptions = { allowedIframeHosts: [...options.allowedIframeHosts] };
  // An empty execArgv keeps the parent's flags (profilers, loaders) out of the threads.
  const workers = Array.from({ length: workerCount }, () => new Worker(WORKER_ENTRY, { workerData, execArgv: [] }));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const handOut = (worker: Worker) => {
        if (next >= bodies.length) return;
        const start = next;
        next = Math.min(start + BATCH_SIZE, bodies.length);
        const request: BatchRequest = { start, bodies: bodies.slice(start, next) };
        worker.postMessage(request);
      };
      for (const worker of workers) {
        worker.on("message", (result: BatchResult) => {
          result.bodies.forEach((body, offset) => {
            results[result.start + offset] = body;
          });
          done += result.bodies.length;
          onRendered?.(done);
          if (done === bodies.length) resolve();
          else handOut(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < bodies.length) reject(new Error(`Markdown worker thread stopped (exit code ${code}) before rendering every body`));
        });
        handOut(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
