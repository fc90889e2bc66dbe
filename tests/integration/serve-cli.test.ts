// Integration: `npm start` (src/cli/serve.ts) as a user, or an attacker on the
// network, meets it — it listens on this machine only unless --host widens it,
// survives hostile request paths, keeps redirects on the site, and refuses an
// output folder the build would refuse before writing anything.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../support/built-site";
import { launchServerCli, rawGet, rawStatus, startServerCli, type ServerProcess } from "../support/raw-http";
import { runCli } from "../support/run-cli";

const fixtureConfig = path.join(FIXTURES, "archive.config.json");

let tmp: string;
let content: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "serve-cli-"));
  content = path.join(tmp, "content");
  cpSync(path.join(FIXTURES, "archive"), content, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** An address of this machine other than 127.0.0.1: a network interface's, else another loopback address (Linux answers on all of 127/8). */
function otherAddress(): string {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry !== undefined && entry.family === "IPv4" && !entry.internal);
  return external?.address ?? "127.0.0.2";
}

const portOf = (url: string) => Number(new URL(url).port);

function serve(output: string, ...extra: string[]): Promise<ServerProcess> {
  return startServerCli("serve.ts", ["--content", content, "--output", output, "--config", fixtureConfig, "--port", "0", ...extra], /Serving/);
}

describe("npm start, by default", () => {
  let server: ServerProcess;
  let port: number;
  beforeAll(async () => {
    server = await serve(path.join(tmp, "dev-site"));
    port = portOf(server.url);
  });
  afterAll(() => server.stop());

  it("prints the address it really listens on: 127.0.0.1", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    expect((await rawGet("127.0.0.1", port, "/")).status).toBe(200);
  });

  it("cannot be reached from another address of the machine", async () => {
    await expect(rawGet(otherAddress(), port, "/")).rejects.toThrow(/ECONNREFUSED/);
  });

  it.each([
    ["/..%2fx", "/..%2fx", 400],
    ["/..%2f..%2fetc%2fpasswd", "/..%2f..%2fetc%2fpasswd", 400],
    ["/%", "/%", 400],
    ["/%E0%A4%A", "/%E0%A4%A", 400],
    ["/a%00b", "/a%00b", 400],
    ["/.%2e/x", "/.%2e/x", 400],
    ["/\\x", "/\\x", 400],
    ["*", "*", 400],
    ["http://example.org/", "http://example.org/", 400],
    ["//x", "//x", 404],
    ["a path of 8,000 characters", `/${"a".repeat(8_000)}`, 404],
    ["a path of 3,000 folders", `/${"a/".repeat(3_000)}`, 404],
  ])("answers GET %s with an error status and keeps running", async (_label, rawPath, status) => {
    expect((await rawGet("127.0.0.1", port, rawPath)).status).toBe(status);
    expect((await rawGet("127.0.0.1", port, "/")).status).toBe(200);
    expect(server.running()).toBe(true);
  });

  it.each([
    ["a NUL byte", "GET /a\0b HTTP/1.1", 400],
    ["a path of 20,000 characters", `GET /${"a".repeat(20_000)} HTTP/1.1`, 431],
  ])("answers a request line with %s, which the HTTP parser refuses, with an error status and keeps running", async (_label, requestLine, status) => {
    expect(await rawStatus("127.0.0.1", port, requestLine)).toBe(status);
    expect((await rawGet("127.0.0.1", port, "/")).status).toBe(200);
  });

  it.each([
    ["/topics", "/topics/"],
    ["//topics", "/topics/"],
    ["///topics?page=2", "/topics/"],
  ])("keeps the folder redirect for %s on the site: %s", async (rawPath, location) => {
    const answer = await rawGet("127.0.0.1", port, rawPath);
    expect(answer.status).toBe(301);
    expect(answer.location).toBe(location);
  });
});

