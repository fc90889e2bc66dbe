// CLI edge for `npm run preview`: serves the built site exactly as a static
// host would (no rebuilds, no live reload), under the path prefix from
// site.config.json or PATH_PREFIX, so what you see is what gets deployed.

import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadSiteConfig } from "../config/site-config";
import { contentError } from "../diagnostics";
import { startStaticServer } from "../preview/static-server";
import { exitWithError, listenProblem, parseFlagsOrExit, parsePortOrExit } from "./report";

const USAGE = `Usage: npm run preview -- [--dir DIR] [--config FILE] [--port N] [--host HOST]

  --dir DIR       the built site to serve (default: _site)
  --config FILE   site configuration, for the path prefix (default: site.config.json)
  --port N        port to listen on (default: 8080)
  --host HOST     address to listen on (default: localhost; 0.0.0.0 to reach it from other machines)

Build first with the same PATH_PREFIX, e.g. PATH_PREFIX=/news npm run build && PATH_PREFIX=/news npm run preview`;

const flags = parseFlagsOrExit(
  {
    dir: { type: "string", default: "_site" },
    config: { type: "string", default: "site.config.json" },
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "localhost" },
  },
  USAGE,
);
const port = parsePortOrExit(flags.port, USAGE);

try {
  const site = loadSiteConfig(flags.config);
  if (!existsSync(flags.dir) || !statSync(flags.dir).isDirectory()) {
    throw contentError(flags.dir, "site folder: expected a built site, found nothing; run `npm run build` first");
  }
  if (!existsSync(path.join(flags.dir, "index.html"))) {
    throw contentError(flags.dir, "site folder: expected a built site with an index.html, found none; run `npm run build` first");
  }
  const server = await startStaticServer({ root: flags.dir, pathPrefix: site.pathPrefix, host: flags.host, port });
  console.log(`Serving ${flags.dir}/ at ${server.url} (Ctrl+C to stop)`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const problem = listenProblem(error, flags.host, port);
  if (problem !== undefined) {
    console.error(`Preview failed: ${problem}`);
    process.exit(1);
  }
  exitWithError(error, "Preview");
}
