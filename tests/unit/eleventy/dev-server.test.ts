// Eleventy edge tests for the dev server: request targets put in canonical form
// before Eleventy's handler sees them, the printed address, and a failure
// inside Eleventy's handler answered with 500 while the server keeps running.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressUrl, canonicalRequestTarget, startDevServer, type RunningDevServer } from "../../../src/eleventy/dev-server";
import { rawGet } from "../../support/raw-http";

describe("canonicalRequestTarget", () => {
  it.each([
    ["/", "/"],
    ["/topics/", "/topics/"],
    ["/topics", "/topics"],
    ["/topics/?page=2", "/topics/?page=2"],
    ["//topics", "/topics"],
    ["//example.org/x", "/example.org/x"],
    ["/a//b/", "/a/b/"],
    ["/topics/%eb%b6%81%ed%95%9c/", "/topics/%EB%B6%81%ED%95%9C/"],
    ["/a%20b", "/a%20b"],
    ["/.11ty/reload-client.js", "/.11ty/reload-client.js"],
    ["/..%2fx", undefined],
    ["/%", undefined],
    ["/a%00b", undefined],
    ["/\\x", undefined],
    ["/./x", undefined],
    ["*", undefined],
    ["http://example.org/", undefined],
  ])("%s → %s", (target, expected) => {
    expect(canonicalRequestTarget(target)).toBe(expected);
  });
});

describe("addressUrl", () => {
  it.each([
    [{ address: "127.0.0.1", family: "IPv4", port: 8080 }, "", "http://127.0.0.1:8080/"],
    [{ address: "0.0.0.0", family: "IPv4", port: 8080 }, "/news", "http://0.0.0.0:8080/news/"],
    [{ address: "::1", family: "IPv6", port: 3000 }, "", "http://[::1]:3000/"],
  ])("%j with prefix %j → %s", (address, prefix, expected) => {
    expect(addressUrl(address, prefix)).toBe(expected);
  });
});

describe("startDevServer", () => {
  let root: string;
  let server: RunningDevServer;
  let port: number;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "dev-server-"));
    writeFileSync(path.join(root, "index.html"), "<h1>home</h1>");
    // Eleventy's handler maps /broken to broken.html and reads it as a file; a folder makes it throw.
    mkdirSync(path.join(root, "broken.html"));
    server = await startDevServer({ root, host: "127.0.0.1", port: 0, pathPrefix: "" });
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("listens on the address it was given and says so", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves the folder's files", async () => {
    expect(await rawGet("127.0.0.1", port, "/")).toEqual({ status: 200, location: undefined });
  });

  it("answers a request Eleventy's handler fails on with 500 and keeps serving", async () => {
    expect((await rawGet("127.0.0.1", port, "/broken")).status).toBe(500);
    expect((await rawGet("127.0.0.1", port, "/")).status).toBe(200);
  });

  it("answers a path that could leave the folder with 400", async () => {
    expect((await rawGet("127.0.0.1", port, "/..%2f..%2fetc%2fpasswd")).status).toBe(400);
  });
});
