// Test support: a temporary project folder inside the repository (under the
// git-ignored tmp/), since Eleventy reads a pages folder only inside the
// working directory, which tests cannot change.

import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run-cli";

export function tempProjectDir(prefix: string): string {
  const parent = path.join(ROOT, "tmp");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}
