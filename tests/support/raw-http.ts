// Test support: HTTP requests whose path reaches the server exactly as written
// (fetch would normalise `//x` and `/..%2fx`), and a way to start a CLI server
// as a child process and read the address it prints.

import { spawn } from "node:child_process";
import { request } from "node:http";
import { connect } from "node:net";
import path from "node:path";
import { ROOT } from "./run-cli";

export interface RawAnswer {
  readonly status: number;
  readonly location: string | undefined;
}

/** GET `rawPath` from host:port, unchanged. Rejects when the connection fails (e.g. ECONNREFUSED). */
export function rawGet(host: string, port: number, rawPath: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: rawPath, method: "GET", timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer from ${host}:${port}`)));
    req.on("error", reject);
    req.end();
  });
}

/** Sends `requestLine` byte for byte (node:http refuses to send a NUL) and resolves with the status the server answers. */
export function rawStatus(host: string, port: number, requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.end(`${requestLine}\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    const status = () => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    socket.on("end", () => resolve(status()));
    // A server that answers before reading the whole request may reset the connection after its answer.
    socket.on("error", (error) => (status() > 0 ? resolve(status()) : reject(error)));
  });
}

export interface ServerProcess {
  /** The URL the server printed as its address. */
  readonly url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Whether the process is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

/** How a server CLI started: serving, or exited first (with its exit code and output). */
export type ServerStart =
  | { readonly serving: ServerProcess }
  | { readonly exited: { readonly status: number | null; readonly output: string } };

/** Runs src/cli/`script` until it prints `<label> … at http://…/` or exits, whichever comes first. */
export function launchServerCli(script: string, args: readonly string[], label: RegExp): Promise<ServerStart> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli", script), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.on("exit", (status) => {
      exited = true;
      resolve(status);
    }),
  );
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = new RegExp(`${label.source}.* at (http://\\S+/)`).exec(output);
      if (match) {
        const stop = async () => {
          child.kill("SIGTERM");
          await exit;
        };
        resolve({ serving: { url: match[1]!, output: () => output, running: () => !exited, stop } });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exit.then((status) => resolve({ exited: { status, output } }));
  });
}

/** Like launchServerCli, for a server that must start: rejects with its output when it exits instead. */
export async function startServerCli(script: string, args: readonly string[], label: RegExp): Promise<ServerProcess> {
  const start = await launchServerCli(script, args, label);
  if ("exited" in start) throw new Error(`${script} exited with ${start.exited.status} before serving:\n${start.exited.output}`);
  return start.serving;
}
