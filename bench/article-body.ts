// Benchmark, synthetic archive: the Markdown body of one article — a lead
// paragraph, then `##` sections of paragraphs, lists and block quotes, with
// links and emphasis — holding exactly the number of words asked for. About
// one article in four also shows a fenced code block (data journalism shows
// its working), which is not counted as words.

import type { Corpus } from "./corpus";
import type { Random } from "./prng";
import { capitalize } from "./words";

export interface BodyOptions {
  /** Exact number of words (heading, list and quote words included; link targets not). */
  readonly words: number;
  /** Links point into this site, e.g. "https://www.glaiven.example". */
  readonly linkBase: string;
}

/** Hands out the remaining word budget, so the body ends exactly on its target. */
class WordBudget {
  constructor(private remaining: number) {}
  get left(): number {
    return this.remaining;
  }
  take(wanted: number): number {
    const granted = Math.max(0, Math.min(wanted, this.remaining));
    this.remaining -= granted;
    return granted;
  }
}

export function generateBody(random: Random, corpus: Corpus, options: BodyOptions): string {
  const budget = new WordBudget(options.words);
  const blocks = [paragraph(random, corpus, budget.take(random.int(35, 60)), options.linkBase)];
  let code = random.chance(CODE_SHARE) ? codeBlock(random, corpus) : undefined;
  while (budget.left > 0) {
    if (budget.left >= 45) blocks.push(`## ${capitalize(words(random, corpus, budget.take(random.int(2, 5))).join(" "))}`);
    const blocksInSection = random.int(1, 3);
    for (let i = 0; i < blocksInSection && budget.left > 0; i++) {
      const roll = random.next();
      if (roll < 0.15 && budget.left >= 15) blocks.push(list(random, corpus, budget));
      else if (roll < 0.27 && budget.left >= 12) blocks.push(quote(random, corpus, budget.take(random.int(12, 30))));
      else blocks.push(paragraph(random, corpus, budget.take(random.int(40, 90)), options.linkBase));
    }
    if (code !== undefined) {
      blocks.push(code);
      code = undefined;
    }
  }
  return `${blocks.join("\n\n")}\n`;
}

function words(random: Random, corpus: Corpus, count: number): string[] {
  return Array.from({ length: count }, () => corpus.word(random));
}

/** Splits `count` words into sentences of 6–18 words; a short remainder joins the last sentence. */
function sentences(random: Random, corpus: Corpus, count: number): string[][] {
  const lengths: number[] = [];
  let left = count;
  while (left > 0) {
    const length = Math.min(left, random.int(6, 18));
    if (length < 4 && lengths.length > 0) lengths[lengths.length - 1]! += length;
    else lengths.push(length);
    left -= length;
  }
  return lengths.map((length) => {
    const sentence = words(random, corpus, length);
    sentence[0] = capitalize(sentence[0]!);
    if (length >= 10 && random.chance(0.3)) sentence[random.int(3, length - 4)] += ",";
    sentence[length - 1] += ".";
    return sentence;
  });
}

function paragraph(random: Random, corpus: Corpus, count: number, linkBase: string): string {
  const parts = sentences(random, corpus, count);
  const target = parts[random.int(0, parts.length - 1)]!;
  if (target.length >= 5 && random.chance(0.35)) addLink(random, target, linkBase);
  else if (target.length >= 4 && random.chance(0.2)) emphasize(random, target);
  return parts.map((sentence) => sentence.join(" ")).join(" ");
}

/** Wraps two words of a sentence (never its last, which carries the full stop) in a link. */
function addLink(random: Random, sentence: string[], linkBase: string): void {
  const at = random.int(1, sentence.length - 3);
  const first = sentence[at]!.replace(",", "");
  const second = sentence[at + 1]!.replace(",", "");
  sentence[at] = `[${first}`;
  sentence[at + 1] = `${second}](${linkBase}/${first.toLowerCase()}-${second.toLowerCase()})`;
}

function emphasize(random: Random, sentence: string[]): void {
  const at = random.int(1, sentence.length - 2);
  const word = sentence[at]!.replace(",", "");
  sentence[at] = random.chance(0.5) ? `*${word}*` : `**${word}**`;
}

function list(random: Random, corpus: Corpus, budget: WordBudget): string {
  const items: string[] = [];
  const wanted = random.int(3, 5);
  for (let i = 0; i < wanted && budget.left > 0; i++) {
    const item = words(random, corpus, budget.take(random.int(4, 10)));
    item[0] = capitalize(item[0]!);
    items.push(`- ${item.join(" ")}`);
  }
  return items.join("\n");
}

function quote(random: Random, corpus: Corpus, count: number): string {
  return `> ${sentences(random, corpus, count)
    .map((sentence) => sentence.join(" "))
    .join(" ")}`;
}

/** Share of articles with a fenced code block. */
const CODE_SHARE = 0.25;

/** Short programs in the languages a newsroom's data desk writes, with invented names in them. */
const CODE_TEMPLATES: Readonly<Record<string, (a: string, b: string, n: number) => string>> = {
  js: (a, b, n) =>
    `const ${a} = await fetch("/data/${b}.json").then((response) => response.json());\n` +
    `const total = ${a}.reduce((sum, row) => sum + row.${b}, 0);\n` +
    `console.log(\`${a}: \${total} (\${(total / ${n}).toFixed(1)} per day)\`);`,
  python: (a, b, n) =>
    `import csv\n\n` +
    `def ${a}_by_${b}(path):\n` +
    `    """Totals of ${a} per ${b}."""\n` +
    `    with open(path) as f:\n` +
    `        rows = [r for r in csv.DictReader(f) if int(r["${b}"]) > ${n}]\n` +
    `    return {r["${b}"]: r["${a}"] for r in rows}`,
  json: (a, b, n) => `{\n  "${a}": ${n},\n  "${b}": [${n}, ${n * 2}, null],\n  "published": true\n}`,
  sh: (a, b, n) => `curl -s "https://data.example.org/${a}?limit=${n}" \\\n  | jq '.[] | .${b}' > ${a}.txt # ${n} rows`,
  sql: (a, b, n) => `SELECT ${b}, COUNT(*) AS ${a}\nFROM reports\nWHERE year >= ${n}\nGROUP BY ${b}\nORDER BY ${a} DESC;`,
};

function codeBlock(random: Random, corpus: Corpus): string {
  const language = random.pick(Object.keys(CODE_TEMPLATES));
  const program = CODE_TEMPLATES[language]!(corpus.word(random), corpus.word(random), random.int(2, 2024));
  return `\`\`\`${language}\n${program}\n\`\`\``;
}
