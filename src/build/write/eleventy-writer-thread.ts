// Write stage, inside Eleventy's worker thread: connects the writer
// (eleventy-writer.ts) to the thread that started it (page-writer.ts).

import { parentPort } from "node:worker_threads";
import { createEleventyWriter, type ToWriter } from "./eleventy-writer";

if (parentPort === null) throw new Error("eleventy-writer-thread.ts runs only as a worker thread (see page-writer.ts)");
const port = parentPort;
const handle = createEleventyWriter((message) => port.postMessage(message));
port.on("message", (message: ToWriter) => handle(message));
