// Write stage, Eleventy's worker thread entry: Node 20 cannot start a worker
// from a .ts file, even when the parent runs under tsx, so this plain module
// registers tsx for the thread and loads the real entry, eleventy-writer-thread.ts.

import { tsImport } from "tsx/esm/api";

await tsImport("./eleventy-writer-thread.ts", import.meta.url);
