// CLI edge for `npm run new`: writes a new article file with valid front
// matter, dated now in the site timezone. Never overwrites an existing file.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { newArticleFile } from "../authoring/new-article";
import { loadSiteConfig } from "../config/site-config";
import { contentError } from "../diagnostics";
import { exitWithError, exitWithUsage , parseFlagsOrExit } from "./report";

const USAGE = `Usage: npm run new -- --title "Headline" [--source AP] [--tags "Topic, Other topic"] [--slug SLUG] [--content DIR]`;

const flags = parseFlagsOrExit(
  {
    title: { type: "string" },
    source: { type: "string" },
    tags: { type: "string" },
    slug: { type: "string" },
    content: { type: "string", default: "content" },
    config: { type: "string", default: "site.config.json" },
  },
  USAGE,
);
if (flags.title === undefined || flags.title.trim() === "") exitWithUsage("--title is required.", USAGE);

try {
  const site = loadSiteConfig(flags.config);
  const file = newArticleFile(
    { title: flags.title, source: flags.source, tags: flags.tags, slug: flags.slug },
    DateTime.now().setZone(site.timezone),
  );
  const target = path.join(flags.content, file.relativePath);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    writeFileSync(target, file.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw contentError(target, "file already exists: refusing to overwrite it (pass --slug to choose another name)");
  }
  console.log(`Created ${target}`);
} catch (error) {
  exitWithError(error, "New article");
}
