// Write stage, output plan: what each search shard is made from. Pagefind is
// the slowest step of a build and has no incremental mode, so the index is
// split into shards (see src/search/search-shards.ts) and a shard's bundle is
// taken from the previous output when everything Pagefind would read for it is
// unchanged: the same articles with the same searchable content, the same site
// settings and the same generator code (see output-plan.ts).

import { createHash } from "node:crypto";
import { outputPathFor } from "../../render/site-files";
import type { ArchiveModel } from "../../model/types";
import type { SearchShard } from "../../search/search-shards";
import { articleView, StructureHasher } from "./page-fingerprint";

/** Fingerprint of each shard's input: the code, the site settings, and each article's path and searchable content. */
export function shardInputs(model: ArchiveModel, shards: readonly SearchShard[], code: string): Map<string, string> {
  // What Pagefind reads of an article is its page's `data-pagefind-body` region: the article's
  // own fields, with its topics and source by name and link (never their counts, as in page
  // fingerprints). Neighbours and related articles are outside it, so they do not count.
  const hasher = new StructureHasher(articleView(model.articles));
  const siteToken = hasher.token(model.site);
  const inputs = new Map<string, string>();
  for (const shard of shards) {
    const hash = createHash("sha256").update(`${code}|${siteToken}|${shard.id}`);
    for (const article of shard.articles) hash.update(`|${outputPathFor(article.path)}|${hasher.token(article)}`);
    inputs.set(shard.id, hash.digest("base64url"));
  }
  return inputs;
}
