// Benchmark, synthetic archive: turns a seed and an article count into Markdown
// article files (front matter our loader accepts, bodies of 300–900 words) in
// year/month folders, with a photo beside one article in ten when asked (see
// images.ts), and keeps generated archives under .cache/bench/ for reuse.

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateBody } from "./article-body";
import { hasImage, imageMarkdown, writePhoto } from "./images";
import { createCorpus, type Corpus } from "./corpus";
import { createRandom, deriveSeed, type Random } from "./prng";
import { capitalize, inventAuthor, type InventedSource } from "./words";

export interface ArchiveSpec {
  readonly count: number;
  readonly seed: number;
  /** A photo beside one article in ten. @default false */
  readonly images?: boolean;
}

export interface GeneratedFile {
  /** "/"-separated, relative to the content folder, e.g. "2013/04/brou-talks-000042.md". */
  readonly relativePath: string;
  readonly text: string;
  /** The photo the article shows, relative to the content folder ("2013/04/brou-talks-000042/photo.jpg"). */
  readonly image?: string;
}

export const DEFAULT_SEED = 1;
/** Part of a cached archive's folder name: bump it whenever the generated files change, so no stale archive is measured. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_CACHE_ROOT = fileURLToPath(new URL("../.cache/bench", import.meta.url));

const FIRST_DAY = Date.UTC(2004, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
const OFFSETS = ["Z", "+09:00", "-05:00", "+01:00", "+05:30", "-08:00", "+02:00"];
/** How many topics an article carries: 1 to 5, most often 2. */
const TOPIC_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [[1, 0.25], [2, 0.3], [3, 0.25], [4, 0.12], [5, 0.08]];

/** Article `index` of the archive a corpus belongs to; it depends only on the seed, the index and whether there are images. */
export function generateArticle(corpus: Corpus, index: number, images = false): GeneratedFile {
  const random = createRandom(deriveSeed(corpus.seed, index));
  const topics = drawTopics(random, corpus);
  const source = corpus.source(random);
  const { day, value: date } = drawDate(random);

  const titleWords = Array.from({ length: random.int(4, 9) }, () => corpus.word(random));
  if (random.chance(0.5)) titleWords.splice(random.int(1, titleWords.length - 1), 0, ...topics[0]!.toLowerCase().split(" "));
  const title = capitalize(titleWords.join(" "));
  const slug = `${titleWords.slice(0, 5).join("-")}-${String(index).padStart(6, "0")}`;

  const lines = ["---", `title: ${title}`, `date: ${date}`, `source: ${sourceValue(source)}`, `tags: ${tagsValue(random, topics)}`];
  if (random.chance(0.3)) lines.push(`summary: "${summary(random, corpus)}"`);
  if (random.chance(0.4)) lines.push(`author: ${inventAuthor(random)}`);
  if (source.url !== undefined && random.chance(0.3)) lines.push(`original_url: ${source.url}/${day.slice(0, 4)}/${slug}`);
  lines.push("---", "");

  const linkBase = source.url ?? `https://archive.example/${day.slice(0, 4)}`;
  const body = generateBody(random, corpus, { words: random.int(300, 900), linkBase });
  const folder = `${day.slice(0, 4)}/${day.slice(5, 7)}`;
  if (!images || !hasImage(index)) return { relativePath: `${folder}/${slug}.md`, text: `${lines.join("\n")}\n${body}` };
  // After the lead paragraph, where a news photo goes; the caption is the title's words.
  const lead = body.indexOf("\n\n");
  const withPhoto = `${body.slice(0, lead)}\n\n${imageMarkdown(slug, title)}${body.slice(lead)}`;
  return { relativePath: `${folder}/${slug}.md`, text: `${lines.join("\n")}\n${withPhoto}`, image: `${folder}/${slug}/photo.jpg` };
}

/** Every article of the archive, in index order, generated one at a time. */
export function* generateArchive(spec: ArchiveSpec): Generator<GeneratedFile> {
  const corpus = createCorpus(spec.seed);
  for (let index = 0; index < spec.count; index++) yield generateArticle(corpus, index, spec.images);
}

/** The article that `spec` would gain next: used to measure a rebuild after adding one article. */
export function nextArticle(spec: ArchiveSpec): GeneratedFile {
  return generateArticle(createCorpus(spec.seed), spec.count);
}

