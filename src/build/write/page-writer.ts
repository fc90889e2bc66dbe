// Write stage, this thread's side of Eleventy's writer (eleventy-writer.ts):
// starts it (on a worker thread of its own for a large site), sends it batches
// and rendered files, and follows what it reports.

import { Worker } from "node:worker_threads";
import { ContentError } from "../../diagnostics";
import type { SiteChrome } from "../../eleventy/run-context";
import type { ArchiveModel } from "../../model/types";
import type { FromWriter, SiteRunResult, ToWriter } from "./eleventy-writer";
import { errorFromRecords } from "./thread-errors";

/** A plain module, because Node 20 cannot start a worker thread from TypeScript (see the file). */
const WRITER_ENTRY = new URL("./eleventy-writer-thread.mjs", import.meta.url);

/**
 * Sites with fewer files than this are written by Eleventy on this thread: starting a thread and
 * loading Eleventy into it costs about half a second of processor time, more than it saves them.
 */
export const THREAD_THRESHOLD = 2000;

/** The messages to and from the writer, wherever it runs. */
interface Channel {
  send(message: ToWriter, transfer?: ArrayBuffer[]): void;
  /** Keeps the process alive for the writer from now on. */
  hold(): void;
  close(): Promise<void>;
}

/** Where the writer writes, with which Eleventy configuration. */
export interface WriterTarget {
  readonly output: string;
  /** The Eleventy configuration file every run loads (the project's .eleventy.ts). */
  readonly configFile: string;
  /** The site's path prefix ("/news" or ""), for the templates' `url` filter. */
  readonly pathPrefix: string;
}

/**
 * Eleventy's writer. On a thread it starts loading Eleventy at once, so it can be started before
 * there is anything to write; until `start` it does not keep the process alive.
 */
export interface PageWriter {
  /** Gives it the folder to write into, and where to report the running count of written files. */
  start(target: WriterTarget, onWritten: (count: number) => void): void;
  /** Has the site's own part (pages, copies, stylesheet) written before any batch. */
  site(chrome: SiteChrome): void;
  /** Resolves with what the site's own part wrote, once it has (wait for the batches first). */
  siteDone(): Promise<SiteRunResult>;
  send(message: ToWriter, transfer?: ArrayBuffer[]): void;
  /** Throws if the writer has failed. */
  check(): void;
  /** Resolves with the number of files run `index` (counting from 0) wrote. */
  batchDone(index: number): Promise<number>;
  /** Waits until everything sent is written and nothing more is being written. */
  finish(): Promise<void>;
  /** Finishes the current run with empty files, starts no other, and waits until it has ended. */
  abort(): Promise<void>;
  /** Stops its thread, if it has one. */
  close(): Promise<void>;
}

/** Where the writer runs; by default on a thread of its own when the site has THREAD_THRESHOLD files or more. */
export type WriterPlace = "thread" | "here";

/** Starts the writer for `model`'s site. */
export function startPageWriter(model: ArchiveModel, place?: WriterPlace): PageWriter {
  const { articles, indexes, directories } = model.pages;
  const files = articles.length + indexes.length + directories.length + model.feeds.length;
  return (place ?? (files < THREAD_THRESHOLD ? "here" : "thread")) === "thread" ? onThread() : inProcess();
}

/** Eleventy on a worker thread; it starts loading Eleventy at once. */
function onThread(): PageWriter {
  // An empty execArgv keeps the parent's flags (profilers, loaders) out of the thread.
  const worker = new Worker(WRITER_ENTRY, { execArgv: [] });
  // Until it is given something to write, the thread does not keep the process alive.
  worker.unref();
  return following((receive, fail) => {
    worker.on("message", receive);
    worker.on("error", (error) => fail(new Error("The Eleventy writer thread failed", { cause: error })));
    worker.on("exit", (code) => fail(new Error(`The Eleventy writer thread stopped (exit code ${code})`), true));
    return {
      send: (message, transfer) => worker.postMessage(message, transfer ?? []),
      hold: () => worker.ref(),
      close: async () => {
        worker.removeAllListeners("exit");
        await worker.terminate();
      },
    };
  });
}

/**
 * Eleventy on this thread, loaded only now (a large site never needs it here); its answers arrive
 * as a thread's would, after the current task.
 */
function inProcess(): PageWriter {
  return following((receive, fail) => {
    const early: ToWriter[] = [];
    let handle: ((message: ToWriter) => void) | undefined;
    import("./eleventy-writer").then(
      ({ createEleventyWriter }) => {
        handle = createEleventyWriter((message) => setImmediate(() => receive(message)));
        for (const message of early.splice(0)) handle(message);
      },
      (error: unknown) => fail(new Error("Could not load Eleventy", { cause: error }), true),
    );
    return {
      send: (message) => (handle === undefined ? early.push(message) : handle(message)),
      hold: () => undefined,
      close: async () => undefined,
    };
  });
}

/** A PageWriter over a channel: `connect` gets where to deliver the writer's messages and failures. */
function following(
  connect: (receive: (message: FromWriter) => void, fail: (error: Error, ended?: boolean) => void) => Channel,
): PageWriter {
  let onWritten: (count: number) => void = () => undefined;
  const done: number[] = [];
  let siteResult: SiteRunResult | undefined;
  let failure: Error | undefined;
  let stopped = false;
  let wake: (() => void) | undefined;
  const changed = () => {
    wake?.();
    wake = undefined;
  };
  const fail = (error: Error, ended = false) => {
    failure ??= error;
    stopped ||= ended;
    changed();
  };
  const channel = connect((message) => {
    switch (message.type) {
      case "written":
        onWritten(message.count);
        break;
      case "batch-done":
        done.push(message.files);
        break;
      case "site-done":
        siteResult = message.result;
        break;
      case "failed":
        failure ??=
          message.diagnostics !== undefined
            ? new ContentError(message.diagnostics)
            : new Error("Eleventy could not write the site", { cause: errorFromRecords(message.errors) });
        break;
      case "stopped":
        stopped = true;
        break;
    }
    changed();
  }, fail);
  /** Only one caller waits at a time: writePages works through its batches in order. */
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise<void>((resolve) => (wake = resolve));
  };
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  return {
    start: (target, report) => {
      onWritten = report;
      channel.hold();
      channel.send({ type: "start", ...target });
    },
    site: (chrome) => channel.send({ type: "site", chrome }),
    siteDone: async () => {
      await until(() => siteResult !== undefined || failure !== undefined);
      check();
      return siteResult!;
    },
    send: (message, transfer) => channel.send(message, transfer),
    check,
    batchDone: async (index) => {
      await until(() => done.length > index || failure !== undefined);
      check();
      return done[index]!;
    },
    finish: async () => {
      channel.send({ type: "finish" });
      await until(() => stopped || failure !== undefined);
      check();
    },
    abort: async () => {
      channel.send({ type: "abort" });
      await until(() => stopped);
    },
    close: () => channel.close(),
  };
}
