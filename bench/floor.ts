// Benchmark, the floor: the least work any generator must do for our archive —
// read each file, parse front matter (gray-matter), render Markdown (markdown-it),
// write one HTML file per page — with no engine, no validation and bare templates.
//
// Pages written (the build's page set, minus what only the real build has):
//   /YYYY/MM/DD/slug/            one per article (title, date, source, topic links, body)
//   /, /page/N/                  home, every article newest first
//   /topics/<slug>/ (+ page/N/)  one series per topic;  /sources/<slug>/ likewise per source
//   /topics/<slug>/YYYY/ (+ page/N/)  one series per year of a topic longer than 7 pages
//   /YYYY/, /YYYY/MM/, /YYYY/MM/DD/ (+ page/N/)  one series per year, month and day,
//                                five times the page size per page (headlines)
//   the same paths for empty years, months and days inside the archive's range
//                                (days only in months with articles, months only in years with articles)
//   /on-this-day/MM/DD/ (+ page/N/)  one series per day of the year, five times the page size
//   /topics/, /sources/, /archive/, /on-this-day/, /404.html    the directory pages
// Not written: feeds, the search page and index, the stylesheet, related and
// previous/next links, calendars and charts. Dates are placed in UTC, the
// benchmark site's timezone.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";

export interface FloorOptions {
  readonly contentDir: string;
  readonly outputDir: string;
  /** Articles per index page. @default 20 */
  readonly pageSize?: number;
}

interface FloorArticle {
  readonly title: string;
  readonly path: string;
  readonly time: number;
  readonly day: string;
  readonly source: string;
  readonly topics: readonly string[];
  readonly summary: string;
}

/** Builds the floor site into `outputDir` (which should be empty or missing) and returns the number of files written. */
export function runFloor(options: FloorOptions): number {
  const md = new MarkdownIt({ html: true, linkify: true });
  const pageSize = options.pageSize ?? 20;
  const files = readdirSync(options.contentDir, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".md") && !file.split(path.sep).some((part) => part.startsWith(".") || part.startsWith("_")),
  );

  let written = 0;
  const write = (pagePath: string, title: string, body: string): void => {
    const file = path.join(options.outputDir, pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, document(title, body));
    written++;
  };

  const articles: FloorArticle[] = [];
  for (const file of files.sort()) {
    const { data, content } = matter(readFileSync(path.join(options.contentDir, file), "utf8"));
    const article = toArticle(data, file);
    articles.push(article);
    const topicLinks = article.topics.map((topic) => `<a href="/topics/${slug(topic)}/">${escape(topic)}</a>`).join(", ");
    write(
      article.path,
      article.title,
      `<article><h1>${escape(article.title)}</h1><p>${article.day} · ${escape(article.source)} · ${topicLinks}</p>${md.render(content)}</article>`,
    );
  }
  articles.sort((a, b) => b.time - a.time || a.path.localeCompare(b.path));

  const headlines = pageSize * 5;
  const series = new Map<string, { title: string; size: number; items: FloorArticle[] }>([["/", { title: "Latest", size: pageSize, items: [] }]]);
  const add = (basePath: string, title: string, article: FloorArticle, size = pageSize): void => {
    const entry = series.get(basePath) ?? { title, size, items: [] };
    entry.items.push(article);
    series.set(basePath, entry);
  };
  for (const article of articles) {
    add("/", "Latest", article);
    for (const topic of article.topics) add(`/topics/${slug(topic)}/`, topic, article);
    add(`/sources/${slug(article.source)}/`, article.source, article);
    const [year, month, day] = article.day.split("-");
    add(`/${year}/`, `${year}`, article, headlines);
    add(`/${year}/${month}/`, `${year}-${month}`, article, headlines);
    add(`/${year}/${month}/${day}/`, article.day, article, headlines);
    add(`/on-this-day/${month}/${day}/`, `${month}-${day}`, article, headlines);
  }
  for (const [basePath, { title, items }] of [...series]) {
    if (!basePath.startsWith("/topics/") || items.length <= pageSize * 7) continue;
    for (const article of items) add(`${basePath}${article.day.slice(0, 4)}/`, `${title} ${article.day.slice(0, 4)}`, article);
  }
  for (const [basePath, { title, size, items }] of series) {
    const pages = Math.max(1, Math.ceil(items.length / size));
    for (let page = 1; page <= pages; page++) {
      const list = items.slice((page - 1) * size, page * size).map(listItem).join("");
      const next = page < pages ? `<a href="${basePath}page/${page + 1}/">Older</a>` : "";
      write(page === 1 ? basePath : `${basePath}page/${page}/`, title, `<h1>${escape(title)}</h1><ol>${list}</ol>${next}`);
    }
  }
  for (const empty of emptyPeriods(articles.map((article) => article.day))) write(empty, empty, `<h1>No articles</h1>`);

  const directory = (listed: RegExp): string =>
    [...series.entries()]
      .filter(([basePath]) => listed.test(basePath))
      .map(([basePath, { title, items }]) => `<li><a href="${basePath}">${escape(title)}</a> (${items.length})</li>`)
      .join("");
  write("/topics/", "Topics", `<ul>${directory(/^\/topics\//)}</ul>`);
  write("/sources/", "Sources", `<ul>${directory(/^\/sources\//)}</ul>`);
  write("/archive/", "Archive", `<ul>${directory(/^\/\d{4}\/(\d\d\/)?$/)}</ul>`);
  write("/on-this-day/", "On this day", `<ul>${directory(/^\/on-this-day\//)}</ul>`);
  write("/404.html", "Not found", "<h1>Page not found</h1>");
  return written;
}

