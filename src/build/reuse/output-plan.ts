// Write stage, the output plan: every file this build's output will hold, each
// with what decides whether the previous output already holds it exactly as
// this build would write it — a fingerprint of what it is made from (pages,
// feeds and the articles' published files one by one; search shards and the site's own Eleventy run as
// groups of files made together) or its bytes (the few files rendered on every
// build: sitemap, robots.txt, the search script, the shard list). Made once,
// before anything is written; the write stage, the up-to-date check
// (up-to-date.ts) and the record for the next build (record-output.ts) all
// read it. A file counts as held only while it is still the very file the
// last build wrote (same size, modification time and inode).

import path from "node:path";
import type { SiteChrome } from "../../eleventy/run-context";
import type { ArchiveModel } from "../../model/types";
import { renderedSiteFiles } from "../../render/site-files";
import { SHARD_LIST_FILE, shardListJson } from "../../search/pagefind-index";
import type { SearchShard } from "../../search/search-shards";
import { isUntouched, outputRecordFile, readOutputRecord, type FileRecord, type OutputRecord } from "./output-record";
import { codeFingerprint, pageFingerprints } from "./page-fingerprint";
import { shardInputs } from "./shard-inputs";
import { siteRunFingerprint, type SiteRunInputs } from "./site-run-inputs";

/** The group of files the site's own Eleventy run writes (pages folder, passthrough copies, stylesheet). */
export const SITE_GROUP = "site";

/** The group of one search shard's bundle. */
export function shardGroup(shard: Pick<SearchShard, "id">): string {
  return `search/${shard.id}`;
}

export interface GroupPlan {
  /** Fingerprint of what the group is made from. */
  readonly input: string;
  /** The group's files in the previous output (output paths), when all of them can be taken over; undefined otherwise. */
  readonly reusable?: readonly string[];
  /** For the site group: what its passthrough copies read, as recorded (see site-run-inputs.ts). */
  readonly sources?: readonly string[];
}

export interface OutputPlan {
  readonly outputDir: string;
  /** Fingerprint of the generator's own code; a change re-renders everything. */
  readonly code: string;
  /**
   * Pages, feeds and the files published with articles, by output path ("/2023/08/06/slug/index.html",
   * "/feed.xml", "/2023/08/06/slug/map.png"): fingerprint of what each is made from.
   */
  readonly fingerprints: ReadonlyMap<string, string>;
  /** Pages, feeds and published files the previous output holds as this build would make them. */
  readonly reused: ReadonlySet<string>;
  /** Files rendered on every build, by output path, with their text. */
  readonly rendered: ReadonlyMap<string, string>;
  /** Search shards and the site's own run, by group name. */
  readonly groups: ReadonlyMap<string, GroupPlan>;
  /** Where the plan is recorded for the next build; undefined when the build keeps no cache. */
  readonly recordFile?: string;
}

export const RECORD_FORMAT = 4;

/** What the last build wrote at one output path: the fingerprint it was made from, then the file. */
export type PageRecord = readonly [fingerprint: string, ...file: FileRecord];

export interface GroupRecord {
  readonly input: string;
  readonly files: { readonly [outputPath: string]: FileRecord };
  readonly sources?: readonly string[];
}

/** `<cacheDir>/output/<hash of the output folder>.json`: what the output was made from. */
export interface OutputPlanRecord extends OutputRecord {
  readonly code: string;
  readonly pages: { readonly [outputPath: string]: PageRecord };
  readonly groups: { readonly [name: string]: GroupRecord };
}

export interface OutputPlanOptions {
  readonly model: ArchiveModel;
  readonly outputDir: string;
  /** Where the record of the last output is; without one nothing is reused. */
  readonly cacheDir: string | undefined;
  readonly shards: readonly SearchShard[];
  /** The site's own Eleventy run: what it is made from, but for the passthrough sources the last run reported. */
  readonly site: Omit<SiteRunInputs, "code" | "copySources" | "chrome"> & { readonly chrome: SiteChrome };
}

export function planOutput(options: OutputPlanOptions): OutputPlan {
  const { model, outputDir, cacheDir, shards } = options;
  const rendered = new Map([
    ...renderedSiteFiles(model).map((file) => [file.outputPath, file.render()] as const),
    [`/${SHARD_LIST_FILE}`, shardListJson(shards)] as const,
  ]);
  if (cacheDir === undefined) {
    return { outputDir, code: "", fingerprints: new Map(), reused: new Set(), rendered, groups: new Map() };
  }
  // The site's layout overrides are code too: a change to one renders every page again.
  const code = codeFingerprint(undefined, model.site.layouts);
  const recordFile = outputRecordFile(cacheDir, "output", outputDir);
  const record = readOutputRecord<OutputPlanRecord>(recordFile, RECORD_FORMAT, "pages");
  const previous = record !== undefined && record.code === code && record.outputDir === path.resolve(outputDir) ? record : undefined;
  const untouched = (outputPath: string, file: FileRecord) => isUntouched(path.join(outputDir, outputPath), file);

  const fingerprints = pageFingerprints(model, { site: model.site, feeds: model.feeds, navigation: model.navigation });
  for (const file of model.files) fingerprints.set(file.outputPath, file.fingerprint);
  const reused = new Set<string>();
  for (const [outputPath, fingerprint] of fingerprints) {
    const recorded = previous?.pages[outputPath];
    if (recorded?.[0] === fingerprint && untouched(outputPath, recorded.slice(1) as unknown as FileRecord)) reused.add(outputPath);
  }

  const groups = new Map<string, GroupPlan>();
  const plan = (name: string, input: string, sources?: readonly string[]) => {
    const recorded = previous?.groups[name];
    const files = recorded === undefined ? [] : Object.entries(recorded.files);
    const intact = recorded?.input === input && files.length > 0 && files.every(([outputPath, file]) => untouched(outputPath, file));
    groups.set(name, { input, reusable: intact ? files.map(([outputPath]) => outputPath) : undefined, sources });
  };
  for (const [id, input] of shardInputs(model, shards, code)) plan(shardGroup({ id }), input);
  const sources = previous?.groups[SITE_GROUP]?.sources ?? [];
  plan(SITE_GROUP, siteRunFingerprint({ ...options.site, code, copySources: sources }), sources);

  return { outputDir, code, fingerprints, reused, rendered, groups, recordFile };
}

/** Whether the group `name` is taken over from the previous output. */
export function isReused(plan: OutputPlan, name: string): boolean {
  return plan.groups.get(name)?.reusable !== undefined;
}
