import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { newArticleFile } from "../../../src/authoring/new-article";
import { parseFrontMatter } from "../../../src/content/front-matter";
import { validateArticle } from "../../../src/content/validate-article";

const now = DateTime.fromISO("2026-01-01T00:30:00", { zone: "Asia/Seoul" });

describe("newArticleFile", () => {
  it.each([
    [{ title: "Council approves budget" }, "2026/council-approves-budget.md"],
    [{ title: "Council approves budget", slug: "budget-vote" }, "2026/budget-vote.md"],
    [{ title: "북한 위성 발사" }, "2026/북한-위성-발사.md"],
    [{ title: "!!!" }, "2026/article.md"],
  ])("places %o at %s", (input, expected) => {
    expect(newArticleFile(input, now).relativePath).toBe(expected);
  });

  it("writes front matter that validates as it is, dated in the site timezone", () => {
    const file = newArticleFile({ title: "Talks: day two", source: "AP", tags: "Diplomacy, Japan" }, now);
    const parsed = parseFrontMatter(file.text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const { article, diagnostics } = validateArticle({
      frontMatter: parsed.frontMatter,
      relativePath: file.relativePath,
      displayPath: `content/${file.relativePath}`,
      zone: "Asia/Seoul",
    });
    expect(diagnostics).toEqual([]);
    expect(article?.title).toBe("Talks: day two");
    expect(article?.tags).toEqual(["Diplomacy", "Japan"]);
    expect(article?.source).toEqual({ name: "AP" });
    expect(article?.date.toISO()).toBe("2026-01-01T00:30:00.000+09:00");
  });

  it("rejects an empty title", () => {
    expect(() => newArticleFile({ title: "  " }, now)).toThrow(/--title/);
  });
});
