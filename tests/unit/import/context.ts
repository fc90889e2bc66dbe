// Test support for the importers: an import context over a made-up archive,
// showing paths relative to the repository as the CLI would from its root.

import path from "node:path";
import type { ExistingArchive } from "../../../src/import/existing-archive";
import type { ImportContext } from "../../../src/import/types";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const IMPORT_FIXTURES = path.join(ROOT, "tests/fixtures/import");

export function importContext(existing: Partial<ExistingArchive> = {}, zone = "Asia/Seoul"): ImportContext {
  return {
    zone,
    existing: { urls: new Map(), topics: [], sources: [], ...existing },
    shown: (file) => path.relative(ROOT, file).split(path.sep).join("/"),
    allowedIframeHosts: ["www.youtube-nocookie.com"],
  };
}
