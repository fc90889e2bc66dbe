// Write stage: a small janitor process beside the build. It removes the
// staging folder when the build process dies without doing so itself, killed
// outright or by tsx, which `npm run build` runs under: tsx kills a child that
// has not answered Ctrl-C within 60 ms, and Eleventy can keep the process busy
// for longer. Before that it kills the build's child processes (Pagefind) it
// was told about, and waits for them to be gone, so that none of them writes
// into the folder after it was removed. After a successful swap it removes the
// replaced output instead, on the other core, so the build need not wait for
// tens of thousands of files to be unlinked before it returns.

import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

// Plain CommonJS for `node -e`. The IPC channel closes when the build process exits, however it
// exits, or when the build lets the janitor go; either way the janitor stops the processes it was
// given, then removes the folders it was given. A killed process of a dead build is reaped by the
// system, or lingers as a zombie where nothing reaps it; either way it writes nothing any more.
const JANITOR = `
const fs = require("node:fs");
const folders = [process.argv[1]];
const processes = new Set();
process.on("message", (message) => {
  if (message && typeof message.remove === "string") folders.push(message.remove);
  if (message && Number.isInteger(message.watch) && message.watch > 0) processes.add(message.watch);
  if (message && Number.isInteger(message.forget)) processes.delete(message.forget);
});
const running = (pid) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  try {
    const stat = fs.readFileSync("/proc/" + pid + "/stat", "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
};
process.on("disconnect", () => {
  for (const pid of processes) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  const giveUp = Date.now() + 10000;
  const removeWhenStopped = () => {
    if ([...processes].some(running) && Date.now() < giveUp) return setTimeout(removeWhenStopped, 20);
    for (const folder of folders) {
      try {
        fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
      } catch {}
    }
    process.exit(0);
  };
  removeWhenStopped();
});`;

export interface StagingWatch {
  /**
   * The janitor's process id, or undefined when it could not be started. A folder handed to it by
   * `removeLater` is named with this id, so that a later build can tell whether it is still at work.
   */
  readonly pid: number | undefined;
  /**
   * Takes charge of a child process that writes into the staging folder: the janitor kills it if
   * the build dies first, and `stopProcesses` kills it if the build fails or is interrupted.
   */
  adopt(child: ChildProcess): void;
  /** Kills every adopted process still running, at once (SIGKILL): what it would still write is thrown away. */
  stopProcesses(): void;
  /** Has `folder` removed once the janitor is let go (see `release`), in the background. */
  removeLater(folder: string): Promise<void>;
  /**
   * The build has moved or removed the staging folder itself; the janitor removes the folders it
   * was given and goes. Without a janitor, those folders are removed here and now.
   */
  release(): void;
}

export function watchStaging(stagingDir: string): StagingWatch {
  const janitor = spawn(process.execPath, ["-e", JANITOR, stagingDir], {
    detached: true,
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  // Without a janitor, a killed build still leaves its staging folder to the next build's cleanup.
  janitor.on("error", () => undefined);
  janitor.unref();
  janitor.channel?.unref();
  const tell = (message: object) => {
    if (janitor.connected) janitor.send(message, () => undefined);
  };
  const leftForLater: string[] = [];
  const adopted = new Set<ChildProcess>();
  return {
    pid: janitor.pid,
    adopt: (child) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      const pid = child.pid;
      adopted.add(child);
      tell({ watch: pid });
      child.once("exit", () => {
        adopted.delete(child);
        tell({ forget: pid });
      });
    },
    stopProcesses: () => {
      for (const child of adopted) child.kill("SIGKILL");
    },
    removeLater: (folder) =>
      new Promise((resolve) => {
        const keep = () => {
          leftForLater.push(folder);
          resolve();
        };
        if (!janitor.connected) return keep();
        // Resolved once the message is written, so that letting the janitor go cannot drop it.
        janitor.send({ remove: folder }, (error) => (error ? keep() : resolve()));
      }),
    release: () => {
      if (janitor.connected) janitor.disconnect();
      for (const folder of leftForLater) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Whether the process `pid` still runs (a process of another user counts as running). */
export function isRunning(pid: number): boolean {
  // 0 and negative numbers name process groups, not processes.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
