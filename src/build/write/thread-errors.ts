// Write stage: errors on their way between threads. A message keeps only an
// error's message and stack, not what it wraps nor an operating-system code; a
// build that fails on another thread should still say why, and a full disk
// there is still a full disk here (see file-system-error.ts).

/** An error as it can cross to another thread. */
export interface ErrorRecord {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** The operating system's error code and the path it named, e.g. "ENOSPC". */
  readonly code?: string;
  readonly path?: string;
  readonly syscall?: string;
}

/**
 * An error and the errors it wraps, through `cause` and Eleventy's own `originalError`, which a
 * message to another thread would otherwise lose (its errors keep only their message and stack).
 */
export function errorRecords(error: unknown): ErrorRecord[] {
  const records: ErrorRecord[] = [];
  for (let current: unknown = error; current !== undefined && current !== null && records.length < 10; ) {
    if (!(current instanceof Error)) {
      records.push({ name: "Error", message: String(current) });
      break;
    }
    const { code, path, syscall } = current as NodeJS.ErrnoException;
    records.push({ name: current.name, message: current.message, stack: current.stack, ...osFields({ code, path, syscall }) });
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return records;
}

/** The errors of `records` rebuilt, each the `cause` of the one before it. */
export function errorFromRecords(records: readonly ErrorRecord[]): Error | undefined {
  return records.reduceRight<Error | undefined>((cause, record) => {
    const error = new Error(record.message, cause === undefined ? undefined : { cause });
    error.name = record.name;
    if (record.stack !== undefined) error.stack = record.stack;
    return Object.assign(error, osFields(record));
  }, undefined);
}

/** Only the fields that are strings: some libraries put numbers in `code`, and most errors have none of them. */
function osFields(fields: Pick<ErrorRecord, "code" | "path" | "syscall">): Pick<ErrorRecord, "code" | "path" | "syscall"> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === "string"));
}
