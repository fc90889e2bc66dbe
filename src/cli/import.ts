// CLI edge for `npm run import`: brings wire copy and other systems' exports
// into the content folder as articles, never overwriting a file, and prints
// what was written, what was skipped and why, and what needs a person's eye.

import { statSync } from "node:fs";
import { loadSiteConfig } from "../config/site-config";
import { importExitCode, reportLines, summaryLine } from "../import/import-report";
import { IMPORT_KINDS, runImport, type ImportKind } from "../import/run-import";
import { readBoilerplateFile } from "../import/wire/boilerplate";
import { parseIsoDate } from "../import/wire/wire-dates";
import { exitWithError, exitWithUsage, parseFlagsAndArgumentsOrExit } from "./report";

const USAGE = `Usage: npm run import -- --from KIND INPUT… [--content DIR] [--dry-run]

  --from KIND         wire | wordpress | jekyll | hugo
  INPUT…              wire: text files or folders of them; wordpress: the WXR export file;
                      jekyll: the site folder or its _posts; hugo: the content folder (or a section of it)
  --content DIR       where the articles go, under <year>/ (default: content)
  --config FILE       site configuration; its timezone dates the articles (default: site.config.json)
  --dry-run           decide and report everything, write nothing

  wire:       --title "Headline" (one story only)  --date YYYY-MM-DD  --source NAME  --boilerplate FILE
  wordpress:  --uploads DIR (a copy of wp-content/uploads)  --drafts (drafts too, as draft: true)  --source NAME
  jekyll, hugo: --source NAME (else a post's own source, else the site's title)  --drafts

Never overwrites a file. Prints one line per item written or skipped and per note, then a summary.
Exits 0 when every item was written or is already in the archive, 1 when any was skipped, 2 on bad flags.`;

const { flags, positionals: inputs } = parseFlagsAndArgumentsOrExit(
  {
    from: { type: "string" },
    content: { type: "string", default: "content" },
    config: { type: "string", default: "site.config.json" },
    "dry-run": { type: "boolean", default: false },
    title: { type: "string" },
    date: { type: "string" },
    source: { type: "string" },
    boilerplate: { type: "string" },
    uploads: { type: "string" },
    drafts: { type: "boolean", default: false },
  },
  USAGE,
);

const kind = flags.from;
if (kind === undefined) exitWithUsage("--from is required: say what kind of input this is.", USAGE);
if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
  exitWithUsage(`--from: expected one of ${IMPORT_KINDS.join(", ")}, got "${kind}"`, USAGE);
}
if (inputs.length === 0) exitWithUsage("no INPUT: name the files or folder to import.", USAGE);
const onlyFor = (flag: string, kinds: readonly string[]) => {
  if (!kinds.includes(kind)) exitWithUsage(`--${flag}: only for --from ${kinds.join(" or ")}, not ${kind}`, USAGE);
};
if (flags.title !== undefined) {
  onlyFor("title", ["wire"]);
  if (inputs.length > 1 || isFolder(inputs[0]!)) exitWithUsage("--title: only for a single story, got a folder or several inputs", USAGE);
  if (flags.title.trim() === "") exitWithUsage("--title: expected the headline, got an empty value", USAGE);
}
if (flags.date !== undefined) {
  onlyFor("date", ["wire"]);
  if (parseIsoDate(flags.date) === undefined) exitWithUsage(`--date: expected a real date as YYYY-MM-DD, got "${flags.date}"`, USAGE);
}
if (flags.source !== undefined && flags.source.trim() === "") exitWithUsage("--source: expected the outlet's name, got an empty value", USAGE);
if (flags.boilerplate !== undefined) onlyFor("boilerplate", ["wire"]);
if (flags.uploads !== undefined) onlyFor("uploads", ["wordpress"]);
if (flags.drafts) onlyFor("drafts", ["wordpress", "jekyll", "hugo"]);

try {
  const site = loadSiteConfig(flags.config);
  const report = await runImport({
    kind: kind as ImportKind,
    inputs,
    contentDir: flags.content,
    site,
    dryRun: flags["dry-run"],
    wire: {
      title: flags.title,
      date: flags.date,
      source: flags.source,
      boilerplate: flags.boilerplate === undefined ? [] : readBoilerplateFile(flags.boilerplate),
    },
    wordpress: { uploads: flags.uploads, drafts: flags.drafts, source: flags.source },
    staticSite: { drafts: flags.drafts, source: flags.source },
  });
  // The report is this command's output, so it goes to stdout and can be redirected to a file.
  for (const line of reportLines(report)) console.log(line);
  console.log(summaryLine(report));
  process.exitCode = importExitCode(report);
} catch (error) {
  exitWithError(error, "Import");
}

function isFolder(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}
