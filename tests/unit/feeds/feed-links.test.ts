// Render stage tests: which feeds each kind of page announces in its head.

import { describe, expect, it } from "vitest";
import type { Feed, Page } from "../../../src/model/types";
import { alternateFeedLinks, groupFeedsByPage } from "../../../src/render/feeds/feed-links";
import { makeArticlePage, makeIndexPage, makeSite, makeTopic, termDirectory, topicListing } from "../render/fixtures";

const economy = makeTopic("Economy");
const feeds: Feed[] = [
  { path: "/feed.xml", format: "atom", title: "Latest articles", pagePath: "/", articles: [] },
  { path: "/feed.json", format: "json", title: "Latest articles", pagePath: "/", articles: [] },
  { path: "/topics/economy/feed.xml", format: "atom", title: "Economy", pagePath: economy.path, articles: [] },
];
const site = makeSite();

const cases: [string, Page, string[]][] = [
  ["home", makeIndexPage({ kind: "home" }), ["/feed.xml", "/feed.json"]],
  ["home, page 2", makeIndexPage({ kind: "home" }, { pageNumber: 2, totalPages: 3 }), ["/feed.xml", "/feed.json"]],
  ["a topic", makeIndexPage(topicListing(economy), { base: economy.path }), ["/topics/economy/feed.xml", "/feed.xml"]],
  [
    "a topic, page 3",
    makeIndexPage(topicListing(economy), { base: economy.path, pageNumber: 3, totalPages: 3 }),
    ["/topics/economy/feed.xml", "/feed.xml"],
  ],
  ["an article", makeArticlePage(), ["/feed.xml"]],
  ["the topics directory", termDirectory("topics", [economy]), ["/feed.xml"]],
  ["the 404 page", { kind: "not-found", path: "/404.html" }, ["/feed.xml"]],
];

describe("alternateFeedLinks", () => {
  it.each(cases)("%s", (_name, page, expected) => {
    expect(alternateFeedLinks(page, page.path, feeds, site).map((link) => link.path)).toEqual(expected);
  });

  it("gives each link its media type and a title naming the site", () => {
    const links = alternateFeedLinks(makeIndexPage({ kind: "home" }), "/", feeds, site);
    expect(links).toEqual([
      { path: "/feed.xml", type: "application/atom+xml", title: "Test Archive – Latest articles" },
      { path: "/feed.json", type: "application/feed+json", title: "Test Archive – Latest articles" },
    ]);
  });

  it("works from the path alone when no page is given", () => {
    expect(alternateFeedLinks(undefined, "/", feeds, site).map((link) => link.path)).toEqual(["/feed.xml", "/feed.json"]);
  });

  it("announces nothing when the site has no feeds", () => {
    expect(alternateFeedLinks(makeArticlePage(), "/x/", [], site)).toEqual([]);
  });
});

describe("groupFeedsByPage", () => {
  it("groups feeds under the page they follow, in their order, and finds the site-wide Atom feed", () => {
    const groups = groupFeedsByPage(feeds);
    expect([...groups.byPage.keys()]).toEqual(["/", economy.path]);
    expect(groups.byPage.get("/")?.map((feed) => feed.path)).toEqual(["/feed.xml", "/feed.json"]);
    expect(groups.siteAtom?.path).toBe("/feed.xml");
  });

  it("has no site-wide Atom feed when the home page has only a JSON feed", () => {
    expect(groupFeedsByPage(feeds.filter((feed) => feed.format === "json")).siteAtom).toBeUndefined();
  });

  it("answers from the feed list it was first given, per list", () => {
    const first = alternateFeedLinks(undefined, "/", feeds, site).map((link) => link.path);
    const other = feeds.filter((feed) => feed.path !== "/feed.json");
    expect(alternateFeedLinks(undefined, "/", other, site).map((link) => link.path)).toEqual(["/feed.xml"]);
    expect(alternateFeedLinks(undefined, "/", feeds, site).map((link) => link.path)).toEqual(first);
  });
});
