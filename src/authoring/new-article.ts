// Authoring: the file `npm run new` writes — a path derived from the date and
// title, and front matter (written by gray-matter) that passes validation as it is.

import matter from "gray-matter";
import type { DateTime } from "luxon";
import { slugify } from "../model/slug";

const PLACEHOLDER_BODY =
  "Write the first paragraph here: it becomes the summary in listings unless you set `summary`.";

export interface NewArticleInput {
  readonly title: string;
  readonly source?: string;
  /** Comma-separated, as typed on the command line. */
  readonly tags?: string;
  readonly slug?: string;
}

export interface NewArticleFile {
  /** Relative to the content folder, e.g. "2026/council-approves-budget.md". */
  readonly relativePath: string;
  readonly text: string;
}

/** Builds the file for a new article dated `now` (already in the site timezone). */
export function newArticleFile(input: NewArticleInput, now: DateTime): NewArticleFile {
  const title = input.title.trim();
  if (title === "") throw new Error("--title: expected the headline, got an empty string");
  const slug = slugify(input.slug ?? title) || "article";
  const tags = (input.tags ?? "")
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  const frontMatter = {
    title,
    date: now.set({ millisecond: 0 }).toISO({ suppressMilliseconds: true }),
    source: input.source?.trim() || "Unknown",
    tags,
  };
  return { relativePath: `${now.toFormat("yyyy")}/${slug}.md`, text: matter.stringify(`\n${PLACEHOLDER_BODY}\n`, frontMatter) };
}
