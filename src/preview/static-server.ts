// Preview stage: serves a built site folder the way a plain static host does —
// index.html for folders, 404.html with status 404, content types by file
// extension, percent-decoded (non-ASCII) paths, and the site under its path
// prefix; request paths and redirects as request-path.ts reads and builds them.
// `npm run preview` and the browser tests both use it.

import { createReadStream, type Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentTypeFor } from "./content-types";
import { folderLocation, resolveRequestPath, splitRequestTarget } from "./request-path";

export interface StaticServerOptions {
  /** The built site folder, e.g. "_site". */
  readonly root: string;
  /** The site's path prefix as in SiteConfig ("/news" or ""). */
  readonly pathPrefix: string;
}

type Reply = (status: number, headers: Record<string, string | number>, file?: string) => void;

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

/** The request handler on its own, so it can be mounted on any node:http server. */
export function createStaticHandler(options: StaticServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const reply: Reply = (status, headers, file) => {
      res.writeHead(status, { "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", ...headers });
      if (file === undefined || req.method === "HEAD") {
        res.end();
        return;
      }
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    };
    handle(req, reply, options).catch(() => {
      if (res.headersSent) res.destroy();
      else reply(500, { "Content-Type": "text/plain; charset=utf-8" });
    });
  };
}

async function handle(req: IncomingMessage, reply: Reply, options: StaticServerOptions): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    reply(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
    return;
  }
  const root = await realpath(path.resolve(options.root));
  // The raw request target, so that "%2F" and ".." survive to be judged.
  const { path: rawPath, search } = splitRequestTarget(req.url ?? "/");
  const target = resolveRequestPath(rawPath, options.pathPrefix);

  switch (target.kind) {
    case "bad-request":
      reply(400, { "Content-Type": "text/plain; charset=utf-8" });
      return;
    case "redirect":
      reply(302, { Location: target.location + search });
      return;
    case "outside-prefix":
      await sendNotFound(root, reply);
      return;
    case "file":
      break;
  }

  const file = path.join(root, ...target.segments);
  const stats = await statOrUndefined(file);
  if (stats?.isDirectory() && !target.trailingSlash) {
    // Relative links inside a folder's index.html need the slash, so hosts add it.
    reply(301, { Location: folderLocation(target.segments, options.pathPrefix) + search });
    return;
  }
  const served = stats?.isDirectory() ? path.join(file, "index.html") : target.trailingSlash ? undefined : file;
  const found = served === undefined ? undefined : await fileInside(root, served);
  if (found === undefined) await sendNotFound(root, reply);
  else reply(200, { "Content-Type": contentTypeFor(found.path), "Content-Length": found.size }, found.path);
}

/** The real path and size of a regular file, if it exists and really lives inside `root` (symbolic links may point anywhere). */
async function fileInside(root: string, file: string): Promise<{ readonly path: string; readonly size: number } | undefined> {
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined || !real.startsWith(root + path.sep)) return undefined;
  const stats = await statOrUndefined(real);
  return stats?.isFile() ? { path: real, size: stats.size } : undefined;
}

async function sendNotFound(root: string, reply: Reply): Promise<void> {
  const page = await fileInside(root, path.join(root, "404.html"));
  if (page === undefined) reply(404, { "Content-Type": "text/plain; charset=utf-8" });
  else reply(404, { "Content-Type": contentTypeFor(page.path), "Content-Length": page.size }, page.path);
}

export interface RunningServer {
  /** Base URL of the site, prefix included, e.g. "http://127.0.0.1:8080/news/". */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

export interface ListenOptions extends StaticServerOptions {
  /** @default "127.0.0.1" */
  readonly host?: string;
  /** 0 picks a free port. @default 8080 */
  readonly port?: number;
}

/** Starts serving and resolves once the port is bound. */
export async function startStaticServer(options: ListenOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer(createStaticHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${options.pathPrefix}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
