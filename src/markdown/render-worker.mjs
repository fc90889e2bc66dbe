// Markdown stage, worker thread entry: Node 20 cannot start a worker from a .ts
// file, even when the parent runs under tsx, so this plain module registers
// tsx for the thread and loads the real worker, render-worker.ts.

import { tsImport } from "tsx/esm/api";

await tsImport("./render-worker.ts", import.meta.url);
