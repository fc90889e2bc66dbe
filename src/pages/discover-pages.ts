// Pages stage, file-system edge: finds the templates in the pages folder (the
// Eleventy input folder), as Eleventy will: every file with a template
// extension, except in folders and files whose name starts with "." or "_"
// (`_includes/`, `_data/`, editor state), which hold layouts and data.

import { readdirSync } from "node:fs";
import path from "node:path";
import { compareCodePoints, isIgnoredName } from "../content/discover";

/** The template formats a page may use, and the default the project's Eleventy config sets. */
export const PAGE_FORMATS = ["md", "njk", "html", "liquid", "11ty.js"] as const;

/** Paths of the page templates under `pagesDir`, relative to it with "/" separators, in code-point order; none when it does not exist. */
export function discoverPageFiles(pagesDir: string, formats: readonly string[] = PAGE_FORMATS): string[] {
  const found: string[] = [];
  const walk = (relativeDir: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(pagesDir, relativeDir), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && relativeDir === "") return;
      throw error;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (formats.some((format) => entry.name.endsWith(`.${format}`))) found.push(relative);
    }
  };
  walk("");
  return found.sort(compareCodePoints);
}
