// Eleventy configuration: the one file `npm run build`, `npm start` and
// Eleventy's own command line all load. The archive comes in as a plugin;
// whatever you add below (filters, shortcodes, plugins, passthrough copies)
// applies to every build. Docs: https://www.11ty.dev/docs/config/

import type { UserConfig } from "@11ty/eleventy";
import newsArchive from "./src/eleventy/news-archive";

export default function configureEleventy(eleventyConfig: UserConfig): void {
  // Article, topic, source and date pages from content/, feeds, search, the stylesheet,
  // and the site's layout around every page in pages/.
  eleventyConfig.addPlugin(newsArchive);

  // Your own additions go here, for example:
  //   eleventyConfig.addFilter("shout", (text) => text.toUpperCase());
  //   eleventyConfig.addPassthroughCopy({ "static/press-kit": "press-kit" });
}

export const config = {
  dir: {
    // The site's own pages (About, Corrections…): Markdown, Nunjucks, HTML or .11ty.js templates.
    input: "pages",
    // Layouts and partials for those pages, and their global data, inside pages/.
    includes: "_includes",
    data: "_data",
  },
  templateFormats: ["md", "njk", "html", "liquid", "11ty.js"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
