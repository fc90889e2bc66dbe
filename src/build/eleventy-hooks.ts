// Write stage, Eleventy glue: a view of Eleventy's config for the archive
// plugin that leaves pages out of its paginated templates (through Eleventy's
// documented `pagination.before`), can leave out everything that is not
// paginated, counts the pages it writes and keeps the process responsive while
// it does. A template that escapes the view is simply rendered as without it.

import { performance } from "node:perf_hooks";
import type { EleventyTemplate, UserConfig } from "@11ty/eleventy";
import { outputPathFor } from "../eleventy/archive-plugin";

/**
 * Eleventy renders every page, then writes every page, each time without giving the event loop a
 * turn, for seconds on a large archive, so Ctrl-C would go unanswered; tsx, which `npm run build`
 * runs under, kills a child that does not answer a signal within 60 ms, before it can remove its
 * staging folder. Rendering and writing hand the event loop a turn at least this often.
 */
const TURN_EVERY_MS = 20;

type Transform = (content: unknown) => unknown;

export interface PageHooks {
  /** True for an output path ("/a/b/index.html") that must not be rendered. */
  skip(outputPath: string): boolean;
  /** Whether to keep the single-page templates and the copied assets; false keeps only paginated templates. */
  readonly singles: boolean;
  /** Called once per page, just before Eleventy writes it. */
  writing(): void;
  /** A page failed to render; Eleventy is given an empty page instead (see hookTemplate). */
  failed(error: Error): void;
}

type PaginationBefore = (items: unknown[], data: unknown) => unknown[];

export function withPageHooks(config: UserConfig, hooks: PageHooks): UserConfig {
  let lastTurn = performance.now();
  const pace = <T>(output: T): T | Promise<T> => {
    if (performance.now() - lastTurn < TURN_EVERY_MS) return output;
    return new Promise((resolve) =>
      setImmediate(() => {
        lastTurn = performance.now();
        resolve(output);
      }),
    );
  };
  // Transforms run once per page right before it is written. addTransform is Eleventy API that
  // types/eleventy.d.ts does not declare.
  const { addTransform } = config as unknown as { addTransform: (name: string, transform: Transform) => void };
  addTransform.call(config, "archive-write-hooks", (content) => {
    hooks.writing();
    return pace(content);
  });
  return new Proxy(config, {
    get(target, property) {
      if (property === "addTemplate") {
        return (virtualPath: string, content: EleventyTemplate<unknown>, data?: Record<string, unknown>) => {
          if (hooks.singles || isPaginated(content)) target.addTemplate(virtualPath, hookTemplate(content, hooks, pace), data);
        };
      }
      if (property === "addPassthroughCopy" && !hooks.singles) return () => undefined;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Render errors are handed to `hooks.failed` instead of thrown: when a page throws, Eleventy's
 * write() rejects at once but goes on writing other pages and copying assets into the staging
 * folder, which the caller would be removing at the same time. Held until write() has settled,
 * the error leaves nothing running behind it.
 */
function hookTemplate(
  content: EleventyTemplate<unknown>,
  hooks: PageHooks,
  pace: <T>(output: T) => T | Promise<T>,
): EleventyTemplate<unknown> {
  const render = content.render;
  const fail = (data: unknown, error: unknown): string => {
    const url = (data as { page?: { url?: unknown } }).page?.url;
    hooks.failed(new Error(`Could not render the page ${String(url)}`, { cause: error }));
    return "";
  };
  return {
    ...content,
    data: typeof content.data === "object" ? withSkippedEntries(content.data, hooks) : content.data,
    render(this: unknown, data: unknown) {
      try {
        const output = render.call(this, data);
        return output instanceof Promise ? output.catch((error: unknown) => fail(data, error)).then(pace) : pace(output);
      } catch (error) {
        return fail(data, error);
      }
    },
  };
}

function isPaginated(content: EleventyTemplate<unknown>): boolean {
  const pagination = typeof content.data === "object" ? content.data.pagination : undefined;
  return pagination !== null && typeof pagination === "object";
}

function withSkippedEntries(data: Record<string, unknown>, hooks: PageHooks): Record<string, unknown> {
  const pagination = data.pagination;
  if (pagination === null || typeof pagination !== "object") return data;
  const before = (pagination as { before?: PaginationBefore }).before;
  const skipEntries: PaginationBefore = function (this: unknown, items, fullData) {
    const kept = before === undefined ? items : before.call(this, items, fullData);
    return kept.filter((item) => !(hasPath(item) && hooks.skip(outputPathFor(item.path))));
  };
  return { ...data, pagination: { ...pagination, before: skipEntries } };
}

function hasPath(item: unknown): item is { path: string } {
  return item !== null && typeof item === "object" && typeof (item as { path?: unknown }).path === "string";
}
