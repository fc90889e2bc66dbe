// Theme: loads a site's layouts folder (`"layouts": "theme"` in
// site.config.json) — an override per replaceable component, named by its
// file (`theme/SiteFooter.tsx`), and the site's own label table
// (`theme/labels.ts`) — on every thread that renders pages, before it renders
// any. Modules are imported with tsx, as .eleventy.ts is, and imported again
// when a file of the folder has changed (the dev server builds in one process).
// A file that is neither is a warning; one that cannot be loaded, an error.

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ComponentType } from "preact";
import type { SiteConfig } from "../config/site-config";
import { toDisplayPath } from "../content/load-content";
import { editDistance } from "../content/key-suggestions";
import type { Diagnostic } from "../diagnostics";
import { allowTypeScriptImports } from "../eleventy/project";
import type { PartialLabels } from "../i18n/labels";
import { checkLabelTable } from "./site-labels";
import { loadFailure } from "./theme-error";
import { isSlotName, SLOT_NAMES, type SlotName } from "./slots";

/** A component of the site's own in place of the built-in one. */
export interface Override {
  readonly component: ComponentType<never>;
  /** Absolute path of its file. */
  readonly file: string;
}

export interface LoadedTheme {
  readonly folder: string;
  /** Changes whenever a file of the folder does (path, size or modification time). */
  readonly stamp: string;
  readonly overrides: Readonly<Partial<Record<SlotName, Override>>>;
  /** The site's own labels (labels.ts), over the shipped table of its language. */
  readonly labels?: PartialLabels;
}

/** The file name (without extension) of the site's label table. */
export const LABELS_FILE = "labels";

const MODULE_EXTENSIONS = [".tsx", ".ts", ".jsx", ".js", ".mjs"];

interface Loaded {
  readonly theme: LoadedTheme;
  readonly language: string;
  readonly diagnostics: readonly Diagnostic[];
}

const loaded = new Map<string, Loaded>();

type ThemeSite = Pick<SiteConfig, "layouts" | "language">;

/**
 * Loads the site's layouts folder on this thread, unless it is loaded and unchanged, and gives what
 * is wrong with it: unknown files (warnings), modules that fail to load or export no component,
 * labels of the wrong kind (errors), labels a language without a shipped table leaves to English.
 */
export async function loadTheme(site: ThemeSite, displayBase: string = process.cwd()): Promise<readonly Diagnostic[]> {
  const folder = site.layouts;
  if (folder === undefined) return [];
  const files = moduleFiles(folder);
  const stamp = folderStamp(folder);
  const previous = loaded.get(folder);
  if (previous !== undefined && previous.theme.stamp === stamp && previous.language === site.language) return previous.diagnostics;

  const diagnostics: Diagnostic[] = [];
  const shown = (file: string) => toDisplayPath(displayBase, file);
  const problem = (severity: Diagnostic["severity"], file: string, message: string, at: { line?: number; column?: number } = {}) =>
    diagnostics.push({ severity, file: shown(file), ...at, message });
  const overrides: Partial<Record<SlotName, Override>> = {};
  let labels: PartialLabels | undefined;
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file, path.extname(file));
    if (!isSlotName(name) && name !== LABELS_FILE) {
      problem("warning", file, unknownFileMessage(name));
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problem("error", file, `layout override: ${name} is already replaced by ${path.basename(earlier)}; keep one of the two files`);
      continue;
    }
    seen.set(name, file);
    let module: Record<string, unknown>;
    try {
      module = await importFresh(file, stamp);
    } catch (error) {
      const { message, ...at } = loadFailure(error, file, shown);
      problem("error", file, `layout override: could not be loaded: ${message}`, at);
      continue;
    }
    const exported = module.default ?? module[name];
    if (name === LABELS_FILE) {
      const checked = checkLabelTable(exported, site.language, file);
      for (const message of checked.errors) problem("error", file, message);
      for (const message of checked.warnings) problem("warning", file, message);
      labels = checked.table;
    } else if (typeof exported === "function") {
      overrides[name as SlotName] = { component: exported as ComponentType<never>, file };
    } else {
      problem("error", file, `layout override: expected a component (a function of its props) as the default export or as \`${name}\`, got ${kindOf(exported)}`);
    }
  }
  const theme: LoadedTheme = Object.freeze({ folder, stamp, overrides: Object.freeze(overrides), labels });
  loaded.set(folder, { theme, language: site.language, diagnostics });
  return diagnostics;
}

/** The loaded layouts folder of `site`; undefined when it has none. Rendering before loadTheme() is a bug. */
export function themeOf(site: Pick<SiteConfig, "layouts">): LoadedTheme | undefined {
  if (site.layouts === undefined) return undefined;
  const theme = loaded.get(site.layouts)?.theme;
  if (theme === undefined) throw new Error(`The layouts folder ${site.layouts} was not loaded on this thread before rendering (call loadTheme first)`);
  return theme;
}

/** The modules directly in the folder; sub-folders and names starting with "_" or "." hold what they import. */
function moduleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !/^[._]/.test(entry.name) && MODULE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/** Path, size and modification time of every file under the folder, helpers included. */
function folderStamp(folder: string): string {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stats = statSync(file);
      return `${file}\u0000${stats.size}\u0000${stats.mtimeMs}`;
    })
    .sort()
    .join("\n");
}

/** A module as its file is now: a changed folder gives another URL, so the module is evaluated again. */
async function importFresh(file: string, stamp: string): Promise<Record<string, unknown>> {
  allowTypeScriptImports();
  const version = Buffer.from(stamp).toString("base64url").slice(-16);
  return (await import(`${pathToFileURL(file).href}?theme=${version}`)) as Record<string, unknown>;
}

function unknownFileMessage(name: string): string {
  const known = [...SLOT_NAMES, LABELS_FILE];
  const near = known
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0];
  return (
    `layout override: expected a file named after a replaceable component (${known.join(", ")}), got \`${name}\`` +
    `${near !== undefined ? `; did you mean \`${near.candidate}\`?` : ""} ` +
    "The file is not used; modules your overrides import belong in a sub-folder or in a file whose name starts with `_`"
  );
}

function kindOf(value: unknown): string {
  if (value === undefined) return "no such export";
  if (value === null) return "`null`";
  return Array.isArray(value) ? "a list" : `a value of type ${typeof value}`;
}
