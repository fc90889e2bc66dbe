// Integration: `npm run check` as a user runs it, over every bad-content
// fixture — the exact file, line, column and message printed, the summary
// line and the exit code — and over the whole bad folder in one run.

import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../support/built-site";
import { ROOT, type CliRun } from "../support/run-cli";

const BAD = path.join(FIXTURES, "bad");
// Each file under `_valid-alone/` is a valid article on its own (its problem is a
// warning, or only shows next to another file), and discovery skips `_` folders,
// so the content-stage tests that load tests/fixtures/bad never see them.
const ALONE = "_valid-alone";
const CONFIG = path.join(FIXTURES, "archive.config.json");

/** Like runCli, but without blocking, so the cases (each a Node start-up) run side by side. */
function runCheck(args: readonly string[], command: readonly string[] = [process.execPath, "--import", "tsx", "src/cli/check.ts"]): Promise<CliRun> {
  const [file, ...before] = command;
  return new Promise((resolve) => {
    execFile(file!, [...before, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      resolve({ status, stdout, stderr });
    });
  });
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "archive-check-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A file as check shows it: relative to the working directory the CLI runs in. */
const shown = (file: string): string => path.relative(ROOT, file).split(path.sep).join("/");

/** A fragment that is the shown path of another fixture file of the same run. */
type Fragment = string | { readonly fileOf: string };

interface Expected {
  /** Fixture path relative to tests/fixtures/bad. */
  readonly fixture: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity: "error" | "warning";
  readonly fragments: readonly Fragment[];
}

interface Case {
  readonly name: string;
  readonly fixtures: readonly string[];
  readonly flags: readonly string[];
  readonly expected: readonly Expected[];
  readonly exit: 0 | 1;
  /** Files the summary counts. @default every fixture */
  readonly articles?: number;
}

const error = (fixture: string, line: number | undefined, column: number | undefined, ...fragments: Fragment[]): Expected => ({
  fixture,
  line,
  column,
  severity: "error",
  fragments,
});
const warning = (fixture: string, line: number | undefined, column: number | undefined, ...fragments: Fragment[]): Expected => ({
  fixture,
  line,
  column,
  severity: "warning",
  fragments,
});
const single = (fixture: string, exit: 0 | 1, ...expected: Expected[]): Case => ({
  name: fixture,
  fixtures: [fixture],
  flags: [],
  expected,
  exit,
});

const DUPLICATE_A = `${ALONE}/duplicate-url/ferry-fares-update.md`;
const DUPLICATE_B = `${ALONE}/duplicate-url/ferry-fares.md`;
const HOCKEY_A = `${ALONE}/topic-collision/hockey-final.md`;
const HOCKEY_B = `${ALONE}/topic-collision/rink-reopens.md`;
const LEDGER_NEW = `${ALONE}/source-url-conflict/harbour-fees.md`;
const LEDGER_OLD = `${ALONE}/source-url-conflict/port-strike.md`;
const INVISIBLE = "(delete it; it may be invisible in an editor)";

const CASES: readonly Case[] = [
  single("yaml-syntax-error.md", 1, error("yaml-syntax-error.md", 3, 10, "front matter is not valid YAML: unexpected `key: value` inside a value")),
  single("no-front-matter.md", 1, error("no-front-matter.md", 1, 1, "no front matter: expected the file to start with a `---` line", "got `Harbour cranes idle after strike`")),
  single("missing-title.md", 1, error("missing-title.md", 1, 1, "title: missing; every article needs one")),
  single("empty-title.md", 1, error("empty-title.md", 2, 1, "title: expected text, got an empty value")),
  single("missing-date.md", 1, error("missing-date.md", 1, 1, "date: missing; every article needs one, e.g. `date: 2023-08-06`")),
  single("impossible-date.md", 1, error("impossible-date.md", 4, 1, "date: `2023-02-30` is not a real calendar date (2023-02 has no day 30)")),
  single("unparseable-date.md", 1, error("unparseable-date.md", 5, 1, "date: expected YYYY-MM-DD or an ISO 8601 date-time", "got `yesterday`")),
  single("tags-number.md", 1, error("tags-number.md", 5, 1, "tags: expected a list of topics", "got the number `2024`")),
  single("title-list.md", 1, error("title-list.md", 2, 1, "title: expected text, got a list")),
  single("empty.md", 1, error("empty.md", 1, 1, "file is empty")),
  single("not-utf8.md", 1, error("not-utf8.md", 7, 53, "not valid UTF-8 text: first bad byte 0xff", "save the file as UTF-8")),
  single(
    "control-characters.md",
    1,
    error("control-characters.md", 2, 1, "title: expected text without control characters, got U+0000 (NUL) at character 8", INVISIBLE),
    error("control-characters.md", 5, 1, "author: expected text without control characters, got U+001B (ESC) at character 1", INVISIBLE),
    error("control-characters.md", 6, 1, "tags: item 2: expected a topic name without control characters, got U+202E (RIGHT-TO-LEFT OVERRIDE) at character 4", INVISIBLE),
    error("control-characters.md", 7, 1, "summary: expected text without control characters, got U+0007 (BEL) at character 21", INVISIBLE),
  ),
  single(
    "year-10000.md",
    1,
    error("year-10000.md", 4, 1, "date: expected a year from 1 to 9999, got `9999-12-31T23:30:00-08:00`, which is in the year 10000 in the site timezone (America/New_York)"),
  ),
  single("year-zero.md", 1, error("year-zero.md", 4, 1, "date: expected a year from 1 to 9999, got `0000-06-01`, which is in the year 0 in the site timezone (America/New_York)")),
  single(
    "unknown-key-typo.md",
    1,
    error("unknown-key-typo.md", 1, 1, "title: missing"),
    warning("unknown-key-typo.md", 2, 1, "unknown key `tittle` is ignored; did you mean `title`?"),
  ),
  single(`${ALONE}/unknown-key-only.md`, 0, warning(`${ALONE}/unknown-key-only.md`, 5, 1, "unknown key `sumary` is ignored; did you mean `summary`?")),
  {
    name: `${ALONE}/unknown-key-only.md with --strict`,
    fixtures: [`${ALONE}/unknown-key-only.md`],
    flags: ["--strict"],
    expected: [error(`${ALONE}/unknown-key-only.md`, 5, 1, "unknown key `sumary` is ignored; did you mean `summary`?")],
    exit: 1,
  },
  single(`${ALONE}/future-date.md`, 0, warning(`${ALONE}/future-date.md`, 4, 1, "date 2999-01-01 is in the future")),
  { ...single("draft-with-bad-date.md", 0), name: "draft-with-bad-date.md without --drafts (skipped, not counted)", articles: 0 },
  {
    name: "draft-with-bad-date.md with --drafts",
    fixtures: ["draft-with-bad-date.md"],
    flags: ["--drafts"],
    expected: [error("draft-with-bad-date.md", 5, 1, "date: expected YYYY-MM-DD", "got `next summer`")],
    exit: 1,
  },
  {
    name: "two articles with the same URL",
    fixtures: [DUPLICATE_A, DUPLICATE_B],
    flags: [],
    expected: [
      // At its `date` key: the file has no `slug` key, so the date and the file name make its URL.
      error(DUPLICATE_B, 3, 1, "two articles would be published at /2023/03/01/ferry-fares/", { fileOf: DUPLICATE_A }, { fileOf: DUPLICATE_B }),
    ],
    exit: 1,
  },
  {
    name: "two topics with the same slug",
    fixtures: [HOCKEY_A, HOCKEY_B],
    flags: [],
    expected: [
      // At the `tags` key of the first file (newest first) that spells the topic this way.
      warning(HOCKEY_B, 5, 1, 'topic "Ice-hockey" and topic "Ice hockey" both make the URL slug "ice-hockey"', '"Ice hockey" keeps /topics/ice-hockey/', '"Ice-hockey" is published at /topics/ice-hockey-2/'),
    ],
    exit: 0,
  },
  {
    name: "one source with two URLs",
    fixtures: [LEDGER_NEW, LEDGER_OLD],
    flags: [],
    expected: [
      // At the `source` key of the older file: the newest article's URL is the one the source page uses.
      warning(LEDGER_OLD, 5, 1, 'source "Coastal Ledger": url https://coastal-ledger.example.com differs from https://ledger.example.org in', { fileOf: LEDGER_NEW }, "; the source page links to https://ledger.example.org (give every article the same url for this source)"),
    ],
    exit: 0,
  },
];

/** Copies fixtures into `root`, at the path `place` gives each, and returns fixture → copied file. */
function placeFixtures(root: string, fixtures: readonly string[], place: (fixture: string) => string): Map<string, string> {
  const placed = new Map<string, string>();
  for (const fixture of fixtures) {
    const target = path.join(root, place(fixture));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(BAD, fixture), target);
    placed.set(fixture, target);
  }
  return placed;
}

