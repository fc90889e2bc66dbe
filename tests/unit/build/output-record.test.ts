// Write stage tests for the records the build keeps about an output folder:
// written whole, read leniently (anything damaged, older or foreign is no
// record), records of vanished output folders removed, and file records that
// notice a file replaced or edited since.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  isUntouched,
  outputRecordFile,
  readOutputRecord,
  recordOf,
  writeOutputRecord,
  type OutputRecord,
} from "../../../src/build/reuse/output-record";

interface ShelfRecord extends OutputRecord {
  readonly items: { readonly [name: string]: number };
}

let root: string;
let cacheDir: string;
let output: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "output-record-"));
  cacheDir = path.join(root, "cache");
  output = path.join(root, "site");
  mkdirSync(output);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const record = (outputDir: string, format = 1): ShelfRecord => ({ format, outputDir, items: { a: 1 } });

describe("output records", () => {
  it("are read back as written, one file per output folder and kind", () => {
    const file = outputRecordFile(cacheDir, "shelf", output);
    expect(path.dirname(file)).toBe(path.join(cacheDir, "shelf"));
    expect(outputRecordFile(cacheDir, "shelf", path.join(root, "other"))).not.toBe(file);
    writeOutputRecord(file, record(output), "items");
    expect(readOutputRecord<ShelfRecord>(file, 1, "items")).toEqual(record(output));
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it.each([
    ["missing", undefined],
    ["not JSON", "{ half a rec"],
    ["JSON null", "null"],
    ["of another format", JSON.stringify(record("/x", 2))],
    ["without its content", JSON.stringify({ format: 1, outputDir: "/x" })],
    ["with content that is not an object", JSON.stringify({ format: 1, outputDir: "/x", items: "a" })],
    ["without an output folder", JSON.stringify({ format: 1, items: {} })],
  ])("are no record when %s", (_, text) => {
    const file = outputRecordFile(cacheDir, "shelf", output);
    if (text !== undefined) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    expect(readOutputRecord<ShelfRecord>(file, 1, "items")).toBeUndefined();
  });

  it("remove, when one is written, the records of output folders that are gone and those that cannot be read", () => {
    const gone = path.join(root, "gone");
    const kept = path.join(root, "kept");
    mkdirSync(kept);
    for (const folder of [gone, kept]) writeOutputRecord(outputRecordFile(cacheDir, "shelf", folder), record(folder), "items");
    const shelf = path.join(cacheDir, "shelf");
    writeFileSync(path.join(shelf, "damaged.json"), "{");
    writeFileSync(path.join(shelf, "notes.txt"), "not a record");

    writeOutputRecord(outputRecordFile(cacheDir, "shelf", output), record(output), "items");
    expect(readdirSync(shelf).sort()).toEqual(
      [path.basename(outputRecordFile(cacheDir, "shelf", kept)), path.basename(outputRecordFile(cacheDir, "shelf", output)), "notes.txt"].sort(),
    );
  });

  it("are never an error to write, and leave no temporary file behind", () => {
    writeFileSync(path.join(root, "blocked"), "a file where the cache folder should be");
    const file = outputRecordFile(path.join(root, "blocked"), "shelf", output);
    expect(() => writeOutputRecord(file, record(output), "items")).not.toThrow();
    expect(existsSync(file)).toBe(false);
  });
});

describe("file records", () => {
  it("tell a file left alone from one edited or replaced since", () => {
    const page = path.join(output, "index.html");
    writeFileSync(page, "<p>one</p>");
    const recorded = recordOf(page);
    expect(isUntouched(page, recorded)).toBe(true);

    writeFileSync(page, "<p>two!</p>");
    expect(isUntouched(page, recorded)).toBe(false);
    rmSync(page);
    expect(isUntouched(page, recorded)).toBe(false);
  });
});
