// Import stage: names for the files that go beside an article in its bundle
// folder — safe on every file system, unique in the bundle, never read as an
// article or hidden by the content loader (`.md`, a leading `.` or `_`).

import path from "node:path";
import { slugify } from "../model/slug";

/** Extensions the content loader would read as articles. */
const ARTICLE_EXTENSIONS = new Set([".md", ".markdown"]);

export function isArticleFileName(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/** Hands out names in one bundle: the same source file always gets the same name, two files never share one. */
export class BundleNames {
  private readonly byFile = new Map<string, string>();
  private readonly taken = new Set<string>(["index.md"]);

  /** The name for the file at `from` (absolute), made from `wanted` (usually its own name). */
  nameFor(from: string, wanted: string): string {
    const known = this.byFile.get(from);
    if (known !== undefined) return known;
    const extension = path.extname(wanted).toLowerCase().replace(/[^a-z0-9.]/g, "");
    const stem = slugify(path.basename(wanted, path.extname(wanted))) || "file";
    let name = `${stem}${extension}`;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
    this.taken.add(name.toLowerCase());
    this.byFile.set(from, name);
    return name;
  }

  get files(): { name: string; from: string }[] {
    return [...this.byFile].map(([from, name]) => ({ name, from }));
  }
}
