// Images, the cache: `.cache/images/` holds the resized copies of the
// archive's images (`<content key>-<width>.<format>`) and a small record of
// each image the last build used: its size and modification time, its
// dimensions and, once resized, the key of its content. An unchanged image is
// therefore neither read nor resized again. Without a cache folder the resized
// copies go to a temporary folder removed when the build ends.

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
const RECORD_NAME = "images.json";

export class ImageCache {
  /** Where resized copies are kept. */
  readonly folder: string;
  private readonly temporary: boolean;
  private readonly known: Map<string, Entry>;
  private readonly used = new Map<string, Entry>();

  /** The cache in `<cacheDir>/images/`, or a temporary one without a cache folder. */
  constructor(cacheDir: string | undefined) {
    this.temporary = cacheDir === undefined;
    this.folder = cacheDir === undefined ? mkdtempSync(path.join(tmpdir(), "news-archive-images-")) : path.join(cacheDir, "images");
    this.known = cacheDir === undefined ? new Map() : readRecord(path.join(this.folder, RECORD_NAME));
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
   * Records the images this build used and removes resized copies of any other; with a temporary
   * folder, removes it. Never throws: without the record the next build only does more.
   */
  close(): void {
    try {
      if (this.temporary) {
        rmSync(this.folder, { recursive: true, force: true });
        return;
      }
      if (this.used.size === 0 && !existsSync(this.folder)) return;
      mkdirSync(this.folder, { recursive: true });
      const record = path.join(this.folder, RECORD_NAME);
      const temporary = `${record}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: RECORD_FORMAT, entries: Object.fromEntries(this.used) }));
      renameSync(temporary, record);
      const keys = new Set([...this.used.values()].map((entry) => entry.key));
      for (const name of readdirSync(this.folder)) {
        if (name === RECORD_NAME) continue;
        const key = /^(.+)-\d+\.\w+$/.exec(name)?.[1];
        if (key === undefined || !keys.has(key)) rmSync(path.join(this.folder, name), { force: true });
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

function readRecord(file: string): Map<string, Entry> {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { format?: unknown; entries?: Record<string, Entry> };
    if (parsed.format !== RECORD_FORMAT || typeof parsed.entries !== "object" || parsed.entries === null) return new Map();
    return new Map(Object.entries(parsed.entries).filter(([, entry]) => typeof entry?.size === "number" && typeof entry.mtimeMs === "number"));
  } catch {
    return new Map();
  }
}
