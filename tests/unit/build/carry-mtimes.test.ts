import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { carryMtimes, linkOrCopy } from "../../../src/build/output/carry-mtimes";

const PAST = new Date("2001-02-03T04:05:06Z");

let root: string;
let previous: string;
let staging: string;

function put(dir: string, file: string, text: string): string {
  const target = path.join(dir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "carry-mtimes-"));
  previous = path.join(root, "previous");
  staging = path.join(root, "staging");
  for (const [file, text] of [
    ["same.html", "<p>same</p>"],
    ["deep/er/same.html", "<p>deep</p>"],
    ["edited.html", "<p>old!</p>"],
    ["grown.html", "<p>short</p>"],
    ["linked.html", "<p>linked</p>"],
    ["removed.html", "<p>gone</p>"],
  ]) {
    utimesSync(put(previous, file!, text!), PAST, PAST);
  }
  put(staging, "same.html", "<p>same</p>");
  put(staging, "deep/er/same.html", "<p>deep</p>");
  put(staging, "edited.html", "<p>new!</p>");
  put(staging, "grown.html", "<p>much longer</p>");
  put(staging, "added.html", "<p>added</p>");
  linkSync(path.join(previous, "linked.html"), path.join(staging, "linked.html"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const mtime = (file: string) => statSync(file).mtimeMs;

describe("carryMtimes", () => {
  it("gives files with unchanged bytes the previous file's modification time", () => {
    const stats = carryMtimes(previous, staging);
    expect(stats).toEqual({ files: 6, linked: 1, carried: 2 });
    expect(mtime(path.join(staging, "same.html"))).toBe(PAST.getTime());
    expect(mtime(path.join(staging, "deep/er/same.html"))).toBe(PAST.getTime());
  });

  it.each(["edited.html", "grown.html", "added.html"])("leaves %s with its new modification time", (file) => {
    carryMtimes(previous, staging);
    expect(mtime(path.join(staging, file))).toBeGreaterThan(PAST.getTime());
  });

  it("never changes the previous output", () => {
    carryMtimes(previous, staging);
    expect(readFileSync(path.join(previous, "edited.html"), "utf8")).toBe("<p>old!</p>");
    for (const file of ["same.html", "edited.html", "grown.html", "removed.html"]) {
      expect(mtime(path.join(previous, file))).toBe(PAST.getTime());
    }
  });

  it("looks only at the files and folders it is given, when given a list", () => {
    const stats = carryMtimes(previous, staging, ["deep", "/edited.html", "missing.html"]);
    expect(stats).toEqual({ files: 2, linked: 0, carried: 1 });
    expect(mtime(path.join(staging, "deep/er/same.html"))).toBe(PAST.getTime());
    expect(mtime(path.join(staging, "same.html"))).toBeGreaterThan(PAST.getTime());
  });

  it("carries nothing when there is no previous output", () => {
    expect(carryMtimes(path.join(root, "missing"), staging)).toEqual({ files: 6, linked: 0, carried: 0 });
  });
});

describe("linkOrCopy", () => {
  it("puts the previous file in place, keeping its modification time", () => {
    const target = path.join(staging, "copy.html");
    expect(linkOrCopy(path.join(previous, "same.html"), target)).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("<p>same</p>");
    expect(mtime(target)).toBe(PAST.getTime());
  });

  it("leaves a file that is already there as it is", () => {
    const target = path.join(staging, "edited.html");
    expect(linkOrCopy(path.join(previous, "edited.html"), target)).toBe(false);
    expect(readFileSync(target, "utf8")).toBe("<p>new!</p>");
  });

  it("fails when the previous file is gone", () => {
    expect(() => linkOrCopy(path.join(previous, "never.html"), path.join(staging, "never.html"))).toThrow(/ENOENT/);
    expect(existsSync(path.join(staging, "never.html"))).toBe(false);
  });
});
