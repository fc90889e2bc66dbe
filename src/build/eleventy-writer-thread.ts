// Write stage, inside Eleventy's worker thread: connects the writer
// (eleventy-writer.ts) to the thread that started it (page-writer.ts).

import { parentPort, workerData } from "node:worker_threads";
import { createEleventyWriter, type ToWriter } from "./eleventy-writer";

/** What the thread is started with. */
export interface WriterSetup {
  /** Eleventy's input folder. */
  readonly input: string;
}

if (parentPort === null) throw new Error("eleventy-writer-thread.ts runs only as a worker thread (see page-writer.ts)");
const port = parentPort;
const handle = createEleventyWriter((workerData as WriterSetup).input, (message) => port.postMessage(message));
port.on("message", (message: ToWriter) => handle(message));
