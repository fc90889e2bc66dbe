// CLI edge for `npm run build`: parses flags and runs the whole build.

import { performance } from "node:perf_hooks";
import { createProgressDisplay } from "../pipeline/progress";
import { runBuild } from "../pipeline/run-build";
import { exitWithError, parseFlagsOrExit, printDiagnostics } from "./report";

const USAGE = `Usage: npm run build -- [--content DIR] [--output DIR] [--config FILE] [--static DIR] [--drafts] [--strict]

  --content DIR   folder of Markdown articles, nested folders allowed (default: content)
  --output DIR    where the site is written (default: _site)
  --config FILE   site configuration (default: site.config.json)
  --static DIR    folder copied to the site's root as it is (default: the configuration's "static", else static)
  --drafts        also build articles marked draft: true
  --strict        treat warnings as errors (nothing is written if there is any)`;

const flags = parseFlagsOrExit(
  {
    content: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
    config: { type: "string", default: "site.config.json" },
    static: { type: "string" },
    drafts: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  },
  USAGE,
);

const started = performance.now();
// A live line on a terminal; in CI logs only the summary below.
const progress = createProgressDisplay(process.stderr);
try {
  const result = await runBuild({
    contentDir: flags.content,
    outputDir: flags.output,
    configFile: flags.config,
    staticDir: flags.static,
    includeDrafts: flags.drafts,
    strict: flags.strict,
    progress: progress.listener,
  });
  const phases = progress.finish();
  printDiagnostics(result.warnings);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const built = `Built ${result.model.articles.length} articles into ${flags.output}/: ${result.filesWritten} pages in ${seconds} s.`;
  const unchanged = result.unchanged ? " Nothing changed since the last build; the output was left as it was." : "";
  console.log(`${built}${unchanged} ${capitalize(phases)}.`);
} catch (error) {
  progress.finish();
  exitWithError(error, "Build");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
