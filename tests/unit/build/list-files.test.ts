// Write stage helper tests: the files of a folder as the build names them.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesAt, listFiles } from "../../../src/build/output/list-files";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "list-files-"));
  for (const file of ["b.txt", "a/z.html", "a/b/c.html", "a/x.css"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  mkdirSync(path.join(root, "a/empty"), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("listFiles", () => {
  it("lists every file under a folder, relative to it with / separators, sorted, and no folders", () => {
    expect(listFiles(root)).toEqual(["a/b/c.html", "a/x.css", "a/z.html", "b.txt"]);
  });

  it("lists nothing for a folder that does not exist", () => {
    expect(listFiles(path.join(root, "missing"))).toEqual([]);
  });
});

describe("filesAt", () => {
  it.each([
    ["a file", "b.txt", ["b.txt"]],
    ["a folder", "a/b", ["a/b/c.html"]],
    ["a folder given from the output's root", "/a/b", ["/a/b/c.html"]],
    ["an empty folder", "a/empty", []],
    ["a missing entry", "nowhere.html", []],
  ])("names %s relative to the folder", (_, entry, expected) => {
    expect(filesAt(root, entry)).toEqual(expected);
  });
});
