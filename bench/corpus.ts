// Benchmark, synthetic archive: the fixed material one seed gives every article
// to draw from — vocabulary, ~600 topics, 30 sources — and how often each is drawn.

import { createRandom, deriveSeed, zipfSampler, type Random } from "./prng";
import { GLUE_WORDS, inventSources, inventTopics, inventVocabulary, type InventedSource } from "./words";

export const TOPIC_COUNT = 600;
export const SOURCE_COUNT = 30;
const VOCABULARY_SIZE = 3000;
/** Share of body words taken from GLUE_WORDS rather than the invented vocabulary. */
const GLUE_SHARE = 0.3;

export interface Corpus {
  readonly seed: number;
  readonly vocabulary: readonly string[];
  /** By popularity: index 0 is drawn most often. */
  readonly topics: readonly string[];
  readonly sources: readonly InventedSource[];
  word(random: Random): string;
  /** Index into `topics`, Zipf-distributed (exponent 1). */
  topicRank(random: Random): number;
  source(random: Random): InventedSource;
}

// Stream numbers for the corpus sit far above any article index, so they never share a stream.
const CORPUS_STREAM = 0x7fff_0000;

export function createCorpus(seed: number): Corpus {
  const random = createRandom(deriveSeed(seed, CORPUS_STREAM));
  const vocabulary = inventVocabulary(random, VOCABULARY_SIZE);
  const topics = inventTopics(random, TOPIC_COUNT);
  const sources = inventSources(random, SOURCE_COUNT);
  const wordRank = zipfSampler(vocabulary.length, 0.85);
  const topicRank = zipfSampler(topics.length, 1);
  const sourceRank = zipfSampler(sources.length, 0.7);
  return Object.freeze({
    seed,
    vocabulary,
    topics,
    sources,
    word: (r: Random) => (r.chance(GLUE_SHARE) ? r.pick(GLUE_WORDS) : vocabulary[wordRank(r)]!),
    topicRank,
    source: (r: Random) => sources[sourceRank(r)]!,
  });
}
