// Render stage: the page at an article's old address. It sends the reader on
// at once (meta refresh, for hosts without redirect rules), names the new
// address as canonical so search engines move their ranking there, keeps
// itself out of search results, and shows a link for anyone it did not send.

import type { JSX } from "preact";
import type { SiteConfig } from "../src/config/site-config";
import type { Redirect } from "../src/model/types";
import { absoluteUrl, href } from "../src/render/links";

export interface RedirectPageProps {
  readonly redirect: Redirect;
  readonly site: SiteConfig;
}

export function RedirectPage({ redirect, site }: RedirectPageProps): JSX.Element {
  const target = href(site, redirect.to);
  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <title>{`Moved: ${redirect.title} – ${site.title}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={absoluteUrl(site, redirect.to)} />
        <meta http-equiv="refresh" content={`0; url=${target}`} />
      </head>
      <body>
        <main>
          <p>
            This article has moved to <a href={target}>{redirect.title}</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
