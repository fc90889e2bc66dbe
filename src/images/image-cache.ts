// Images, the cache: `.cache/images/` holds the resized copies of the
// archives' images (`<content key>-<width>.<format>`) and, per content folder,
// a small record of each image its last build used: its size and modification
// time, its dimensions and, once resized, the key of its content. An unchanged
// image is therefore neither read nor resized again. Copies no record names
// any more are removed. Without a cache folder the resized copies go to a
// temporary folder removed when the build ends.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { IMAGE_SETTINGS_KEY } from "./image-settings";

/** What an image's header says, as far as its page needs it. */
export interface ImageInfo {
  readonly width: number;
  readonly height: number;
  /** As image-size names it: "jpg", "png", "webp", "gif", "svg", … */
  readonly type: string;
}

/** An image file as the cache knows it: when it changes, everything known about it is forgotten. */
export interface ImageStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

interface Entry extends ImageStamp {
  readonly info?: ImageInfo;
  /** Digest of the content and the resize settings; the prefix of its resized copies. */
  readonly key?: string;
}

const RECORD_FORMAT = 1;

export class ImageCache {
  /** Where resized copies are kept. */
  readonly folder: string;
  private readonly temporary: boolean;
  /** `<folder>/<hash of the content folder>.json` */
  private readonly record: string;
  private readonly contentDir: string;
  private readonly known: Map<string, Entry>;
  private readonly used = new Map<string, Entry>();

  /** The cache in `<cacheDir>/images/` for the images of `contentDir`, or a temporary one without a cache folder. */
  constructor(cacheDir: string | undefined, contentDir: string) {
    this.temporary = cacheDir === undefined;
    this.folder = cacheDir === undefined ? mkdtempSync(path.join(tmpdir(), "news-archive-images-")) : path.join(cacheDir, "images");
    this.contentDir = path.resolve(contentDir);
    this.record = path.join(this.folder, `${createHash("sha256").update(this.contentDir).digest("hex").slice(0, 16)}.json`);
    this.known = cacheDir === undefined ? new Map() : (readRecord(this.record)?.entries ?? new Map());
  }

  /** The size and modification time of `file` now. */
  stamp(file: string): ImageStamp {
    const stats = statSync(file);
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  }

  /** The dimensions of `file`, from the record when the file is unchanged, else from `read`. */
  info(file: string, read: () => ImageInfo): ImageInfo {
    const entry = this.current(file);
    if (entry.info !== undefined) return entry.info;
    const info = read();
    this.used.set(file, { ...entry, info });
    return info;
  }

  /** The content key of `file` (reading it when it changed since the key was made). */
  key(file: string): string {
    const entry = this.current(file);
    if (entry.key !== undefined) return entry.key;
    const key = createHash("sha256").update(IMAGE_SETTINGS_KEY).update("\0").update(readFileSync(file)).digest("base64url").slice(0, 20);
    this.used.set(file, { ...entry, key });
    return key;
  }

  /** Where the resized copy of an image with `key` at `width` in `format` is kept. */
  copyPath(key: string, width: number, format: string): string {
    return path.join(this.folder, `${key}-${width}.${format}`);
  }

  /**
   * Records the images this build used; removes the records of content folders that are gone, and
   * the resized copies no record names. With a temporary folder, removes it. Never throws: without
   * the record the next build only does more.
   */
  close(): void {
    try {
      if (this.temporary) {
        rmSync(this.folder, { recursive: true, force: true });
        return;
      }
      if (this.used.size === 0 && !existsSync(this.folder)) return;
      mkdirSync(this.folder, { recursive: true });
      const temporary = `${this.record}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: RECORD_FORMAT, contentDir: this.contentDir, entries: Object.fromEntries(this.used) }));
      renameSync(temporary, this.record);
      const keys = new Set<string | undefined>();
      const names = readdirSync(this.folder);
      for (const name of names.filter((file) => file.endsWith(".json"))) {
        const record = readRecord(path.join(this.folder, name));
        if (record === undefined || !existsSync(record.contentDir)) rmSync(path.join(this.folder, name), { force: true });
        else for (const entry of record.entries.values()) keys.add(entry.key);
      }
      for (const name of names) {
        const key = /^(.+)-\d+\.\w+$/.exec(name)?.[1];
        if (!name.endsWith(".json") && (key === undefined || !keys.has(key))) rmSync(path.join(this.folder, name), { force: true });
      }
    } catch {
      // The cache only saves time.
    }
  }

  /** The entry for `file` as it is now: the recorded one if its stamp still matches, else a new one. */
  private current(file: string): Entry {
    const seen = this.used.get(file);
    if (seen !== undefined) return seen;
    const stamp = this.stamp(file);
    const recorded = this.known.get(file);
    const entry = recorded !== undefined && recorded.size === stamp.size && recorded.mtimeMs === stamp.mtimeMs ? recorded : stamp;
    this.used.set(file, entry);
    return entry;
  }
}

/** A content folder's record, or undefined when it is missing, damaged or of another format. */
function readRecord(file: string): { readonly contentDir: string; readonly entries: Map<string, Entry> } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { format?: unknown; contentDir?: unknown; entries?: Record<string, Entry> };
    if (parsed.format !== RECORD_FORMAT || typeof parsed.contentDir !== "string" || typeof parsed.entries !== "object" || parsed.entries === null) {
      return undefined;
    }
    const entries = Object.entries(parsed.entries).filter(([, entry]) => typeof entry?.size === "number" && typeof entry.mtimeMs === "number");
    return { contentDir: parsed.contentDir, entries: new Map(entries) };
  } catch {
    return undefined;
  }
}
