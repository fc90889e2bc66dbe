// Eleventy edge: where the project is — its root, its one Eleventy
// configuration file (.eleventy.ts, loaded by `npm run build`, `npm start` and
// Eleventy's own command line alike) and the stylesheet folder — and the part
// of that configuration the stages before Eleventy need: the pages folder
// (Eleventy's input folder) and the template formats, from its `config` export.

import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";
import { contentError } from "../diagnostics";
import { PAGE_FORMATS } from "../pages/discover-pages";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The project's Eleventy configuration. */
export const PROJECT_ELEVENTY_CONFIG = path.join(PROJECT_ROOT, ".eleventy.ts");

/** Folder of the built-in static files (the stylesheet), copied to `/assets/` in the output. */
export const ASSETS_DIR = path.join(PROJECT_ROOT, "layouts", "assets");

/** Where the stylesheet folder is copied to, from the output folder. */
export const ASSETS_OUTPUT = "/assets";

/** What the stages before Eleventy read of an Eleventy configuration file. */
export interface EleventyProjectSettings {
  /** The pages folder: Eleventy's input folder, relative to the working directory. @default "." */
  readonly input: string;
  /** The input folder and the includes and data folders (which may lie outside it), from the working directory. */
  readonly folders: readonly string[];
  /** The template formats Eleventy renders there. */
  readonly templateFormats: readonly string[];
}

let typeScriptRegistered = false;

/**
 * Lets this thread import TypeScript modules (a `.eleventy.ts`, the plugins it imports), as tsx
 * does for the main thread of `npm run build`; needed on worker threads and under the test runner.
 */
export function allowTypeScriptImports(): void {
  if (typeScriptRegistered) return;
  register();
  typeScriptRegistered = true;
}

/** Reads `dir.input` and `templateFormats` from the `config` export of an Eleventy configuration file. */
export async function readEleventySettings(configFile: string = PROJECT_ELEVENTY_CONFIG): Promise<EleventyProjectSettings> {
  allowTypeScriptImports();
  const module = (await import(pathToFileURL(path.resolve(configFile)).href)) as { config?: ExportedConfig };
  const exported = module.config ?? {};
  const formats = exported.templateFormats;
  const input = exported.dir?.input ?? ".";
  const shownConfig = path.relative(process.cwd(), configFile) || configFile;
  if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
    throw contentError(
      shownConfig,
      `dir.input: expected the folder of the site's own pages, got \`${input}\`, which is not a folder here; create it (it may stay empty) or change \`dir.input\` in the \`config\` export`,
    );
  }
  // Eleventy gives templates outside the working directory none of the global data (the site's layout included).
  if (path.relative(process.cwd(), path.resolve(input)).startsWith("..")) {
    throw contentError(
      shownConfig,
      `dir.input: expected a folder inside the project (the folder you run the build in), got \`${input}\`; move the pages into the project`,
    );
  }
  // Eleventy names the includes and data folders from the input folder; most projects keep them inside it.
  const outside = [exported.dir?.includes ?? "_includes", exported.dir?.data ?? "_data"]
    .map((folder) => path.join(input, folder))
    .filter((folder) => path.relative(input, folder).startsWith(".."));
  return {
    input,
    folders: [input, ...new Set(outside)],
    templateFormats: typeof formats === "string" ? formats.split(",").map((format) => format.trim()) : (formats ?? PAGE_FORMATS),
  };
}

interface ExportedConfig {
  readonly dir?: { readonly input?: string; readonly includes?: string; readonly data?: string };
  readonly templateFormats?: string | readonly string[];
}
