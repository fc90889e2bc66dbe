// Integration: `npm run preview` (src/cli/preview.ts) as a user runs it —
// serving a built folder under the configured prefix, and refusing bad input
// with a message and the right exit code.

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/run-cli";

let tmp: string;
let site: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "preview-cli-"));
  site = path.join(tmp, "site");
  mkdirSync(path.join(site, "topics"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "<h1>home</h1>");
  writeFileSync(path.join(site, "topics", "index.html"), "<h1>topics</h1>");
  writeFileSync(path.join(site, "404.html"), "<h1>missing</h1>");
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts the preview CLI and resolves with the base URL it prints, and a way to stop it. */
function startPreview(args: readonly string[], env: Record<string, string>): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/preview.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = () => {
    child.kill("SIGTERM");
    return exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/\S+\/) /.exec(output);
      if (match) resolve({ url: match[1]!, stop });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`preview exited with ${code} before serving:\n${output}`)));
  });
}

describe("npm run preview", () => {
  it("serves the built folder under PATH_PREFIX on the port it was given, and stops cleanly", async () => {
    const { url, stop } = await startPreview(["--dir", site, "--port", "0", "--host", "127.0.0.1"], { PATH_PREFIX: "/news/" });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toBe("<h1>home</h1>");
      const root = await fetch(new URL("/", url), { redirect: "manual" });
      expect(root.status).toBe(302);
      expect(root.headers.get("location")).toBe("/news/");
      const missing = await fetch(new URL("/news/nope/", url));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe("<h1>missing</h1>");
    } finally {
      expect(await stop()).toBe(0);
    }
  });

  it("says to build first when the folder holds no site, and exits 1", () => {
    const run = runCli("preview.ts", ["--dir", path.join(tmp, "nothing-here")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("run `npm run build` first");
  });

  it.each([["--port", "http"], ["--port", "70000"], ["--bogus", "1"]])("rejects %s %s with usage help and exit code 2", (flag, value) => {
    const run = runCli("preview.ts", [flag, value, "--dir", site]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: npm run preview");
  });
});
