// Write stage: a small janitor process beside the build. It removes the
// staging folder when the build process dies without doing so itself, killed
// outright or by tsx, which `npm run build` runs under: tsx kills a child that
// has not answered Ctrl-C within 60 ms, and Eleventy can keep the process busy
// for longer. After a successful swap it removes the replaced output instead,
// on the other core, so the build need not wait for tens of thousands of
// files to be unlinked before it returns.

import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

// Plain CommonJS for `node -e`. The IPC channel closes when the build process exits, however it
// exits, or when the build lets the janitor go; either way the janitor removes what it was given.
const JANITOR = `
const folders = [process.argv[1]];
process.on("message", (message) => {
  if (message && typeof message.remove === "string") folders.push(message.remove);
});
process.on("disconnect", () => {
  for (const folder of folders) {
    try {
      require("node:fs").rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    } catch {}
  }
  process.exit(0);
});`;

export interface StagingWatch {
  /**
   * The janitor's process id, or undefined when it could not be started. A folder handed to it by
   * `removeLater` is named with this id, so that a later build can tell whether it is still at work.
   */
  readonly pid: number | undefined;
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
  const leftForLater: string[] = [];
  return {
    pid: janitor.pid,
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
