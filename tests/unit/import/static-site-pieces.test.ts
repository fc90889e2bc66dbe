// Import, Jekyll and Hugo: the pieces as tables — front-matter fences, the
// mapping onto this project's keys, permalink patterns, link finding in
// Markdown, Liquid and shortcodes written out or reported at their line.

import { describe, expect, it } from "vitest";
import { convertShortcodes } from "../../../src/import/hugo/shortcodes";
import { convertLiquid } from "../../../src/import/jekyll/liquid";
import { mapFrontMatter } from "../../../src/import/static-site/map-front-matter";
import { rewriteMarkdownAddresses } from "../../../src/import/static-site/markdown-links";
import { expandPermalink, urlize } from "../../../src/import/static-site/permalinks";
import { readPostFile } from "../../../src/import/static-site/post-file";

describe("readPostFile", () => {
  it.each([
    ["---\ntitle: A\ndate: 2023-08-06\n---\nBody\n", { title: "A", date: "2023-08-06" }, "Body\n", 5],
    ['+++\ntitle = "A"\ndate = 2023-08-06T09:30:00+09:00\n+++\nBody', { title: "A", date: "2023-08-06T09:30:00+09:00" }, "Body", 5],
    ['{\n  "title": "A",\n  "draft": true\n}\nBody', { title: "A", draft: true }, "Body", 5],
    ["No front matter.\n", {}, "No front matter.\n", 1],
  ])("%j", (text, data, body, bodyLine) => {
    expect(readPostFile(text)).toEqual({ ok: true, post: { data, body, bodyLine } });
  });

  it.each([
    ["---\ntitle: A\n", 1, "front matter is not closed: expected a closing fence line like the opening one"],
    ["---\ntitle: [A\n---\n", 3, "front matter cannot be read: unexpected end of the stream within a flow collection (2:1)"],
    ["---\n- a list\n---\n", 2, "front matter: expected `key: value` lines, got a single value or a list"],
  ])("refuses %j at line %i", (text, line, message) => {
    expect(readPostFile(text)).toEqual({ ok: false, line, message });
  });
});

describe("mapFrontMatter", () => {
  it("merges categories and tags, keeps old addresses, and names the keys it leaves out", () => {
    const mapped = mapFrontMatter(
      {
        title: "T",
        date: "2021-05-10 15:30:00 +0100",
        categories: "harbour news",
        tags: ["News", "Tides"],
        permalink: "/events/t/",
        redirect_from: ["/t/"],
        author: { name: "Ines" },
        excerpt: "Short.",
        published: false,
        layout: "post",
        comments: true,
      },
      true,
    );
    expect(mapped).toEqual({
      title: "T",
      date: "2021-05-10 15:30:00 +0100",
      tags: ["harbour", "news", "Tides"],
      categories: ["harbour", "news"],
      summary: "Short.",
      author: "Ines",
      oldAddresses: ["/events/t/", "/t/"],
      draft: true,
      problems: [],
      leftOut: ["layout", "comments"],
    });
  });

  it("reads Hugo's keys, keeps a multi-word tag whole, and reports a key it cannot use", () => {
    const mapped = mapFrontMatter({ title: ["not", "text"], publishDate: "2024-01-18", lastmod: "2024-01-19", tags: "Harbour works", url: "/x/", aliases: "/y/", draft: true }, false);
    expect(mapped).toMatchObject({ date: "2024-01-18", updated: "2024-01-19", tags: ["Harbour works"], oldAddresses: ["/x/", "/y/"], draft: true, problems: ["title: expected text, got a list"] });
    expect(mapped.title).toBeUndefined();
  });
});

describe("expandPermalink", () => {
  it.each([
    ["/:categories/:year/:month/:day/:title/", { categories: "harbour/news", year: "2021", month: "04", day: "02", title: "tide-tables" }, "/harbour/news/2021/04/02/tide-tables/"],
    ["/:categories/:title:output_ext", { categories: "", title: "t", output_ext: ".html" }, "/t.html"],
  ])("%s", (pattern, values, path) => {
    expect(expandPermalink(pattern, values)).toEqual({ ok: true, path });
  });

  it("names what it cannot fill", () => {
    expect(expandPermalink("/:year/:week/:title/", { year: "2021", title: "t" })).toEqual({ ok: false, unknown: [":week"] });
  });

  it.each([
    ["Storm damages the North Breakwater!", "storm-damages-the-north-breakwater"],
    ["항구 축제", "항구-축제"],
  ])("urlize %j → %j", (text, expected) => {
    expect(urlize(text)).toBe(expected);
  });
});

