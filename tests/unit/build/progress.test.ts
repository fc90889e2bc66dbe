import { describe, expect, it } from "vitest";
import {
  applyEvent,
  createProgressDisplay,
  formatLiveLine,
  formatSummary,
  shouldRedraw,
  type ProgressEvent,
  type ProgressState,
} from "../../../src/pipeline/progress";

function fold(events: readonly (readonly [number, ProgressEvent])[]): ProgressState {
  return events.reduce<ProgressState>((state, [at, event]) => applyEvent(state, event, at), {});
}

const midBuild = fold([
  [0, { phase: "load", done: 0 }],
  [800, { phase: "load", done: 10000, finished: true }],
  [800, { phase: "render", done: 4200, total: 10000, reused: 3900 }],
]);

const finished = fold([
  [0, { phase: "load", done: 0 }],
  [810, { phase: "load", done: 10000, finished: true }],
  [810, { phase: "render", done: 0, total: 10000, reused: 9990 }],
  [1210, { phase: "render", done: 10000, finished: true }],
  [1300, { phase: "write", done: 0 }],
  [2000, { phase: "write", done: 22582, reused: 22480, finished: true }],
  [2000, { phase: "index", done: 4, total: 5, reused: 4 }],
  [3250, { phase: "index", done: 5, total: 5, reused: 4, finished: true }],
]);

describe("applyEvent", () => {
  it("keeps a phase's start time, total and reused count until an event replaces them", () => {
    const state = fold([
      [5, { phase: "render", done: 0, total: 10, reused: 4 }],
      [9, { phase: "render", done: 7 }],
    ]);
    expect(state.render).toEqual({ done: 7, total: 10, reused: 4, startedAt: 5, endedAt: undefined });
  });

  it("records the end of a finished phase", () => {
    expect(finished.load).toMatchObject({ startedAt: 0, endedAt: 810, done: 10000 });
  });

  it("does not change the state it is given", () => {
    const before: ProgressState = {};
    applyEvent(before, { phase: "load", done: 1 }, 1);
    expect(before).toEqual({});
  });
});

describe("formatLiveLine", () => {
  it.each([
    ["phases seen so far, in pipeline order", midBuild, Infinity, "load 10000 · render 4200/10000 (3900 cached)"],
    [
      "every phase",
      finished,
      Infinity,
      "load 10000 · render 10000/10000 (9990 cached) · write 22582 (22480 reused) · search shards 5/5 (4 reused)",
    ],
    ["cut to the terminal width", midBuild, 20, "load 10000 · render…"],
    ["nothing before the first event", {}, Infinity, ""],
  ])("shows %s", (_, state, width, expected) => {
    expect(formatLiveLine(state, width)).toBe(expected);
  });

  it("counts the search index in shards", () => {
    expect(formatLiveLine(fold([[0, { phase: "index", done: 1, total: 3 }]]))).toBe("search shards 1/3");
  });
});

describe("formatSummary", () => {
  it("gives each phase's count and seconds", () => {
    expect(formatSummary(finished)).toBe(
      "load 10000 in 0.81 s; render 10000 (9990 cached) in 0.40 s; write 22582 (22480 reused) in 0.70 s; search shards 5 (4 reused) in 1.25 s",
    );
  });

  it("leaves out the seconds of a phase that did not finish", () => {
    expect(formatSummary(midBuild)).toBe("load 10000 in 0.80 s; render 4200 (3900 cached)");
  });
});

describe("shouldRedraw", () => {
  it.each([
    ["the first event", undefined, 0, {}, true],
    ["an event 40 ms after the last drawing", 1000, 1040, {}, false],
    ["an event 100 ms after the last drawing", 1000, 1100, {}, true],
    ["the end of a phase, however soon", 1000, 1001, { finished: true }, true],
  ])("%s: %s", (_, last, now, extra, expected) => {
    expect(shouldRedraw(last, now, { phase: "render", done: 1, ...extra }, 100)).toBe(expected);
  });
});

describe("createProgressDisplay", () => {
  function fakeTerminal(isTTY: boolean) {
    const writes: string[] = [];
    let clock = 0;
    const output = { isTTY, columns: 60, write: (text: string) => writes.push(text) };
    const display = createProgressDisplay(output, () => clock, 100);
    return { writes, display, tick: (ms: number) => (clock += ms) };
  }

  it("on a terminal redraws one line at most ten times a second and clears it at the end", () => {
    const { writes, display, tick } = fakeTerminal(true);
    for (let done = 1; done <= 50; done++) {
      display.listener({ phase: "render", done, total: 50 });
      tick(10);
    }
    const summary = display.finish();
    // 50 events 10 ms apart: the first, then one every 100 ms.
    expect(writes.filter((text) => text.includes("render"))).toHaveLength(5);
    expect(writes.every((text) => text.startsWith("\r\x1b[K"))).toBe(true);
    expect(writes.at(-1)).toBe("\r\x1b[K");
    expect(summary).toBe("render 50");
  });

  it("writes nothing when the output is not a terminal, but still sums up", () => {
    const { writes, display, tick } = fakeTerminal(false);
    display.listener({ phase: "load", done: 0 });
    tick(250);
    display.listener({ phase: "load", done: 3, finished: true });
    expect(display.finish()).toBe("load 3 in 0.25 s");
    expect(writes).toEqual([]);
  });
});
