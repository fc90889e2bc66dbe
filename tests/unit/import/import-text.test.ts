// Import, shared text helpers: headlines made from a lead, plain text made
// safe for Markdown (checked by rendering it with the project's markdown-it),
// and tags suggested from the archive's topics.

import { describe, expect, it } from "vitest";
import { headlineFromLead } from "../../../src/import/headline";
import { escapeMarkdownText } from "../../../src/import/markdown-text";
import { topicMatcher } from "../../../src/import/tag-suggestions";
import { createMarkdown } from "../../../src/markdown/markdown";

describe("headlineFromLead", () => {
  it.each([
    [
      "Dock workers at the port of Varna walked off the job on Tuesday, leaving container cranes idle and ships waiting at anchor, the regional labour union said.",
      "Dock workers at the port of Varna walked off the job on Tuesday",
    ],
    ["The U.S. Senate passed the harbour bill on Tuesday. It now goes to the House.", "The U.S. Senate passed the harbour bill on Tuesday"],
    ["Ferry fares will rise by a tenth in April, the operator said.", "Ferry fares will rise by a tenth in April"],
    ["Mr. Park opened the new bridge. Crowds cheered.", "Mr. Park opened the new bridge"],
    [
      "Rice farmers in the Mekong Delta began the main harvest a week early this year as the rainy season set in sooner than expected.",
      "Rice farmers in the Mekong Delta began the main harvest a week early this year",
    ],
    ["Short lead", "Short lead"],
  ])("%j → %j", (lead, expected) => {
    expect(headlineFromLead(lead)).toBe(expected);
  });
});

describe("escapeMarkdownText", () => {
  const md = createMarkdown();
  const rendered = (text: string) => md.render(escapeMarkdownText(text)).trim();
  it.each([
    ["# not a heading", "<p># not a heading</p>"],
    ["- not a list", "<p>- not a list</p>"],
    ["2023. A year to remember", "<p>2023. A year to remember</p>"],
    ["> not a quote", "<p>&gt; not a quote</p>"],
    ["<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["*stars* _under_ `tick` [link](x) ~~strike~~", "<p>*stars* _under_ `tick` [link](x) ~~strike~~</p>"],
    ["AT&T and &amp; stay as written", "<p>AT&amp;T and &amp;amp; stay as written</p>"],
    ["Harbour fees rise", "<p>Harbour fees rise</p>"],
  ])("%j shows as written", (text, html) => {
    expect(rendered(text)).toBe(html);
  });
});

describe("topicMatcher", () => {
  const matcher = topicMatcher(["North Korea", "US", "Ports", "C++", "Kim Jong Un", "!!!"]);
  it.each([
    ["Kim Jong Un visited North  Korea's ports with US officials.", ["Kim Jong Un", "North Korea", "Ports", "US"]],
    ["Talks with us ended; Northern Korea was not named.", []],
    ["The report compared C++ and Rust.", ["C++"]],
    ["Passports were checked.", []],
  ])("%j → %j", (text, expected) => {
    expect(matcher.suggest(text)).toEqual(expected);
  });
});
