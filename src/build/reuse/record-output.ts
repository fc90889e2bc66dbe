// Write stage, after the swap: records what the new output was made from —
// the output plan's fingerprints, the files each group wrote, what the site's
// own run read — so the next build's plan (output-plan.ts) can tell what it
// may take over. Never throws: without a record the next build only does more.

import path from "node:path";
import type { SearchShard } from "../../search/search-shards";
import { listFiles } from "../output/list-files";
import { recordOf, writeOutputRecord, type FileRecord } from "./output-record";
import { RECORD_FORMAT, SITE_GROUP, shardGroup, type GroupRecord, type OutputPlan, type OutputPlanRecord, type PageRecord } from "./output-plan";

/** What the site's own Eleventy run did in this build, when it ran. */
export interface SiteRunOutcome {
  /** Output paths it wrote. */
  readonly files: readonly string[];
  /** What its passthrough copies read (paths or globs, from the working directory). */
  readonly sources: readonly string[];
  /** Fingerprint of its inputs with these sources (see site-run-inputs.ts). */
  readonly input: string;
}

export function recordOutput(plan: OutputPlan, shards: readonly SearchShard[], siteRun: SiteRunOutcome | undefined): void {
  if (plan.recordFile === undefined) return;
  const outputDir = plan.outputDir;
  const fileRecord = (outputPath: string): FileRecord | undefined => {
    try {
      return recordOf(path.join(outputDir, outputPath));
    } catch {
      return undefined; // Not in the output: nothing to take over next time.
    }
  };
  const pages: { [outputPath: string]: PageRecord } = {};
  for (const [outputPath, fingerprint] of plan.fingerprints) {
    const file = fileRecord(outputPath);
    if (file !== undefined) pages[outputPath] = [fingerprint, ...file];
  }
  const groups: { [name: string]: GroupRecord } = {};
  const group = (name: string, input: string | undefined, files: readonly string[], sources?: readonly string[]) => {
    if (input === undefined) return;
    const records = files.flatMap((outputPath) => {
      const file = fileRecord(outputPath);
      return file === undefined ? [] : [[outputPath, file] as const];
    });
    groups[name] = { input, files: Object.fromEntries(records), ...(sources === undefined ? {} : { sources }) };
  };
  for (const shard of shards) {
    const bundle = `/${shard.bundleDir.replace(/\/$/, "")}`;
    group(shardGroup(shard), plan.groups.get(shardGroup(shard))?.input, listFiles(path.join(outputDir, bundle)).map((file) => `${bundle}/${file}`));
  }
  const site = plan.groups.get(SITE_GROUP);
  if (siteRun !== undefined) group(SITE_GROUP, siteRun.input, siteRun.files, siteRun.sources);
  else if (site?.reusable !== undefined) group(SITE_GROUP, site.input, site.reusable, site.sources);
  const record: OutputPlanRecord = { format: RECORD_FORMAT, outputDir: path.resolve(outputDir), code: plan.code, pages, groups };
  writeOutputRecord(plan.recordFile, record, "pages");
}