function expectedLine(expected: Expected, placed: ReadonlyMap<string, string>): { prefix: string; fragments: string[] } {
  const at = expected.line === undefined ? "" : `:${expected.line}:${expected.column}`;
  return {
    prefix: `${shown(placed.get(expected.fixture)!)}${at}: ${expected.severity}: `,
    fragments: expected.fragments.map((f) => (typeof f === "string" ? f : shown(placed.get(f.fileOf)!))),
  };
}

function summary(articles: number, expected: readonly Expected[]): string {
  const errors = expected.filter((e) => e.severity === "error").length;
  const warnings = expected.length - errors;
  const s = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  return `Checked ${s(articles, "article")}: ${s(errors, "error")}, ${s(warnings, "warning")}.`;
}

/** Asserts every expected problem is printed exactly once, nothing else is, and the summary comes last. */
function expectReport(stdout: string, expected: readonly Expected[], placed: ReadonlyMap<string, string>, articles: number): void {
  const lines = stdout.trimEnd().split("\n");
  expect(lines.at(-1)).toBe(summary(articles, expected));
  const problems = lines.slice(0, -1);
  for (const one of expected) {
    const { prefix, fragments } = expectedLine(one, placed);
    const matching = problems.filter((line) => line.startsWith(prefix) && fragments.every((f) => line.includes(f)));
    expect(matching, `${prefix}${fragments.join(" … ")}\nin:\n${stdout}`).toHaveLength(1);
  }
  expect(problems).toHaveLength(expected.length);
}

