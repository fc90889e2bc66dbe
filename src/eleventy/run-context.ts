// Eleventy edge: what an Eleventy run is for. `npm run build` and `npm start`
// start Eleventy themselves with the project's .eleventy.ts; before that file
// runs, they attach a description of the run to Eleventy's config object, and
// the archive plugin (which .eleventy.ts adds) reads it. A run nobody attached
// anything to was started by Eleventy's own command line.

import type { UserConfig } from "@11ty/eleventy";
import type { SiteConfig } from "../config/site-config";
import type { ArchiveModel, Feed, PageLink } from "../model/types";
import type { ImageCache } from "../images/image-cache";
import type { FileEntry } from "./files-template";

/** What the site's layout needs to put a page of the site's own inside it: plain data, so it can cross to a thread. */
export interface SiteChrome {
  readonly site: SiteConfig;
  readonly navigation: readonly PageLink[];
  /** The site's feeds, which every page announces in its head, without their articles. */
  readonly feeds: readonly Feed[];
}

export function chromeOf(model: ArchiveModel): SiteChrome {
  return { site: model.site, navigation: model.navigation, feeds: model.feeds.map((feed) => ({ ...feed, articles: [] })) };
}

export type FileSource = () => readonly FileEntry[] | Promise<readonly FileEntry[]>;

/** Where the plugin gets the archive model: a prepared model, or a loader re-run on every (dev-server) build. */
export type ArchiveSource = () => ArchiveModel | Promise<ArchiveModel>;

export type ArchiveRun =
  /**
   * The site's own part of a build: the templates in the pages folder inside the site's layout, the
   * passthrough copies and the stylesheet; no archive page.
   */
  | { readonly role: "site"; readonly chrome: SiteChrome }
  /** A run of archive files rendered by the build: only these are written; the user's templates and copies are left out. */
  | { readonly role: "files"; readonly files: FileSource }
  /**
   * Everything at once, the archive prepared again for every build: the dev server and Eleventy's
   * own command line. The site's static folder is copied to the output root; `images` keeps resized images.
   */
  | { readonly role: "whole"; readonly site: SiteConfig; readonly archive: ArchiveSource; readonly images: ImageCache };

/** A registered symbol, so that two copies of this module (a test runner's and tsx's) agree on it. */
const RUN = Symbol.for("news-archive.eleventy-run");

/**
 * Tells the plugin what this run is for; call it from the `config` option of the Eleventy
 * constructor, which runs before the configuration file. A run of archive files also turns the
 * configuration file's passthrough copies off: the site's own run copies them once per build.
 */
export function attachRun(config: UserConfig, run: ArchiveRun): void {
  (config as unknown as Record<symbol, ArchiveRun>)[RUN] = run;
  if (run.role === "files") config.addPassthroughCopy = () => config;
}

export function runOf(config: UserConfig): ArchiveRun | undefined {
  return (config as unknown as Record<symbol, ArchiveRun | undefined>)[RUN];
}
