// Shared by every stage: file-system failures that are the machine's state,
// not a bug — a full disk, a read-only or forbidden folder, too many open
// files — put in words with what to do. Stages add which file or folder it was
// about; the CLI prints them like content problems, without a stack trace.

import { constants } from "node:os";

interface Explanation {
  /** What happened, in words. */
  readonly what: string;
  /** What the user can do about it. */
  readonly todo: string;
}

const PERMISSIONS = "check the permissions of that path and of the folders above it for the user running this command";

/**
 * Only codes that describe the machine are here. ENOENT, EEXIST, EISDIR and the like are left out
 * on purpose: in the middle of a build they mean the generator lost track of its own files.
 */
const EXPLAINED: Readonly<Record<string, Explanation>> = {
  EACCES: { what: "permission denied", todo: PERMISSIONS },
  EPERM: { what: "operation not permitted", todo: PERMISSIONS },
  EROFS: { what: "the file system is read-only", todo: "use a folder on a writable disk" },
  ENOSPC: { what: "no space left on the device", todo: "free some space on that disk" },
  EDQUOT: { what: "the disk quota is used up", todo: "free some space within your quota, or ask for a larger one" },
  EMFILE: { what: "too many open files in this process", todo: "raise the limit on open files (e.g. `ulimit -n 8192`)" },
  ENFILE: { what: "too many open files on this machine", todo: "close other programs, or raise the system's limit on open files" },
  ENAMETOOLONG: { what: "the path is too long for the file system", todo: "use a shorter folder path" },
  EIO: { what: "input/output error from the device", todo: "check the disk or network drive; it may be failing or disconnected" },
  EBUSY: { what: "the file or folder is in use by another program", todo: "close the program using it" },
};

/** A file-system failure found in an error, explained. */
export interface FileSystemFailure {
  /** The operating system's code, e.g. "ENOSPC". */
  readonly code: string;
  /** The path the operating system named; a failed write to a file already open names none. */
  readonly path?: string;
  /** What happened and what to do, e.g. "no space left on the device (ENOSPC); free some space on that disk". */
  readonly explanation: string;
}

/**
 * The first error in `error`'s chain (its `cause`, and Eleventy's `originalError`) that carries an
 * operating-system code this module explains; undefined when there is none.
 */
export function findFileSystemFailure(error: unknown): FileSystemFailure | undefined {
  let current = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    const { code, path } = current as NodeJS.ErrnoException;
    const explained = typeof code === "string" ? EXPLAINED[code] : undefined;
    if (code !== undefined && explained !== undefined) {
      return { code, path: typeof path === "string" ? path : undefined, explanation: `${explained.what} (${code}); ${explained.todo}` };
    }
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Explains any error with an operating-system code, also those this module does not know: for use
 * where every such error is about the one path being read, such as an article file.
 */
export function describeOsError(error: NodeJS.ErrnoException): string {
  const known = findFileSystemFailure(error);
  if (known !== undefined) return known.explanation;
  const words = error.message.replace(/^[A-Z]+: /, "").replace(/, \w+(?: '.*')?$/, "");
  return `${words} (${error.code})`;
}

/** Whether `error` carries an operating-system code (`EACCES`, `EIO` …). */
export function isOsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** The error code of an `errno` number, e.g. 28 → "ENOSPC" on Linux, as programs such as Pagefind report "os error 28". */
export function errnoCode(errno: number): string | undefined {
  return Object.entries(constants.errno).find(([, value]) => value === errno)?.[0];
}