/** Paths of the empty years, months and days the build writes pages for ("YYYY-MM-DD" days in). */
function emptyPeriods(days: readonly string[]): string[] {
  const sorted = [...new Set(days)].sort();
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (first === undefined || last === undefined) return [];
  const has = new Set(sorted.flatMap((day) => [day.slice(0, 4), day.slice(0, 7), day]));
  const pad = (n: number) => String(n).padStart(2, "0");
  const paths: string[] = [];
  for (let year = Number(first.slice(0, 4)) + 1; year < Number(last.slice(0, 4)); year++) if (!has.has(`${year}`)) paths.push(`/${year}/`);
  for (const year of [...has].filter((key) => key.length === 4)) {
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${pad(month)}`;
      if (key > first.slice(0, 7) && key < last.slice(0, 7) && !has.has(key)) paths.push(`/${year}/${pad(month)}/`);
    }
  }
  for (const key of [...has].filter((key) => key.length === 7)) {
    const [year, month] = key.split("-").map(Number) as [number, number];
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let day = 1; day <= length; day++) {
      const date = `${key}-${pad(day)}`;
      if (date > first && date < last && !has.has(date)) paths.push(`/${date.replaceAll("-", "/")}/`);
    }
  }
  return paths;
}

function toArticle(data: Record<string, unknown>, file: string): FloorArticle {
  // gray-matter reads YAML 1.1, so dates arrive as JS Dates; UTC fields give the UTC calendar day.
  const date = data.date instanceof Date ? data.date : new Date(String(data.date));
  const day = date.toISOString().slice(0, 10);
  const source = typeof data.source === "object" && data.source !== null ? String((data.source as { name: unknown }).name) : String(data.source);
  const tags = Array.isArray(data.tags) ? data.tags.map(String) : String(data.tags ?? "").split(",");
  const name = path.basename(file, ".md");
  return {
    title: String(data.title),
    path: `/${day.replaceAll("-", "/")}/${slug(name)}/`,
    time: date.getTime(),
    day,
    source,
    topics: [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ""))],
    summary: typeof data.summary === "string" ? data.summary : "",
  };
}

function listItem(article: FloorArticle): string {
  return `<li><a href="${article.path}">${escape(article.title)}</a> <time>${article.day}</time> ${escape(article.summary)}</li>`;
}

function document(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main>${body}</main></body></html>\n`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[char]};`);
}
