// Render stage tests: robots.txt allows everything and names the absolute sitemap URL.

import { describe, expect, it } from "vitest";
import { renderRobots } from "../../../src/render/robots";

describe("renderRobots", () => {
  it.each([
    ["", "https://archive.example.org/sitemap.xml"],
    ["/news", "https://archive.example.org/news/sitemap.xml"],
  ])("with path prefix %j points at %s", (pathPrefix, sitemap) => {
    const lines = renderRobots({ url: "https://archive.example.org", pathPrefix }).split("\n");
    expect(lines).toEqual(["User-agent: *", "Allow: /", "", `Sitemap: ${sitemap}`, ""]);
  });
});
