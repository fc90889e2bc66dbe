// Import stage: suggests tags for an article from the topics the archive
// already has, by finding their names in its text. Whole words only; short
// names (acronyms such as `US`, `UN`) must match their case as well.

import { escapeRegExp } from "./escape-regexp";

/** A name this short or shorter matches only in its own case: `US` is not "us". */
const CASE_SENSITIVE_UP_TO = 3;

export interface TopicMatcher {
  /** The archive's topics named in `text`, in the order they first appear there. */
  suggest(text: string): string[];
}

export function topicMatcher(topics: readonly string[]): TopicMatcher {
  const patterns = topics
    .filter((name) => /[\p{L}\p{N}]/u.test(name))
    .map((name) => {
      const words = name.trim().split(/\s+/u).map(escapeRegExp).join("\\s+");
      const flags = Array.from(name.trim()).length <= CASE_SENSITIVE_UP_TO ? "u" : "iu";
      return { name, pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${words}(?![\\p{L}\\p{M}\\p{N}])`, flags) };
    });
  return {
    suggest(text) {
      const found: { name: string; at: number }[] = [];
      for (const { name, pattern } of patterns) {
        const at = text.search(pattern);
        if (at !== -1) found.push({ name, at });
      }
      return found.sort((a, b) => a.at - b.at).map((match) => match.name);
    },
  };
}
