// Write stage: the few places where the Eleventy writer (eleventy-writer.ts)
// leans on Eleventy's internals rather than its documented API — its logger,
// its merged configuration, its passthrough copier — kept in one file so an
// Eleventy upgrade that moves them breaks here, where the tests catch it.

import type Eleventy from "@11ty/eleventy";

interface EleventyLogger {
  logWithOptions(options: { readonly message?: unknown; readonly force?: boolean }): void;
  message(message: unknown, type?: string, ...rest: unknown[]): void;
}

/**
 * Eleventy ends every run with a forced "Wrote N files in … seconds" line even in quiet mode; a
 * build of many runs would print dozens of them before its own summary. And when a run fails,
 * Eleventy prints the error with its stack trace before passing it on; the build tells the user
 * itself, with the file and line (see template-errors.ts). Those two are dropped; warnings still
 * reach the console. `logger` is Eleventy's public property, not declared in types/eleventy.d.ts.
 */
export function quietLogging(eleventy: Eleventy): void {
  const logger = (eleventy as unknown as { logger: EleventyLogger }).logger;
  const log = logger.logWithOptions.bind(logger);
  logger.logWithOptions = (options) => {
    const text = typeof options.message === "string" ? options.message.replace(/\u001b\[[0-9;]*m/g, "") : "";
    if (/^(?:Copied \d+ )?Wrote \d+ files?\b/.test(text)) return;
    log(options);
  };
  const message = logger.message.bind(logger);
  logger.message = (text, type, ...rest) => {
    if (type !== "error") message(text, type, ...rest);
  };
}

/** Eleventy's own transform, which changes a file only when a plugin gave it work (see `transformsText`). */
const HTML_TRANSFORMER = "@11ty/eleventy/html-transformer";

export interface MergedConfig {
  readonly transforms?: Record<string, unknown>;
  /** Passthrough copies by input path or glob. */
  readonly passthroughCopies?: Record<string, unknown>;
  /** Eleventy's HTML transformer: callbacks and plugins by file extension (Util/HtmlTransformer.js). */
  readonly htmlTransformer?: { readonly callbacks?: Record<string, unknown[]>; readonly plugins?: Record<string, unknown[]> };
}

/** Eleventy's merged configuration: `config` is a public property types/eleventy.d.ts does not declare. */
export function configOf(eleventy: Eleventy): MergedConfig {
  return (eleventy as unknown as { config?: MergedConfig }).config ?? {};
}

/**
 * Whether the configuration transforms what Eleventy writes: a transform of the user's or of a
 * plugin's (other than `ownTransform`, the writer's own), or work a plugin gave Eleventy's HTML
 * transformer (which is a no-op otherwise).
 */
export function transformsText(config: MergedConfig, ownTransform: string): boolean {
  const own = Object.keys(config.transforms ?? {}).filter((name) => name !== ownTransform && name !== HTML_TRANSFORMER);
  const html = config.htmlTransformer;
  return own.length > 0 || (html?.callbacks?.html?.length ?? 0) > 0 || (html?.plugins?.html?.length ?? 0) > 0;
}

/** Eleventy's passthrough copier (TemplatePassthroughManager.js), as far as writeSettled needs it; not declared in types/eleventy.d.ts. */
interface PassthroughManager {
  copyPassthrough(pass: unknown): Promise<unknown>;
}

/**
 * Eleventy's write(), but when it fails, only once the passthrough copies it started have ended:
 * Eleventy rejects at the first failed template while the copies go on, and one finishing after
 * the build gave up would recreate the staging folder the build had just removed. (Its own promise
 * for all copies never settles then: it also waits for every template to have rendered.)
 */
export async function writeSettled(eleventy: Eleventy): ReturnType<Eleventy["write"]> {
  const manager = (eleventy as unknown as { passthroughManager?: PassthroughManager }).passthroughManager;
  const copies: Promise<unknown>[] = [];
  if (manager !== undefined) {
    const copy = manager.copyPassthrough.bind(manager);
    manager.copyPassthrough = (pass) => {
      const copying = copy(pass);
      copies.push(copying);
      return copying;
    };
  }
  try {
    return await eleventy.write();
  } catch (error) {
    await Promise.allSettled(copies);
    throw error;
  }
}
