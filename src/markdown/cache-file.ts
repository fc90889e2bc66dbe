// Markdown stage, render cache storage: one binary file per content folder
// holding the rendered bodies of its last build. It is read and written in
// chunks, so it never needs a second copy of the archive's HTML in memory, and
// it ends with a SHA-256 of its bytes: a damaged or partial file is ignored.
//
// Layout (integers are unsigned 32-bit little-endian):
//   "NARC" format ownerLength owner
//   { keyLength key htmlLength html firstParagraphLength firstParagraph notesLength notes }*
// where notes is the body's notes as JSON, or empty when it has none (nearly every body).
//   0xFFFFFFFF count sha256(all bytes before the digest)

import { createHash, type Hash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { BodyNote } from "./body-notes";
import type { RenderedBody } from "./render-articles";

const MAGIC = 0x4352414e; // "NARC" read as little-endian
export const CACHE_FILE_FORMAT = 2;
const END_MARK = 0xffffffff;
const DIGEST_LENGTH = 32;
const CHUNK = 4 * 1024 * 1024;
/** No single field of a sane cache comes near this; a larger length means a damaged file. */
const MAX_FIELD = 512 * 1024 * 1024;

export interface CacheContents {
  /** The wanted entries found in the file. */
  readonly entries: Map<string, RenderedBody>;
  /** How many entries the file held in all, wanted or not. */
  readonly stored: number;
}

const empty = (): CacheContents => ({ entries: new Map(), stored: 0 });

/**
 * The entries of `file` whose keys are in `wanted`. Entries that are not wanted are skipped without
 * being decoded. A missing, unreadable, damaged or partial file reads as an empty cache.
 */
export function readCacheFile(file: string, wanted: ReadonlySet<string>): CacheContents {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return empty();
  }
  try {
    return readRecords(new ChunkReader(fd), wanted) ?? empty();
  } catch {
    return empty();
  } finally {
    closeSync(fd);
  }
}

function readRecords(input: ChunkReader, wanted: ReadonlySet<string>): CacheContents | undefined {
  if (input.u32() !== MAGIC || input.u32() !== CACHE_FILE_FORMAT) return undefined;
  input.string(input.u32());
  const entries = new Map<string, RenderedBody>();
  let stored = 0;
  for (;;) {
    const keyLength = input.u32();
    if (keyLength === END_MARK) break;
    const key = input.string(keyLength);
    const htmlLength = input.u32();
    if (wanted.has(key)) {
      const html = input.string(htmlLength);
      const firstParagraph = input.string(input.u32());
      const notes = input.string(input.u32());
      entries.set(key, { html, firstParagraph, notes: notes === "" ? [] : (JSON.parse(notes) as BodyNote[]) });
    } else {
      input.skip(htmlLength);
      input.skip(input.u32());
      input.skip(input.u32());
    }
    stored++;
  }
  const count = input.u32();
  const digest = input.hash.digest();
  if (count !== stored || !digest.equals(input.unhashed(DIGEST_LENGTH))) return undefined;
  return { entries, stored };
}

/** The content folder a cache file belongs to, from its header; undefined when it is not a readable cache file. */
export function readCacheOwner(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    const input = new ChunkReader(fd);
    if (input.u32() !== MAGIC || input.u32() !== CACHE_FILE_FORMAT) return undefined;
    return input.string(input.u32());
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `entries` as the whole new content of `file`: into a temporary file beside it, renamed
 * over it at the end, so readers only ever see a complete old or a complete new cache.
 */
export function writeCacheFile(file: string, owner: string, entries: Iterable<readonly [string, RenderedBody]>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined = openSync(temporary, "w");
  try {
    const output = new ChunkWriter(fd);
    output.u32(MAGIC);
    output.u32(CACHE_FILE_FORMAT);
    output.string(owner);
    let count = 0;
    for (const [key, body] of entries) {
      output.string(key);
      output.string(body.html);
      output.string(body.firstParagraph);
      output.string(body.notes.length === 0 ? "" : JSON.stringify(body.notes));
      count++;
    }
    output.u32(END_MARK);
    output.u32(count);
    output.finish();
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

class DamagedFile extends Error {}

/** Sequential reads through one reusable buffer, hashing every byte it hands out. */
class ChunkReader {
  readonly hash: Hash = createHash("sha256");
  private buffer = Buffer.allocUnsafe(CHUNK);
  private start = 0;
  private end = 0;

  constructor(private readonly fd: number) {}

  u32(): number {
    const at = this.take(4);
    return this.buffer.readUInt32LE(at);
  }

  string(length: number): string {
    const at = this.take(length);
    return this.buffer.toString("utf8", at, at + length);
  }

  skip(length: number): void {
    while (length > 0) {
      const step = Math.min(length, CHUNK);
      this.take(step);
      length -= step;
    }
  }

  /** Bytes that are not part of the hashed content (the digest itself). */
  unhashed(length: number): Buffer {
    this.fill(length);
    const bytes = Buffer.from(this.buffer.subarray(this.start, this.start + length));
    this.start += length;
    return bytes;
  }

  private take(length: number): number {
    this.fill(length);
    const at = this.start;
    this.hash.update(this.buffer.subarray(at, at + length));
    this.start += length;
    return at;
  }

  private fill(length: number): void {
    if (length > MAX_FIELD) throw new DamagedFile();
    if (this.end - this.start >= length) return;
    const held = this.end - this.start;
    const target = length > this.buffer.length ? Buffer.allocUnsafe(Math.max(length, CHUNK)) : this.buffer;
    this.buffer.copy(target, 0, this.start, this.end);
    this.buffer = target;
    this.start = 0;
    this.end = held;
    while (this.end < length) {
      const read = readSync(this.fd, this.buffer, this.end, this.buffer.length - this.end, null);
      if (read === 0) throw new DamagedFile();
      this.end += read;
    }
  }
}

/** Sequential writes through one reusable buffer, hashing every byte written. */
class ChunkWriter {
  private readonly hash: Hash = createHash("sha256");
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;

  constructor(private readonly fd: number) {}

  u32(value: number): void {
    this.room(4);
    this.used = this.buffer.writeUInt32LE(value, this.used);
  }

  string(text: string): void {
    const length = Buffer.byteLength(text, "utf8");
    this.u32(length);
    this.room(length);
    this.used += this.buffer.write(text, this.used, length, "utf8");
  }

  /** Flushes, then appends the digest of everything written. */
  finish(): void {
    this.flush();
    const digest = this.hash.digest();
    writeSync(this.fd, digest, 0, digest.length);
  }

  private room(length: number): void {
    if (this.buffer.length - this.used >= length) return;
    this.flush();
    if (length > this.buffer.length) this.buffer = Buffer.allocUnsafe(length);
  }

  private flush(): void {
    const bytes = this.buffer.subarray(0, this.used);
    this.hash.update(bytes);
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    this.used = 0;
  }
}
