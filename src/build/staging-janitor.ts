// Write stage: a small watcher process that removes the staging folder when
// the build process dies without doing so itself, killed outright or by tsx,
// which `npm run build` runs under: tsx kills a child that has not answered
// Ctrl-C within 60 ms, and Eleventy can keep the process busy for longer.

import { spawn } from "node:child_process";

// Plain CommonJS for `node -e`. The IPC channel closes when the build process exits, however it exits.
const WATCHER = `
const dir = process.argv[1];
process.on("disconnect", () => {
  require("node:fs").rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  process.exit(0);
});`;

export interface StagingWatch {
  /** The build has moved or removed the staging folder itself; the watcher may go. */
  release(): void;
}

export function watchStaging(stagingDir: string): StagingWatch {
  const watcher = spawn(process.execPath, ["-e", WATCHER, stagingDir], {
    detached: true,
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  // Without a watcher, a killed build still leaves its staging folder to the next build's cleanup.
  watcher.on("error", () => undefined);
  watcher.unref();
  watcher.channel?.unref();
  return {
    release: () => {
      if (watcher.connected) watcher.disconnect();
    },
  };
}