describe.concurrent("npm run check on one bad fixture at a time", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = tempDir();
    const placed = placeFixtures(dir, c.fixtures, (fixture) => path.basename(fixture));
    const run = await runCheck(["--content", dir, "--config", CONFIG, ...c.flags]);
    expect(run.stderr).toBe("");
    expectReport(run.stdout, c.expected, placed, c.articles ?? c.fixtures.length);
    expect(run.status).toBe(c.exit);
  });
});

describe.concurrent("npm run check on the whole bad folder", () => {
  it("prints every fixture's problem in one run, sorted by file, with the totals", async () => {
    const dir = tempDir();
    const topLevel = readdirSync(BAD).filter((name) => name.endsWith(".md"));
    const alone = (readdirSync(path.join(BAD, ALONE), { recursive: true }) as string[])
      .filter((name) => name.endsWith(".md"))
      .map((name) => `${ALONE}/${name.split(path.sep).join("/")}`);
    // The copy's `_valid-alone` becomes `valid-alone`, which discovery does not skip.
    const placed = placeFixtures(dir, [...topLevel, ...alone], (fixture) => fixture.replace(/^_/, ""));
    const expected = CASES.filter((c) => !c.flags.includes("--strict")).flatMap((c) => c.expected);

    const run = await runCheck(["--content", dir, "--config", CONFIG, "--drafts"]);
    expect(run.stderr).toBe("");
    expectReport(run.stdout, expected, placed, placed.size);
    expect(run.status).toBe(1);

    const files = run.stdout.trimEnd().split("\n").slice(0, -1).map((line) => line.split(":")[0]!);
    expect(files).toEqual([...files].sort());
    expect(files).not.toContain(shown(placed.get("bom-crlf.md")!));
  });

  it("accepts an article with a byte-order mark and CRLF line endings without any diagnostic", async () => {
    const dir = tempDir();
    placeFixtures(dir, ["bom-crlf.md"], (fixture) => fixture);
    const run = await runCheck(["--content", dir, "--config", CONFIG]);
    expect(run.stdout).toBe("Checked 1 article: 0 errors, 0 warnings.\n");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe.concurrent("npm run check flags", () => {
  const npmCheck = (...args: string[]) => runCheck(args, ["npm", "run", "--silent", "check", "--"]);

  it("runs as `npm run check` and leaves drafts out unless --drafts is given", async () => {
    const archive = path.join(FIXTURES, "archive");
    const plain = await npmCheck("--content", archive, "--config", CONFIG);
    expect(plain.stdout).toBe("Checked 7 articles: 0 errors, 0 warnings.\n");
    expect(plain.status).toBe(0);
    const withDrafts = await npmCheck("--content", archive, "--config", CONFIG, "--drafts");
    expect(withDrafts.stdout).toBe("Checked 8 articles: 0 errors, 0 warnings.\n");
    expect(withDrafts.status).toBe(0);
  });

  it("decides topic slug collisions by spelling, not by which file uses which spelling", async () => {
    const dir = tempDir();
    const article = (title: string, date: string, tag: string) =>
      `---\ntitle: ${title}\ndate: ${date}\nsource: Island Courier\ntags: [${tag}]\n---\nText.\n`;
    // The same two files as the fixture pair, with the spellings swapped.
    writeFileSync(path.join(dir, "hockey-final.md"), article("Final", "2023-02-12", "Ice-hockey"));
    writeFileSync(path.join(dir, "rink-reopens.md"), article("Rink", "2023-02-20", "Ice hockey"));
    const run = await runCheck(["--content", dir, "--config", CONFIG]);
    expect(run.stdout).toContain(`${shown(path.join(dir, "hockey-final.md"))}:5:1: warning: topic "Ice-hockey" and topic "Ice hockey"`);
    expect(run.stdout).toContain('"Ice hockey" keeps /topics/ice-hockey/ and "Ice-hockey" is published at /topics/ice-hockey-2/');
    expect(run.status).toBe(0);
  });

  it("reports a broken --config file, naming it as given, and exits 1", async () => {
    const dir = tempDir();
    const config = path.join(dir, "site.config.json");
    writeFileSync(config, JSON.stringify({ title: "X", timezone: "Mars/Olympus" }));
    const run = await runCheck(["--content", path.join(FIXTURES, "archive"), "--config", config]);
    expect(run.stderr).toContain(`${config}: error: timezone: expected an IANA zone`);
    expect(run.stderr).toContain("Check failed: 1 error.");
    expect(run.status).toBe(1);
  });

  it("reports a missing content folder and exits 1", async () => {
    const missing = path.join(tempDir(), "nowhere");
    const run = await runCheck(["--content", missing, "--config", CONFIG]);
    expect(run.stderr).toContain(`${shown(missing)}: error: content folder does not exist`);
    expect(run.status).toBe(1);
  });

  it("rejects an unknown flag with usage help and exit code 2", async () => {
    const run = await runCheck(["--stirct"]);
    expect(run.stderr).toContain("Usage: npm run check");
    expect(run.status).toBe(2);
  });
});