/** The archive's articles are dated 2004–2025; a new one is dated after all of them. */
export const NEW_ARTICLE_DATE = "2026-01-15T09:30:00Z";

/**
 * The article a newsroom would add next: `nextArticle`, dated after every article of the archive
 * (as today's story is) and filed under that date's folder.
 */
export function newArticle(spec: ArchiveSpec): GeneratedFile {
  const next = nextArticle(spec);
  const name = next.relativePath.split("/").at(-1)!;
  return {
    relativePath: `${NEW_ARTICLE_DATE.slice(0, 4)}/${NEW_ARTICLE_DATE.slice(5, 7)}/${name}`,
    text: next.text.replace(/^date: .*$/m, `date: ${NEW_ARTICLE_DATE}`),
  };
}

/** Writes the archive's articles (not its photos: see writePhotos); returns how many. */
export function writeArchive(dir: string, spec: ArchiveSpec): number {
  const made = new Set<string>();
  let written = 0;
  for (const file of generateArchive(spec)) {
    const target = path.join(dir, file.relativePath);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.text);
    written++;
  }
  return written;
}

/** Writes the photos of the archive's articles, a few at a time; returns how many. */
export async function writePhotos(dir: string, spec: ArchiveSpec): Promise<number> {
  const jobs = [...generateArchive(spec)].flatMap((file, index) => (file.image === undefined ? [] : [{ file: file.image, index }]));
  for (let start = 0; start < jobs.length; start += 4) {
    await Promise.all(jobs.slice(start, start + 4).map((job) => writePhoto(path.join(dir, job.file), spec.seed, job.index)));
  }
  return jobs.length;
}

export function archiveCacheDir(spec: ArchiveSpec, cacheRoot: string = DEFAULT_CACHE_ROOT): string {
  return path.join(cacheRoot, `${spec.count}-${spec.seed}${spec.images === true ? "-images" : ""}-v${GENERATOR_VERSION}`);
}

/**
 * The cached archive for `spec`, generated first when missing. It is written beside
 * the cache folder and renamed into place, so an interrupted run never leaves half an archive.
 */
export async function ensureArchive(spec: ArchiveSpec, cacheRoot: string = DEFAULT_CACHE_ROOT): Promise<{ dir: string; generated: boolean }> {
  const dir = archiveCacheDir(spec, cacheRoot);
  if (existsSync(dir)) return { dir, generated: false };
  const partial = path.join(cacheRoot, `.partial-${path.basename(dir)}-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  writeArchive(partial, spec);
  if (spec.images === true) await writePhotos(partial, spec);
  renameSync(partial, dir);
  return { dir, generated: true };
}

function drawTopics(random: Random, corpus: Corpus): string[] {
  const wanted = weightedCount(random);
  const ranks = new Set<number>();
  while (ranks.size < wanted) ranks.add(corpus.topicRank(random));
  return [...ranks].map((rank) => corpus.topics[rank]!);
}

function weightedCount(random: Random): number {
  let roll = random.next();
  for (const [count, weight] of TOPIC_COUNT_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return count;
  }
  return TOPIC_COUNT_WEIGHTS[TOPIC_COUNT_WEIGHTS.length - 1]![0];
}

/** Most dates are calendar dates; a quarter carry a time of day, most of those with a UTC offset. */
function drawDate(random: Random): { day: string; value: string } {
  const day = new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  if (!random.chance(0.25)) return { day, value: day };
  const time = `${pad2(random.int(0, 23))}:${pad2(random.int(0, 59))}:00`;
  const offset = random.chance(0.35) ? "" : random.pick(OFFSETS);
  return { day, value: `${day}T${time}${offset}` };
}

function sourceValue(source: InventedSource): string {
  return source.url === undefined ? source.name : `{name: ${source.name}, url: ${source.url}}`;
}

/** Mostly a flow list; sometimes the comma-separated text form the loader also accepts. */
function tagsValue(random: Random, topics: readonly string[]): string {
  return random.chance(0.8) ? `[${topics.join(", ")}]` : `"${topics.join(", ")}"`;
}

function summary(random: Random, corpus: Corpus): string {
  const words = Array.from({ length: random.int(15, 30) }, () => corpus.word(random));
  return `${capitalize(words.join(" "))}.`;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
