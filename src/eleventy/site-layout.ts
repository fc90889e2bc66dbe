// Eleventy edge: the site's layout for the templates in the pages folder — a
// virtual layout, `layout: archive`, which every page there gets unless it
// names another — and the `newsArchive` global data templates can read
// (`newsArchive.site.title`, `newsArchive.navigation`).

import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { isHtmlOutput } from "../pages/page-url";
import { renderSitePage } from "../render/render-page";
import { loadTheme } from "../theme/load-theme";
import type { SiteChrome } from "./run-context";

/** The layout's name in front matter (`layout: archive`). */
export const SITE_LAYOUT = "archive";

/** The global data key of the site's chrome. */
export const CHROME_DATA_KEY = "newsArchive";

const LAYOUT_FILE = "news-archive-layout.11ty.js";

interface LayoutData {
  readonly content: string;
  readonly title?: unknown;
  readonly description?: unknown;
  readonly page: { readonly url: string | false };
  readonly [CHROME_DATA_KEY]: SiteChrome;
}

export function siteLayout(eleventyConfig: UserConfig, chrome: () => SiteChrome | Promise<SiteChrome>): void {
  eleventyConfig.addGlobalData(CHROME_DATA_KEY, chrome);
  eleventyConfig.addGlobalData("layout", SITE_LAYOUT);
  // A virtual template is named from the input folder; layouts live in the includes folder.
  const { input, includes } = eleventyConfig.directories;
  eleventyConfig.addTemplate(path.posix.join(path.posix.relative(input, includes), LAYOUT_FILE), {
    render: async (data: LayoutData) => {
      const url = data.page.url;
      // A feed or a text file made from a template is not a page of the site.
      if (url === false || !isHtmlOutput(url)) return data.content;
      const { site, navigation, feeds } = data[CHROME_DATA_KEY];
      // The writer's thread loads the site's layout overrides itself (the build checked them already).
      await loadTheme(site);
      return renderSitePage({
        context: { site, navigation, feeds },
        path: url,
        title: typeof data.title === "string" ? data.title : "",
        description: typeof data.description === "string" ? data.description : "",
        contentHtml: data.content,
      });
    },
  });
  eleventyConfig.addLayoutAlias(SITE_LAYOUT, LAYOUT_FILE);
}
