// Markdown stage: renders many bodies on several threads — this one and
// worker threads. Batches are handed out as threads become free, so an uneven
// mix of long and short articles still keeps every core busy; results come
// back in input order.

import { Worker } from "node:worker_threads";
import { createBodyRenderer, type RenderedBody, type RenderOptions } from "./render-articles";

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

/** Batches a worker holds at once: the next is there when it finishes one, however busy this thread is. */
const BATCHES_PER_WORKER = 2;

/**
 * Worker threads, possibly started before the bodies are known: starting one costs about a
 * third of a second of processor time, which a build spends while this thread reads the content.
 */
export interface RenderThreads {
  readonly workers: readonly Worker[];
  /** Why a thread stopped before it was used, if one did. */
  readonly failure: () => Error | undefined;
}

/** Starts the worker threads for `threads` threads in all: this one renders too. */
export function startRenderThreads(options: RenderOptions, threads: number): RenderThreads {
  const workerData: RenderOptions = { allowedIframeHosts: [...options.allowedIframeHosts] };
  // An empty execArgv keeps the parent's flags (profilers, loaders) out of the threads.
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(WORKER_ENTRY, { workerData, execArgv: [] }));
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.once("error", (error) => (failure ??= error));
    worker.once("exit", (code) => (failure ??= new Error(`Markdown worker thread stopped (exit code ${code})`)));
  }
  return { workers, failure: () => failure };
}

export async function stopRenderThreads(threads: RenderThreads): Promise<void> {
  await Promise.all(threads.workers.map((worker) => worker.terminate()));
}

/**
 * Renders `bodies` on `threads` threads in all (their workers started here, or already started);
 * the same result as rendering them one by one on this thread. `onRendered` gets the running
 * count after each batch. The worker threads are stopped at the end.
 */
export async function renderInWorkers(
  bodies: readonly string[],
  options: RenderOptions,
  threads: number | RenderThreads,
  onRendered?: (count: number) => void,
): Promise<RenderedBody[]> {
  if (bodies.length === 0) {
    if (typeof threads !== "number") await stopRenderThreads(threads);
    return [];
  }
  const started = typeof threads === "number" ? startRenderThreads(options, Math.min(threads, Math.ceil(bodies.length / BATCH_SIZE))) : threads;
  const results = new Array<RenderedBody>(bodies.length);
  let next = 0;
  let done = 0;
  const take = (): { start: number; bodies: string[] } | undefined => {
    if (next >= bodies.length) return undefined;
    const start = next;
    next = Math.min(start + BATCH_SIZE, bodies.length);
    return { start, bodies: bodies.slice(start, next) };
  };
  const store = (start: number, rendered: readonly RenderedBody[]) => {
    rendered.forEach((body, offset) => (results[start + offset] = body));
    done += rendered.length;
    onRendered?.(done);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const early = started.failure();
      if (early !== undefined) return reject(early);
      const handOut = (worker: Worker) => {
        const batch = take();
        if (batch !== undefined) worker.postMessage(batch satisfies BatchRequest);
      };
      for (const worker of started.workers) {
        worker.on("message", (result: BatchResult) => {
          store(result.start, result.bodies);
          if (done === bodies.length) resolve();
          else handOut(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < bodies.length) reject(new Error(`Markdown worker thread stopped (exit code ${code}) before rendering every body`));
        });
        for (let i = 0; i < BATCHES_PER_WORKER; i++) handOut(worker);
      }
      void renderHere(options, take, store).then(() => {
        if (done === bodies.length) resolve();
      }, reject);
    });
  } finally {
    await stopRenderThreads(started);
  }
  return results;
}

/**
 * This thread's share: batch after batch until none is left, with a turn of the event loop between
 * batches so the workers' results are taken in and they get their next batch.
 */
async function renderHere(
  options: RenderOptions,
  take: () => { start: number; bodies: string[] } | undefined,
  store: (start: number, rendered: readonly RenderedBody[]) => void,
): Promise<void> {
  const render = createBodyRenderer(options);
  for (let batch = take(); batch !== undefined; batch = take()) {
    store(batch.start, batch.bodies.map((body) => flat(render(body))));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Rendered here, the HTML is a string of many small pieces (as it is not when it comes from a
 * worker); every page and feed that shows the body would walk them again. A copy from its bytes
 * is one flat piece with the same text.
 */
function flat(body: RenderedBody): RenderedBody {
  return { html: Buffer.from(body.html, "utf8").toString("utf8"), firstParagraph: body.firstParagraph, notes: body.notes };
}
