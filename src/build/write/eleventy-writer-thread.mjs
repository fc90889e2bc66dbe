// Write stage, Eleventy's worker thread entry: Node 20 cannot start a worker
// from a .ts file, even when the parent runs under tsx, so this plain module
// registers tsx for the whole thread (Eleventy imports the project's
// .eleventy.ts and what it imports from here too) and loads the real entry,
// eleventy-writer-thread.ts.

import { register } from "tsx/esm/api";

register();
await import("./eleventy-writer-thread.ts");
