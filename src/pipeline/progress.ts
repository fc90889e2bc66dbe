// Build progress: the events the stages report (load, render, write, search
// index), the pure functions that fold them into counts and format them, and
// the live terminal line that shows them while a long build runs.

export type Phase = "load" | "render" | "write" | "index";

export interface ProgressEvent {
  readonly phase: Phase;
  /** Items finished so far in this phase (articles loaded or rendered, pages written). */
  readonly done: number;
  readonly total?: number;
  /** Of `done`, how many came from an earlier build (cached bodies, reused pages). */
  readonly reused?: number;
  /** The phase is over; `done` is its final count. */
  readonly finished?: boolean;
}

/** How a stage reports progress. Stages call it; they never know how (or whether) it is shown. */
export type ProgressListener = (event: ProgressEvent) => void;

export interface PhaseState {
  readonly done: number;
  readonly total?: number;
  readonly reused: number;
  /** Milliseconds, from the clock the state was built with. */
  readonly startedAt: number;
  readonly endedAt?: number;
}

export type ProgressState = Readonly<Partial<Record<Phase, PhaseState>>>;

const ORDER: readonly Phase[] = ["load", "render", "write", "index"];
const REUSED_WORD: Record<Phase, string> = { load: "", render: "cached", write: "reused", index: "reused" };

export function applyEvent(state: ProgressState, event: ProgressEvent, now: number): ProgressState {
  const before = state[event.phase];
  const phase: PhaseState = {
    done: event.done,
    total: event.total ?? before?.total,
    reused: event.reused ?? before?.reused ?? 0,
    startedAt: before?.startedAt ?? now,
    endedAt: event.finished ? now : before?.endedAt,
  };
  return { ...state, [event.phase]: phase };
}

function counts(phase: Phase, state: PhaseState): string {
  const done = state.total === undefined ? `${state.done}` : `${state.done}/${state.total}`;
  return state.reused > 0 ? `${done} (${state.reused} ${REUSED_WORD[phase]})` : done;
}

/** The search index is counted in shards (see src/search/search-shards.ts). */
const LABEL: Record<Phase, string> = { load: "load", render: "render", write: "write", index: "search shards" };

/** The live line, e.g. "load 10000 · render 4200/10000 (3900 cached) · write 0/22581", cut to `width` characters. */
export function formatLiveLine(state: ProgressState, width = Number.POSITIVE_INFINITY): string {
  const line = ORDER.filter((phase) => state[phase] !== undefined)
    .map((phase) => `${LABEL[phase]} ${counts(phase, state[phase]!)}`)
    .join(" · ");
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}

/** The phases' counts and seconds, e.g. "load 10000 in 0.81 s; render 10000 (9990 cached) in 0.40 s; …". */
export function formatSummary(state: ProgressState): string {
  return ORDER.filter((phase) => state[phase] !== undefined)
    .map((phase) => {
      const { startedAt, endedAt } = state[phase]!;
      const seconds = endedAt === undefined ? "" : ` in ${((endedAt - startedAt) / 1000).toFixed(2)} s`;
      const what = `${LABEL[phase]} ${counts(phase, { ...state[phase]!, total: undefined })}`;
      return `${what}${seconds}`;
    })
    .join("; ");
}

/** Whether a live line may be redrawn: at most once per `interval` milliseconds, always for a finished phase. */
export function shouldRedraw(lastDrawAt: number | undefined, now: number, event: ProgressEvent, interval: number): boolean {
  return lastDrawAt === undefined || event.finished === true || now - lastDrawAt >= interval;
}

export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressDisplay {
  readonly listener: ProgressListener;
  /** Clears the live line; returns the summary of the phases seen. */
  finish(): string;
}

const CLEAR_LINE = "\r\x1b[K";

/**
 * Collects events and, when `output` is a terminal, keeps one live line on it, redrawn at most
 * ten times a second. Elsewhere (CI logs) it draws nothing: the caller prints the summary.
 */
export function createProgressDisplay(output: ProgressOutput, now: () => number = () => performance.now(), interval = 100): ProgressDisplay {
  let state: ProgressState = {};
  let lastDrawAt: number | undefined;
  let drawn = false;
  return {
    listener: (event) => {
      const at = now();
      state = applyEvent(state, event, at);
      if (output.isTTY !== true || !shouldRedraw(lastDrawAt, at, event, interval)) return;
      lastDrawAt = at;
      drawn = true;
      // Terminals that report no width (0) get the usual 80 columns.
      const columns = output.columns !== undefined && output.columns > 0 ? output.columns : 80;
      output.write(`${CLEAR_LINE}${formatLiveLine(state, columns - 1)}`);
    },
    finish: () => {
      if (drawn) output.write(CLEAR_LINE);
      drawn = false;
      return formatSummary(state);
    },
  };
}
