// Content stage: an article file the operating system will not read is one
// error diagnostic for that file, reported beside the other files' problems,
// never a crash instead of them. The read errors are injected by mocking
// `openSync` for chosen file names (the errors a disk or permissions would
// give); tests/integration/file-system-errors.test.ts provokes a real EACCES.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "../../../src/content/load-content";

/** File name → the error code opening it fails with. */
const failing = vi.hoisted(() => new Map<string, string>());

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const openSync = ((file: string, ...rest: unknown[]) => {
    const code = failing.get(path.basename(String(file)));
    if (code !== undefined) {
      throw Object.assign(new Error(`${code}: ${WORDS[code]}, open '${String(file)}'`), { code, syscall: "open", path: String(file) });
    }
    return (real.openSync as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof real.openSync;
  return { ...real, openSync, default: { ...real, openSync } };
});

/** The operating system's own words for the codes used here, as Node puts them in its messages. */
const WORDS: Record<string, string> = {
  EIO: "i/o error",
  EACCES: "permission denied",
  ENXIO: "no such device or address",
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "unreadable-"));
  const article = (title: string, date: string) => `---\ntitle: ${title}\ndate: ${date}\nsource: Wire\n---\nBody.\n`;
  writeFileSync(path.join(dir, "good.md"), article("Good", "2023-01-01"));
  writeFileSync(path.join(dir, "bad-date.md"), article("Bad", "yesterday"));
  for (const name of ["disk-error.md", "forbidden.md", "odd-device.md"]) writeFileSync(path.join(dir, name), article(name, "2023-01-02"));
  failing.set("disk-error.md", "EIO").set("forbidden.md", "EACCES").set("odd-device.md", "ENXIO");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadContent with files that cannot be read", () => {
  it("reports each as an error of its own, beside the other files' problems, and loads the rest", async () => {
    const loaded = await loadContent({ contentDir: dir, zone: "UTC", includeDrafts: false, displayBase: dir });
    expect(loaded.articles.map((article) => article.relativePath)).toEqual(["good.md"]);
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ file: "bad-date.md", severity: "error", message: expect.stringContaining("got `yesterday`") }),
      {
        file: "disk-error.md",
        severity: "error",
        message: "cannot read the file: input/output error from the device (EIO); check the disk or network drive; it may be failing or disconnected",
      },
      {
        file: "forbidden.md",
        severity: "error",
        message:
          "cannot read the file: permission denied (EACCES); check the permissions of that path and of the folders above it for the user running this command",
      },
      { file: "odd-device.md", severity: "error", message: "cannot read the file: no such device or address (ENXIO)" },
    ]);
  });
});
