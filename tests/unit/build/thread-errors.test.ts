// Write stage: an error that crosses from Eleventy's writer thread keeps what
// it wraps and its operating-system code, so a full disk on that thread is
// still reported as a full disk (see src/file-system-error.ts).

import { describe, expect, it } from "vitest";
import { errorFromRecords, errorRecords } from "../../../src/build/write/thread-errors";
import { findFileSystemFailure } from "../../../src/file-system-error";

class EleventyStyleError extends Error {
  constructor(
    message: string,
    readonly originalError: unknown,
  ) {
    super(message);
    this.name = "TemplateWriterWriteError";
  }
}

/** What arrives on the other thread: the records as a message carries them. */
function acrossThreads(error: unknown): Error | undefined {
  return errorFromRecords(structuredClone(errorRecords(error)));
}

describe("errors between threads", () => {
  it("keep the chain of messages and the code and path of an operating-system error", () => {
    const disk = Object.assign(new Error("ENOSPC: no space left on device, open '/srv/.site.staging-1/a/index.html'"), {
      code: "ENOSPC",
      syscall: "open",
      path: "/srv/.site.staging-1/a/index.html",
    });
    const arrived = acrossThreads(new EleventyStyleError('Having trouble writing to "/srv/a/index.html"', disk));

    expect(arrived?.name).toBe("TemplateWriterWriteError");
    expect(arrived?.cause).toMatchObject({ message: disk.message, code: "ENOSPC", syscall: "open", path: disk.path });
    expect(findFileSystemFailure(arrived)).toEqual({
      code: "ENOSPC",
      path: "/srv/.site.staging-1/a/index.html",
      explanation: "no space left on the device (ENOSPC); free some space on that disk",
    });
  });

  it("add no code to an error that had none", () => {
    const arrived = acrossThreads(new Error("layout failed", { cause: Object.assign(new Error("odd"), { code: 42 }) }));
    expect(errorRecords(arrived).map((record) => Object.keys(record).sort())).toEqual([
      ["message", "name", "stack"],
      ["message", "name", "stack"],
    ]);
  });
});
