// Browser-test support: builds the real sample archive (content/ with the
// project's site.config.json), or another folder of articles, into a temporary
// folder and serves it with the preview server on a free loopback port, as a
// static host would.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runBuild } from "../../../src/pipeline/run-build";
import type { ArchiveModel } from "../../../src/model/types";
import { startStaticServer, type RunningServer } from "../../../src/preview/static-server";
import { href } from "../../../src/render/links";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** The calendar fixture: a long topic with pages per year, empty days, months and a year, dates on zone edges. */
export const CALENDAR_FIXTURE = {
  contentDir: path.join(ROOT, "tests", "fixtures", "calendar"),
  configFile: path.join(ROOT, "tests", "fixtures", "calendar.config.json"),
} as const;

/** The archive moved in from other systems: headings with ids, highlighted code, embeds. */
export const MIGRATED_FIXTURE = {
  contentDir: path.join(ROOT, "tests", "fixtures", "migrated"),
  configFile: path.join(ROOT, "tests", "fixtures", "migrated.config.json"),
} as const;

/** The fixture archive in Arabic, written right to left. */
export const ARABIC_FIXTURE = {
  contentDir: path.join(ROOT, "tests", "fixtures", "archive"),
  configFile: path.join(ROOT, "tests", "fixtures", "languages", "ar.config.json"),
} as const;

/** The fixture archive in Korean. */
export const KOREAN_FIXTURE = {
  contentDir: path.join(ROOT, "tests", "fixtures", "archive"),
  configFile: path.join(ROOT, "tests", "fixtures", "languages", "ko.config.json"),
} as const;

export interface ServedSite {
  readonly model: ArchiveModel;
  readonly dir: string;
  /** Origin and prefix, e.g. "http://127.0.0.1:41234/news/". */
  readonly baseUrl: string;
  /** The absolute URL of a model path ("/topics/"), prefix and percent-encoding included. */
  url(modelPath: string): string;
  /** The path part of `url()`, as it appears in hrefs and in `location.pathname`. */
  pathOf(modelPath: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** PATH_PREFIX for the build and the server, e.g. "/news/". @default "" */
  readonly pathPrefix?: string;
  /** Overrides site.config.json's pageSize, so short listings still paginate. */
  readonly pageSize?: number;
  /** Articles per search index shard, so the small sample still has several shards to merge. */
  readonly searchShardSize?: number;
  /** Another folder of articles and its configuration file, instead of content/ and site.config.json. */
  readonly fixture?: { readonly contentDir: string; readonly configFile: string };
}

export async function buildAndServe(options: ServeOptions = {}): Promise<ServedSite> {
  const tmp = mkdtempSync(path.join(tmpdir(), "archive-e2e-"));
  const configFile = path.join(tmp, "site.config.json");
  const config = JSON.parse(readFileSync(options.fixture?.configFile ?? path.join(ROOT, "site.config.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(configFile, JSON.stringify({ ...config, ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}) }));

  const dir = path.join(tmp, "site");
  let server: RunningServer | undefined;
  try {
    const { model } = await runBuild({
      contentDir: options.fixture?.contentDir ?? path.join(ROOT, "content"),
      outputDir: dir,
      configFile,
      env: { PATH_PREFIX: options.pathPrefix ?? "" },
      searchShardSize: options.searchShardSize,
    });
    server = await startStaticServer({ root: dir, pathPrefix: model.site.pathPrefix, host: "127.0.0.1", port: 0 });
    const origin = new URL(server.url).origin;
    const running = server;
    return {
      model,
      dir,
      baseUrl: running.url,
      pathOf: (modelPath) => href(model.site, modelPath),
      url: (modelPath) => origin + href(model.site, modelPath),
      close: async () => {
        await running.close();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
