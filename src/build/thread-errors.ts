// Write stage: errors on their way between threads. A message keeps only an
// error's message and stack, not what it wraps; a build that fails on another
// thread should still say why.

/** An error as it can cross to another thread. */
export interface ErrorRecord {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
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
    records.push({ name: current.name, message: current.message, stack: current.stack });
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
    return error;
  }, undefined);
}
