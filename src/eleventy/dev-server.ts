// Eleventy edge, the dev server behind `npm start`: Eleventy's own dev server
// (the output folder's files, live reload over a WebSocket), listening on the
// one address it is given. Every request path is checked and put in canonical
// form (src/preview/request-path.ts) before Eleventy's handler sees it, because
// that handler throws on some paths (`/..%2fx`, `/%`) and reads `//x` as a host;
// whatever still fails inside it is answered with 500 instead of ending the
// process.

import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { UserConfig } from "@11ty/eleventy";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encodePath, resolveRequestPath, splitRequestTarget } from "../preview/request-path";

export interface DevServerOptions {
  /** The folder Eleventy writes the site to. */
  readonly root: string;
  /** The address to listen on, e.g. "127.0.0.1", "::1" or "0.0.0.0". */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The site's path prefix as in SiteConfig ("/news" or ""). */
  readonly pathPrefix: string;
}

export interface RunningDevServer {
  /** Base URL on the address really listened on, prefix included, e.g. "http://127.0.0.1:8080/news/". */
  readonly url: string;
  /** Tells open pages to reload (only their stylesheets when every changed file is CSS). */
  reload(changedFiles: readonly string[]): void;
  close(): Promise<void>;
}

/**
 * The request target Eleventy's handler may see: the path decoded, checked and encoded again
 * (runs of slashes merged), the query as sent; undefined when no static host would serve the path.
 */
export function canonicalRequestTarget(requestTarget: string): string | undefined {
  const { path, search } = splitRequestTarget(requestTarget);
  const target = resolveRequestPath(path, "");
  return target.kind === "file" ? encodePath(target.segments, target.trailingSlash) + search : undefined;
}

/** The URL a browser uses for a listening address. */
export function addressUrl(address: AddressInfo, pathPrefix: string): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${pathPrefix}/`;
}

class GuardedDevServer extends EleventyDevServer {
  /** Listens on `host` alone (Eleventy's server would listen on every interface). */
  listen(host: string, port: number): Promise<AddressInfo> {
    const server = createServer((req, res) => void this.answer(req, res));
    this._server = server;
    this._serverProtocol = "http:";
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port }, () => {
        server.off("error", reject);
        server.on("error", (error) => console.error(`Dev server error: ${error.message}`));
        this.setupReloadNotifier();
        resolve(server.address() as AddressInfo);
      });
    });
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const canonical = canonicalRequestTarget(req.url ?? "/");
    if (canonical === undefined) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad request: not a path to a file of the site.\n");
      return;
    }
    req.url = canonical;
    try {
      await this.onRequestHandler(req, res);
    } catch (error) {
      console.error(`Dev server: ${req.method} ${canonical} failed: ${(error as Error).message}`);
      if (res.headersSent) {
        res.destroy();
      } else {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end("The dev server could not answer this request; see its output.\n");
      }
    }
  }
}

/** Starts serving `root` and resolves once the port is bound; rejects with the listen error (e.g. EADDRINUSE). */
export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const server = new GuardedDevServer("news-archive", options.root, { pathPrefix: options.pathPrefix || "/" });
  const address = await server.listen(options.host, options.port);
  return {
    url: addressUrl(address, options.pathPrefix),
    reload: (files) => {
      const onlyCss = files.length > 0 && files.every((file) => file.endsWith(".css"));
      server.reload({ files, subtype: onlyCss ? "css" : undefined });
    },
    close: () => server.close(),
  };
}

/** Reloads the pages open in browsers after every rebuild Eleventy's watcher runs (not after the first build). */
export function reloadAfterRebuilds(eleventyConfig: UserConfig, server: RunningDevServer): void {
  let changed: readonly string[] | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (files) => {
    changed = files;
  });
  eleventyConfig.on("eleventy.after", () => {
    if (changed !== undefined) server.reload(changed);
    changed = undefined;
  });
}
