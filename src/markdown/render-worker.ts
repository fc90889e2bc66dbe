// Markdown stage, inside a worker thread: renders the batches of bodies the
// pool sends, with the same renderer the main thread uses, and sends them back.

import { parentPort, workerData } from "node:worker_threads";
import { createBodyRenderer, type RenderOptions } from "./render-articles";
import type { BatchRequest, BatchResult } from "./render-pool";

if (parentPort === null) throw new Error("render-worker.ts runs only as a worker thread (see render-pool.ts)");
const port = parentPort;
const render = createBodyRenderer(workerData as RenderOptions);

port.on("message", (request: BatchRequest) => {
  const result: BatchResult = { start: request.start, bodies: request.bodies.map(render) };
  port.postMessage(result);
});
