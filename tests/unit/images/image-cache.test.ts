import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ImageCache } from "../../../src/images/image-cache";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "image-cache-"));
  for (const folder of ["a", "b"]) mkdirSync(path.join(root, folder));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const cacheDir = () => path.join(root, "cache");
const image = (folder: string, name: string, bytes: string) => {
  const file = path.join(root, folder, name);
  writeFileSync(file, bytes);
  return file;
};

describe("ImageCache", () => {
  it("reads an unchanged image's size from its record, and again once it changes", () => {
    const file = image("a", "x.png", "one");
    let reads = 0;
    const read = () => ({ width: 10 + reads++, height: 5, type: "png" });
    const first = new ImageCache(cacheDir(), path.join(root, "a"));
    expect(first.info(file, read)).toEqual({ width: 10, height: 5, type: "png" });
    first.close();
    const second = new ImageCache(cacheDir(), path.join(root, "a"));
    expect(second.info(file, read)).toEqual({ width: 10, height: 5, type: "png" });
    expect(reads).toBe(1);
    second.close();
    writeFileSync(file, "two, longer");
    utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(new ImageCache(cacheDir(), path.join(root, "a")).info(file, read).width).toBe(11);
  });

  it("keys an image by its bytes, and keeps the copies any content folder's record names", () => {
    const a = image("a", "x.png", "same bytes");
    const b = image("b", "y.png", "other bytes");
    const forA = new ImageCache(cacheDir(), path.join(root, "a"));
    const keyA = forA.key(a);
    expect(new ImageCache(undefined, "a").key(image("b", "copy.png", "same bytes"))).toBe(keyA);
    mkdirSync(forA.folder, { recursive: true });
    for (const key of [keyA, "stale"]) writeFileSync(forA.copyPath(key, 640, "webp"), "");
    forA.close();
    const forB = new ImageCache(cacheDir(), path.join(root, "b"));
    const keyB = forB.key(b);
    expect(keyB).not.toBe(keyA);
    writeFileSync(forB.copyPath(keyB, 640, "webp"), "");
    forB.close();
    expect(readdirSync(path.join(cacheDir(), "images")).filter((name) => name.endsWith(".webp")).sort()).toEqual([`${keyA}-640.webp`, `${keyB}-640.webp`].sort());
    // Content folder b gone: its record and copies go with the next build of another.
    rmSync(path.join(root, "b"), { recursive: true });
    const again = new ImageCache(cacheDir(), path.join(root, "a"));
    again.key(a);
    again.close();
    expect(readdirSync(path.join(cacheDir(), "images")).filter((name) => name.endsWith(".webp"))).toEqual([`${keyA}-640.webp`]);
  });

  it("without a cache folder works in a temporary folder it removes at the end", () => {
    const cache = new ImageCache(undefined, path.join(root, "a"));
    expect(existsSync(cache.folder)).toBe(true);
    cache.close();
    expect(existsSync(cache.folder)).toBe(false);
  });
});
