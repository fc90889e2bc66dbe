// CLI edge: prints diagnostics and turns failures into exit codes. The one
// place that decides what a user sees when something goes wrong.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { toDisplayPath } from "../content/load-content";
import { ContentError, formatDiagnostic, type Diagnostic } from "../diagnostics";
import { findFileSystemFailure } from "../file-system-error";

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
}

/**
 * Content and usage problems print as `path:line:col: severity: message` lines and exit 1, and so
 * does a file-system failure of the machine (a full disk, a forbidden folder); anything else is a
 * bug in the generator and keeps its stack trace.
 */
export function exitWithError(error: unknown, what: string): never {
  const failure = error instanceof ContentError ? undefined : findFileSystemFailure(error);
  if (error instanceof ContentError) {
    printDiagnostics(error.diagnostics);
    const errors = error.diagnostics.filter((d) => d.severity === "error").length;
    console.error(`${what} failed: ${errors} error${errors === 1 ? "" : "s"}.`);
  } else if (failure !== undefined) {
    // A failed write to a file already open names no path; the message still says what to do.
    const where = failure.path === undefined ? "" : `${toDisplayPath(process.cwd(), failure.path)}: `;
    console.error(`${where}error: ${failure.explanation}`);
    console.error(`${what} failed: 1 error.`);
  } else {
    console.error(`${what} failed with an unexpected error (a bug in the generator, please report it):`);
    console.error(error);
  }
  process.exit(1);
}

/** Usage errors (bad flags) exit 2, like most command-line tools. */
export function exitWithUsage(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

type FlagOptions = NonNullable<ParseArgsConfig["options"]>;

/** Every command takes `--help` (or `-h`): it prints the usage and exits 0. */
const HELP_FLAG = { help: { type: "boolean", short: "h", default: false } } as const;

function parseOrExit<const T extends FlagOptions>(options: T, usage: string, allowPositionals: boolean) {
  let parsed;
  try {
    parsed = parseArgs({ options: { ...options, ...HELP_FLAG }, strict: true, allowPositionals });
  } catch (error) {
    return exitWithUsage((error as Error).message, usage);
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** Parses `--flags` strictly (no positionals); unknown or malformed flags print the usage and exit 2. */
export function parseFlagsOrExit<const T extends FlagOptions>(options: T, usage: string) {
  return parseOrExit(options, usage, false).values;
}

/** Like parseFlagsOrExit, but also takes positional arguments, such as the inputs of `npm run import`. */
export function parseFlagsAndArgumentsOrExit<const T extends FlagOptions>(options: T, usage: string) {
  const { values, positionals } = parseOrExit(options, usage, true);
  return { flags: values, positionals };
}

/** A `--port` value: a whole number from 0 (any free port) to 65535; anything else is a usage error. */
export function parsePortOrExit(value: string, usage: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) exitWithUsage(`--port: expected a whole number from 0 to 65535, got "${value}"`, usage);
  return port;
}

/** What to tell the user when a server cannot listen on `host`:`port`; undefined for errors that are not about the address. */
export function listenProblem(error: unknown, host: string, port: number): string | undefined {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EADDRINUSE":
      return `port ${port} is already in use; choose another with --port N.`;
    case "EACCES":
      return `port ${port} needs privileges this user does not have; choose a port above 1023 with --port N.`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `--host ${host}: expected an address of this machine, got one it cannot listen on; use 127.0.0.1 (this machine only) or 0.0.0.0 (every network).`;
    default:
      return undefined;
  }
}
