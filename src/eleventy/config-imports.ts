// Eleventy edge: the local modules an Eleventy configuration file imports, so
// a rebuild notices a change to a filter or plugin kept beside the
// configuration (`import { shout } from "./eleventy/filters.js"`). Imports are
// found the way Eleventy's own watcher finds them: by reading the import
// statements, not by running the code; packages (bare specifiers) are covered
// by the lockfile instead.

import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** `import … from "./x"`, `export … from "./x"`, `import "./x"`, `import("./x")`, `require("./x")`. */
const LOCAL_SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])(\.{1,2}\/[^"'\n]+)\1/g;

/** What a specifier may leave out, as tsx and Node resolve it. */
const CANDIDATE_SUFFIXES = ["", ".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js"];

/**
 * Every local module `file` imports, directly or through other local modules, as absolute paths in
 * the order found; `file` itself is not included. Files under `skip` folders are not read (their
 * own imports are someone else's concern, e.g. the generator's code, fingerprinted whole).
 */
export function localImports(file: string, skip: readonly string[] = []): string[] {
  const found = new Set<string>();
  const visit = (from: string) => {
    let source: string;
    try {
      source = readFileSync(from, "utf8");
    } catch {
      return;
    }
    for (const match of source.matchAll(LOCAL_SPECIFIER)) {
      const resolved = resolveLocal(path.dirname(from), match[2]!);
      if (resolved === undefined || found.has(resolved) || resolved === file) continue;
      found.add(resolved);
      if (!skip.some((folder) => !path.relative(folder, resolved).startsWith(".."))) visit(resolved);
    }
  };
  visit(path.resolve(file));
  return [...found];
}

function resolveLocal(dir: string, specifier: string): string | undefined {
  const base = path.resolve(dir, specifier.split("?")[0]!);
  // tsx lets `./x.js` name `./x.ts`, as TypeScript's own resolution does.
  const bases = /\.[cm]?js$/.test(base) ? [base, base.replace(/\.([cm]?)js$/, ".$1ts")] : [base];
  for (const candidate of bases.flatMap((b) => CANDIDATE_SUFFIXES.map((suffix) => b + suffix))) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
