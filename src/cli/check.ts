// CLI edge for `npm run check`: validates every article without writing
// anything and prints every problem at once, then a summary line.

import { DateTime } from "luxon";
import { exitCodeFor, summaryLine } from "../check/check-report";
import { PROJECT_ELEVENTY_CONFIG, readEleventySettings } from "../eleventy/project";
import { runCheck } from "../check/run-check";
import { loadSiteConfig, withStaticDir } from "../config/site-config";
import { formatDiagnostic } from "../diagnostics";
import { exitWithError, parseFlagsOrExit } from "./report";

const USAGE = `Usage: npm run check -- [--content DIR] [--config FILE] [--static DIR] [--drafts] [--strict]

  --content DIR   folder of Markdown articles, nested folders allowed (default: content)
  --config FILE   site configuration (default: site.config.json)
  --static DIR    folder copied to the site's root, which links may point into (default: the configuration's "static", else static)
  --drafts        also check articles marked draft: true
  --strict        treat warnings as errors (exit 1 on any problem)

Prints one line per problem, \`path:line:col: severity: message\`, then a summary.
Exits 0 when there are no errors (warnings allowed), 1 when there are, 2 on bad flags.`;

const flags = parseFlagsOrExit(
  {
    content: { type: "string", default: "content" },
    config: { type: "string", default: "site.config.json" },
    static: { type: "string" },
    drafts: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  },
  USAGE,
);

try {
  const site = withStaticDir(loadSiteConfig(flags.config), flags.static);
  const eleventy = await readEleventySettings(PROJECT_ELEVENTY_CONFIG);
  const report = await runCheck({
    contentDir: flags.content,
    site,
    pagesDir: eleventy.input,
    pageFormats: eleventy.templateFormats,
    includeDrafts: flags.drafts,
    strict: flags.strict,
    now: DateTime.now().setZone(site.timezone),
  });
  // The report is this command's output, so it goes to stdout and can be redirected to a file.
  for (const diagnostic of report.diagnostics) console.log(formatDiagnostic(diagnostic));
  console.log(summaryLine(report.articleCount, report.diagnostics));
  process.exitCode = exitCodeFor(report.diagnostics);
} catch (error) {
  exitWithError(error, "Check");
}