describe("npm start --host 0.0.0.0", () => {
  it("listens on every address and prints that address", async () => {
    const server = await serve(path.join(tmp, "dev-site-everywhere"), "--host", "0.0.0.0");
    try {
      const port = portOf(server.url);
      expect(server.url).toBe(`http://0.0.0.0:${port}/`);
      expect((await rawGet(otherAddress(), port, "/")).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe("npm start refuses an output folder the build would refuse, before writing anything", () => {
  /** Runs `npm start` with these folders; it must exit instead of serving. */
  async function refused(contentDir: string, output: string): Promise<{ status: number | null; output: string }> {
    const start = await launchServerCli("serve.ts", ["--content", contentDir, "--output", output, "--config", fixtureConfig, "--port", "0"], /Serving/);
    if ("serving" in start) {
      await start.serving.stop();
      throw new Error(`served ${output} instead of refusing it:\n${start.serving.output()}`);
    }
    return start.exited;
  }

  it("inside the content folder: the hand-written page and the articles stay as they were", async () => {
    const features = path.join(content, "features");
    mkdirSync(features, { recursive: true });
    writeFileSync(path.join(features, "index.html"), "<p>hand-written</p>");
    writeFileSync(path.join(features, "interview.md"), "---\ntitle: Interview\ndate: 2023-05-01\nsource: AP\n---\nText.\n");
    const run = await refused(content, features);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${features}: error: output folder: expected a folder apart from the content folder \`${content}\`, got a folder inside it`);
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(path.join(features, "index.html"), "utf8")).toBe("<p>hand-written</p>");
    expect(existsSync(path.join(features, "2023"))).toBe(false);
    rmSync(features, { recursive: true });
  });

  it("holding a symbolic link that writes would follow out of the folder", async () => {
    const site = path.join(tmp, "linked-site");
    const mine = path.join(tmp, "my-styles");
    mkdirSync(site);
    mkdirSync(mine);
    writeFileSync(path.join(site, "index.html"), "<h1>old dev site</h1>");
    writeFileSync(path.join(mine, "site.css"), "/* mine */");
    symlinkSync(mine, path.join(site, "assets"));
    const run = await refused(content, site);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${site}: error: output folder: expected a folder without symbolic links, got \`${site}/assets\` → \`${mine}\``);
    expect(readFileSync(path.join(mine, "site.css"), "utf8")).toBe("/* mine */");
    expect(readFileSync(path.join(site, "index.html"), "utf8")).toBe("<h1>old dev site</h1>");
  });

  it("a non-empty folder that is not a site", async () => {
    const docs = path.join(tmp, "docs");
    mkdirSync(docs);
    writeFileSync(path.join(docs, "notes.txt"), "mine");
    const run = await refused(content, docs);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${docs}: error: output folder: expected an empty or new folder, or a site built before`);
    expect(existsSync(path.join(docs, "index.html"))).toBe(false);
  });
});

describe("npm start, given a port it cannot use", () => {
  it.each(["http", "70000"])("rejects --port %s with usage help and exit code 2", (value) => {
    const run = runCli("serve.ts", ["--port", value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--port: expected a whole number from 0 to 65535, got "${value}"`);
    expect(run.stderr).toContain("Usage: npm start");
  });

  it("says so and exits 1", async () => {
    const first = await serve(path.join(tmp, "dev-site-first"));
    try {
      const start = await launchServerCli(
        "serve.ts",
        ["--content", content, "--output", path.join(tmp, "dev-site-second"), "--config", fixtureConfig, "--port", String(portOf(first.url))],
        /Serving/,
      );
      if ("serving" in start) await start.serving.stop();
      expect(start).toEqual({
        exited: { status: 1, output: `Dev server failed: port ${portOf(first.url)} is already in use; choose another with --port N.\n` },
      });
      expect(existsSync(path.join(tmp, "dev-site-second"))).toBe(false);
    } finally {
      await first.stop();
    }
  });
});