describe("rewriteMarkdownAddresses", () => {
  const mark = (address: string, use: string, line: number) => `<${use}:${line}:${address}>`;
  it.each([
    ["[a](/x/) and ![b](img.png \"T\")", '[a](<link:0:/x/>) and ![b](<media:0:img.png> "T")'],
    ["[ref]: https://old.example/y/ \"Title\"", '[ref]: <link:0:https://old.example/y/> "Title"'],
    ['<a href="/x/">x</a> <img src=\'p.jpg\'>', '<a href="<link:0:/x/>">x</a> <img src=\'<media:0:p.jpg>\'>'],
    ["Not in `[code](/x/)` spans", "Not in `[code](/x/)` spans"],
    ["```\n[in](/fence/)\n```\n[out](/x/)", "```\n[in](/fence/)\n```\n[out](<link:3:/x/>)"],
    ["[nested [brackets]](/x/)", "[nested [brackets]](<link:0:/x/>)"],
  ])("%j", (body, expected) => {
    expect(rewriteMarkdownAddresses(body, mark)).toBe(expected);
  });
});

describe("convertLiquid", () => {
  const refs: Record<string, string> = { "2021-05-10-lighthouse-open-day": "/2021/05/10/lighthouse-open-day/" };
  const convert = (body: string) => convertLiquid(body, (ref) => refs[ref]);
  it.each([
    ["[x]({% post_url 2021-05-10-lighthouse-open-day %})", "[x](/2021/05/10/lighthouse-open-day/)"],
    ["[x]({% link _posts/2021-05-10-lighthouse-open-day.md %})", "[x](/2021/05/10/lighthouse-open-day/)"],
    ["![m]({{ site.baseurl }}/assets/m.png)", "![m](/assets/m.png)"],
    ['[p]({{ "/docs/p.pdf" | relative_url }})', "[p](/docs/p.pdf)"],
    ["{% highlight ruby %}\nputs 1\n{% endhighlight %}", "```ruby\nputs 1\n```"],
    ["{% raw %}{{ not liquid }}{% endraw %}", "{{ not liquid }}"],
    ["A{% comment %} hidden {% endcomment %}B", "AB"],
  ])("%j", (body, expected) => {
    expect(convert(body).body).toBe(expected);
  });

  it("keeps what it cannot convert and reports it at its line", () => {
    const result = convert("Intro\n\n{% include signup.html %}\n{{ page.title }} and {% post_url 2020-01-01-gone %}");
    expect(result.body).toBe("Intro\n\n{% include signup.html %}\n{{ page.title }} and {% post_url 2020-01-01-gone %}");
    expect(result.problems).toEqual([
      { line: 2, message: "Liquid `{% include signup.html %}` cannot be converted, kept as written", review: true },
      { line: 3, message: "Liquid `{{ page.title }}` cannot be converted, kept as written", review: true },
      { line: 3, message: "`{% post_url 2020-01-01-gone %}` names no imported post, kept as written (point it at the new URL by hand)", review: true },
    ]);
  });
});

describe("convertShortcodes", () => {
  const convert = (body: string) => convertShortcodes(body, (ref) => (ref === "posts/spring-works" || ref === "spring-works" ? "/2023/04/03/spring-works/" : undefined));
  it.each([
    ['{{< figure src="a.jpg" caption="The parapet." >}}', '![The parapet.](a.jpg "The parapet.")'],
    ['{{< figure src="a.jpg" alt="Parapet" >}}', "![Parapet](a.jpg)"],
    ['[w]({{< ref "posts/spring-works.md" >}})', "[w](/2023/04/03/spring-works/)"],
    ['[w]({{< relref "/posts/spring-works/index.md" >}})', "[w](/2023/04/03/spring-works/)"],
    ["{{< highlight go >}}\nx := 1\n{{< /highlight >}}", "```go\nx := 1\n```"],
    ['{{</* figure src="x.jpg" */>}}', '{{< figure src="x.jpg" >}}'],
    ["{{%/* note */%}}", "{{% note %}}"],
  ])("%j", (body, expected) => {
    const result = convert(body);
    expect(result.body).toBe(expected);
    expect(result.problems).toEqual([]);
  });

  it("turns embeds into links and keeps others, each reported at its line", () => {
    const result = convert('{{< youtube id="w7Ejbq1" >}}\n{{< tweet user="harbour" id="42" >}}\n\n{{< tide-widget station="north" >}}');
    expect(result.body).toBe('[Video on YouTube](https://www.youtube.com/watch?v=w7Ejbq1)\n[Post by @harbour on X](https://x.com/harbour/status/42)\n\n{{< tide-widget station="north" >}}');
    expect(result.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [0, 'the embedded YouTube item `{{< youtube id="w7Ejbq1" >}}` became a link to it (embeds need the host in allowedIframeHosts)'],
      [1, 'the embedded post `{{< tweet user="harbour" id="42" >}}` became a link to it'],
      [3, 'shortcode `{{< tide-widget station="north" >}}` cannot be converted, kept as written (replace it by hand)'],
    ]);
  });
});
