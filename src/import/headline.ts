// Import stage: a headline made from an article's lead when the input has
// none. Always a stand-in: the importer marks every article it derives a
// headline for, so `check` asks a person to write a real one.

/** Headlines longer than this are cut back at a clause or a word. */
const MOST_CHARACTERS = 90;
/** A cut nearer the start than this loses too much of the sentence. */
const LEAST_CHARACTERS = 35;

/** Where a sentence may end: its mark, closing quotes, space, and a capital letter to come. */
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
/** A word before a full stop that does not end a sentence: `U.S.`, `J.`, `Mr.`, `Aug.` */
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{L}\.)*\p{L}|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|vs|etc|Inc|Corp|Ltd|Co)$/u;
/** ", state media said on Sunday (August 6)." and the like: who said it, not what happened. */
const ATTRIBUTION = /,\s+(?:\S+\s+){0,5}?(?:said|says|reported|reports|announced|told\s+\S+)\b[^,]*$/iu;
/** A comma, or a word a clause starts with: cutting before one keeps a whole thought. */
const CLAUSE_BREAKS = /,\s|\s(?:including|and|as|which|while|after|amid|but|following|where|when|because|with)\s/giu;
const TRAILING = /[\s,;:–—-]+$|\s+(?:a|an|the|of|to|for|in|on|at|by|from|and|or|with|including|as|that|which|who|while)$/iu;

export function headlineFromLead(lead: string): string {
  const first = firstSentence(lead.replace(/\s+/gu, " ").trim());
  let headline = first.replace(/[.!]+["”’]?$/u, "").replace(ATTRIBUTION, "").trim();
  if (Array.from(headline).length > MOST_CHARACTERS) headline = cut(headline);
  let previous;
  do {
    previous = headline;
    headline = headline.replace(TRAILING, "");
  } while (headline !== previous);
  return headline;
}

function firstSentence(text: string): string {
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(0, match.index);
    if (text[match.index] === "." && ABBREVIATION.test(before)) continue;
    return `${before}${match[0].trim()}`;
  }
  return text;
}

/** At the last clause word within the limit, else at the last space. */
function cut(text: string): string {
  const window = Array.from(text).slice(0, MOST_CHARACTERS + 1).join("");
  let clause = -1;
  for (const match of window.matchAll(CLAUSE_BREAKS)) {
    if (match.index >= LEAST_CHARACTERS && match.index <= MOST_CHARACTERS) clause = match.index;
  }
  if (clause !== -1) return window.slice(0, clause);
  const space = window.lastIndexOf(" ");
  return space >= LEAST_CHARACTERS ? window.slice(0, space) : window.slice(0, MOST_CHARACTERS);
}
