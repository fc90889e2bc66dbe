// CLI edge for `npm run build`: parses flags and runs the whole build.

import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { runBuild } from "../build/run-build";
import { exitWithError, exitWithUsage, printDiagnostics } from "./report";

const USAGE = `Usage: npm run build -- [--content DIR] [--output DIR] [--config FILE] [--drafts]

  --content DIR   folder of Markdown articles, nested folders allowed (default: content)
  --output DIR    where the site is written (default: _site)
  --config FILE   site configuration (default: site.config.json)
  --drafts        also build articles marked draft: true`;

function parseFlags() {
  try {
    return parseArgs({
      options: {
        content: { type: "string", default: "content" },
        output: { type: "string", default: "_site" },
        config: { type: "string", default: "site.config.json" },
        drafts: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    return exitWithUsage((error as Error).message, USAGE);
  }
}

const flags = parseFlags();
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = performance.now();
try {
  const result = await runBuild({
    contentDir: flags.content,
    outputDir: flags.output,
    configFile: flags.config,
    includeDrafts: flags.drafts,
  });
  printDiagnostics(result.warnings);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `Built ${result.model.articles.length} articles into ${flags.output}/: ${result.filesWritten} pages in ${seconds} s.`,
  );
} catch (error) {
  exitWithError(error, "Build");
}
