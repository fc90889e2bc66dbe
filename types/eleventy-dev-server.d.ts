// Eleventy's dev server ships no TypeScript types: this declares the small
// surface src/eleventy/dev-server.ts builds on (version 2.x, as locked).

declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export interface EleventyDevServerOptions {
    /** "/" or "/news/": the site is served under this path. */
    pathPrefix?: string;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
  }

  export interface ReloadEvent {
    files?: readonly string[];
    /** "css" reloads only the stylesheets of open pages. */
    subtype?: "css";
  }

  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: EleventyDevServerOptions);
    /** The HTTP server; created by the `server` getter unless a subclass sets it first. */
    protected _server: Server | undefined;
    protected _serverProtocol: string | undefined;
    /** Starts the live-reload WebSocket server on `_server`. */
    protected setupReloadNotifier(): void;
    /** Answers one request from the output folder, injecting the live-reload script into HTML. */
    onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
    reload(event: ReloadEvent): void;
    close(): Promise<void>;
  }
}
