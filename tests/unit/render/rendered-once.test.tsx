// Render stage tests: fragments repeated on many pages are rendered once per
// site and model object, and come out exactly as rendering them in place would.

import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { ArticleSummary } from "../../../layouts/ArticleSummary";
import { RenderedOnce } from "../../../layouts/RenderedOnce";
import { createFragmentCache, flatten, renderFragmentOnce } from "../../../src/render/fragment-cache";
import { renderPage } from "../../../src/render/render-page";
import { makeArticle, makeArticles, makeContext, makeIndexPage, makeSite, makeTopic } from "./fixtures";

const HOSTILE = "<script>alert(1)</script>";

describe("renderFragmentOnce", () => {
  it("renders once per site and subject", () => {
    const cache = createFragmentCache();
    const site = makeSite();
    const subject = {};
    let calls = 0;
    const render = () => `<p>${++calls}</p>`;
    expect(renderFragmentOnce(cache, site, subject, render)).toBe("<p>1</p>");
    expect(renderFragmentOnce(cache, site, subject, render)).toBe("<p>1</p>");
    expect(renderFragmentOnce(cache, site, {}, render)).toBe("<p>2</p>");
    expect(renderFragmentOnce(cache, makeSite(), subject, render)).toBe("<p>3</p>");
    expect(renderFragmentOnce(createFragmentCache(), site, subject, render)).toBe("<p>4</p>");
  });

  it("keeps the text of what it flattens", () => {
    let html = "";
    for (let i = 0; i < 200; i++) html += `<li>entry ${i} – “quoted” 😀</li>`;
    expect(flatten(html)).toBe(html);
  });
});

describe("RenderedOnce", () => {
  const article = makeArticle({ title: HOSTILE, summary: `Summary ${HOSTILE}`, topics: [makeTopic(HOSTILE, "hostile")] });

  it("writes the element around exactly what rendering the fragment in place writes", () => {
    const context = makeContext();
    const inPlace = renderToString(h("li", null, h(ArticleSummary, { article, context })));
    const once = (
      <RenderedOnce
        as="li"
        cache={createFragmentCache()}
        site={context.site}
        subject={article}
        render={(fragmentContext) => <ArticleSummary article={article} context={fragmentContext} />}
      />
    );
    expect(renderToString(once)).toBe(inPlace);
    expect(inPlace).not.toContain(HOSTILE);
    expect(inPlace).toContain("&lt;script>alert(1)&lt;/script>");
  });

  it("gives the fragment a context holding the site alone", () => {
    const seen: object[] = [];
    const site = makeSite();
    renderToString(
      <RenderedOnce
        as="footer"
        class="x"
        cache={createFragmentCache()}
        site={site}
        subject={{}}
        render={(fragmentContext) => {
          seen.push(fragmentContext);
          return <p>{fragmentContext.site.title}</p>;
        }}
      />,
    );
    expect(seen).toEqual([{ site }]);
  });
});

describe("pages built from cached fragments", () => {
  it("render the same listing page the same way every time", () => {
    const page = makeIndexPage({ kind: "home" }, { articles: makeArticles(5) });
    const context = makeContext();
    expect(renderPage(page, context)).toBe(renderPage(page, context));
  });

  it("take the site of the page they are on, not of an earlier page", () => {
    const articles = makeArticles(2);
    const page = makeIndexPage({ kind: "home" }, { articles });
    const plain = renderPage(page, makeContext());
    const prefixed = renderPage(page, makeContext({ pathPrefix: "/news", title: "Other Archive" }));
    expect(plain).toContain(`href="${articles[0]!.path}"`);
    expect(prefixed).toContain(`href="/news${articles[0]!.path}"`);
    expect(prefixed).toContain(">Other Archive</a>");
    expect(plain).not.toContain("/news/");
  });
});
