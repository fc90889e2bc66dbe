// Preview stage tests: the static server answers like a plain static host —
// folders, 404s, content types, redirects, non-ASCII paths, the path prefix,
// and nothing outside the site folder.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeFor } from "../../../src/preview/content-types";
import { startStaticServer, type RunningServer } from "../../../src/preview/static-server";

describe("contentTypeFor", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["assets/site.css", "text/css; charset=utf-8"],
    ["pagefind/pagefind-ui.js", "text/javascript; charset=utf-8"],
    ["feed.json", "application/json; charset=utf-8"],
    ["feed.xml", "application/xml; charset=utf-8"],
    ["pagefind/wasm.en.pagefind", "application/octet-stream"],
    ["pagefind/pagefind.en_1a2b.pf_meta", "application/octet-stream"],
    ["x.wasm", "application/wasm"],
    ["PHOTO.JPG", "image/jpeg"],
    ["logo.svg", "image/svg+xml"],
    ["no-extension", "application/octet-stream"],
  ])("%s → %s", (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw request, so paths reach the server exactly as written (no URL normalisation). */
function get(server: RunningServer, rawPath: string, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: rawPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

let tmp: string;
let site: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "static-server-"));
  site = path.join(tmp, "site");
  const files: Record<string, string> = {
    "index.html": "<h1>home</h1>",
    "404.html": "<h1>missing</h1>",
    "topics/index.html": "<h1>topics</h1>",
    "topics/북한/index.html": "<h1>north korea</h1>",
    "feed.xml": "<feed/>",
    "feed.json": "{}",
    "pagefind/wasm.en.pagefind": "bytes",
    "pagefind/pagefind.wasm": "wasm",
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), content);
  }
  writeFileSync(path.join(tmp, "secret.txt"), "outside the site");
  symlinkSync(path.join(tmp, "secret.txt"), path.join(site, "leak.txt"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("a server at the site root", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: site, pathPrefix: "", port: 0 });
  });
  afterAll(() => server.close());

  it("reports its URL on the loopback address and a free port", () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each([
    ["/", "<h1>home</h1>", "text/html; charset=utf-8"],
    ["/topics/", "<h1>topics</h1>", "text/html; charset=utf-8"],
    ["/topics/index.html", "<h1>topics</h1>", "text/html; charset=utf-8"],
    ["/topics/%EB%B6%81%ED%95%9C/", "<h1>north korea</h1>", "text/html; charset=utf-8"],
    ["/feed.xml", "<feed/>", "application/xml; charset=utf-8"],
    ["/feed.json?v=2", "{}", "application/json; charset=utf-8"],
    ["/pagefind/wasm.en.pagefind", "bytes", "application/octet-stream"],
    ["/pagefind/pagefind.wasm", "wasm", "application/wasm"],
  ])("serves %s", async (rawPath, body, type) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(body);
    expect(answer.headers["content-type"]).toBe(type);
    expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
  });

  it.each(["/nope", "/nope/", "/topics/nope/", "/index.html/", "/feed.xml/"])("answers %s with 404.html and status 404", async (rawPath) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(404);
    expect(answer.body).toBe("<h1>missing</h1>");
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("adds the slash to a folder, keeping the query", async () => {
    const answer = await get(server, "/topics/%EB%B6%81%ED%95%9C?page=2");
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("/topics/%EB%B6%81%ED%95%9C/?page=2");
  });

  it.each([
    ["//topics", "/topics/"],
    ["///topics?page=2", "/topics/?page=2"],
    ["//topics//%EB%B6%81%ED%95%9C", "/topics/%EB%B6%81%ED%95%9C/"],
  ])("reads %s with its slashes merged and redirects it on the site, to %s", async (rawPath, location) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(location);
  });

  it.each(["/\\topics", "/%2F%2Ftopics", "/%5C%5Ctopics"])("never redirects %s off the site", async (rawPath) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(400);
    expect(answer.headers.location).toBeUndefined();
  });

  it("answers HEAD with the headers and no body", async () => {
    const answer = await get(server, "/feed.xml", "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-length"]).toBe("7");
    expect(answer.body).toBe("");
  });

  it("refuses methods a static host does not take", async () => {
    const answer = await get(server, "/", "POST");
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD");
  });

  it.each(["/../secret.txt", "/topics/%2e%2e/%2e%2e/secret.txt", "/..%2Fsecret.txt"])("never serves a file outside the site: %s", async (rawPath) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain("outside the site");
  });

  it("does not follow a symbolic link out of the site", async () => {
    const answer = await get(server, "/leak.txt");
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain("outside the site");
  });
});

describe("a server under the path prefix /news", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: site, pathPrefix: "/news", port: 0 });
  });
  afterAll(() => server.close());

  it("includes the prefix in its URL", () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/news/`);
  });

  it.each([
    ["/", "/news/"],
    ["/news", "/news/"],
    ["/?q=x", "/news/?q=x"],
  ])("redirects %s to %s", async (rawPath, location) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe(location);
  });

  it.each([
    ["/news/", "<h1>home</h1>"],
    ["/news/topics/%EB%B6%81%ED%95%9C/", "<h1>north korea</h1>"],
  ])("serves %s", async (rawPath, body) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(body);
  });

  it.each(["/topics/", "/newsroom/", "/news/nope/"])("answers %s with the 404 page", async (rawPath) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(404);
    expect(answer.body).toBe("<h1>missing</h1>");
  });

  it.each(["/news/topics", "//news//topics"])("adds the slash to a folder under the prefix: %s", async (rawPath) => {
    const answer = await get(server, rawPath);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("/news/topics/");
  });

  it("redirects //news to the prefix on the site", async () => {
    const answer = await get(server, "//news");
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe("/news/");
  });
});

describe("a site folder without a 404.html", () => {
  it("still answers a missing path with status 404", async () => {
    const bare = path.join(tmp, "bare");
    mkdirSync(bare, { recursive: true });
    writeFileSync(path.join(bare, "index.html"), "home");
    const server = await startStaticServer({ root: bare, pathPrefix: "", port: 0 });
    try {
      const answer = await get(server, "/nope");
      expect(answer.status).toBe(404);
      expect(answer.headers["content-type"]).toBe("text/plain; charset=utf-8");
    } finally {
      await server.close();
    }
  });
});
