// Shared: file-system failures of the machine found in an error's chain and
// put in words; other errors are left alone, so a bug still looks like one.

import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeOsError, errnoCode, findFileSystemFailure, isOsError } from "../../../src/file-system-error";

/** An error shaped as Node's fs functions make them. */
function osError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const where = path === undefined ? syscall : `${syscall} '${path}'`;
  return Object.assign(new Error(`${code}: words from the system, ${where}`), { code, syscall, ...(path === undefined ? {} : { path }) });
}

/** What writing to /dev/full throws: the kernel's own "no space left on device". */
function realDiskFull(): unknown {
  try {
    writeFileSync("/dev/full", "x");
  } catch (error) {
    return error;
  }
  throw new Error("/dev/full accepted a write");
}

class EleventyStyleError extends Error {
  constructor(
    message: string,
    readonly originalError: unknown,
  ) {
    super(message);
  }
}

describe("findFileSystemFailure", () => {
  it.each<[string, unknown, ReturnType<typeof findFileSystemFailure>]>([
    [
      "a real full disk (no path: the file was already open)",
      realDiskFull(),
      { code: "ENOSPC", path: undefined, explanation: "no space left on the device (ENOSPC); free some space on that disk" },
    ],
    [
      "a forbidden folder",
      osError("EACCES", "mkdir", "/srv/site"),
      {
        code: "EACCES",
        path: "/srv/site",
        explanation: "permission denied (EACCES); check the permissions of that path and of the folders above it for the user running this command",
      },
    ],
    ["a read-only disk", osError("EROFS", "open", "/mnt/ro/x"), { code: "EROFS", path: "/mnt/ro/x", explanation: "the file system is read-only (EROFS); use a folder on a writable disk" }],
    [
      "too many open files, as the cause of another error",
      new Error("Eleventy could not write the site", { cause: osError("EMFILE", "open", "/srv/a") }),
      { code: "EMFILE", path: "/srv/a", explanation: "too many open files in this process (EMFILE); raise the limit on open files (e.g. `ulimit -n 8192`)" },
    ],
    [
      "a long name, wrapped the way Eleventy wraps errors",
      new EleventyStyleError("Having trouble writing to x", osError("ENAMETOOLONG", "open", "/srv/long")),
      { code: "ENAMETOOLONG", path: "/srv/long", explanation: "the path is too long for the file system (ENAMETOOLONG); use a shorter folder path" },
    ],
    ["a missing file, which mid-build is the generator's own mistake", osError("ENOENT", "open", "/srv/x"), undefined],
    ["an error without a code", new Error("layout failed"), undefined],
    ["something that is not an error", "ENOSPC", undefined],
  ])("%s", (_, error, expected) => {
    expect(findFileSystemFailure(error)).toEqual(expected);
  });
});

describe("describeOsError", () => {
  it.each([
    [osError("EIO", "read"), "input/output error from the device (EIO); check the disk or network drive; it may be failing or disconnected"],
    [Object.assign(new Error("ENXIO: no such device or address, open '/x/y.md'"), { code: "ENXIO" }), "no such device or address (ENXIO)"],
    [Object.assign(new Error("EAGAIN: resource temporarily unavailable, read"), { code: "EAGAIN" }), "resource temporarily unavailable (EAGAIN)"],
  ])("%s", (error, words) => {
    expect(describeOsError(error)).toBe(words);
  });
});

describe("isOsError", () => {
  it.each<[unknown, boolean]>([
    [osError("EACCES", "open", "/x"), true],
    [new Error("plain"), false],
    [Object.assign(new Error("yaml"), { code: "BAD_INDENT" }), false],
    [{ code: "EACCES" }, false],
  ])("%s → %s", (error, expected) => {
    expect(isOsError(error)).toBe(expected);
  });
});

describe("errnoCode", () => {
  it.each<[number, string | undefined]>([
    [28, "ENOSPC"],
    [13, "EACCES"],
    [30, "EROFS"],
    [99999, undefined],
  ])("%i → %s", (errno, code) => {
    expect(errnoCode(errno)).toBe(code);
  });
});
