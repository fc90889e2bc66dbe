// Render stage: the 404 page. Hosts serve it at whatever address was missing,
// so every link is absolute from the site root, prefix included.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { NotFoundPage as NotFoundPageData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";
import { documentTitle, metaDescription, pageTitle } from "../src/render/page-text";
import { Base } from "./Base";

export interface NotFoundPageProps {
  readonly page: NotFoundPageData;
  readonly context: RenderContext;
}

export function NotFoundPage({ page, context }: NotFoundPageProps): JSX.Element {
  const { site } = context;
  const labels = labelsOf(site);
  return (
    <Base
      context={context}
      path={page.path}
      page={page}
      title={documentTitle(page, site)}
      description={metaDescription(page, site)}
      canonical={false}
    >
      <div class="not-found">
        <h1>{pageTitle(page, site)}</h1>
        <p>{labels.notFoundText}</p>
        <p>{labels.notFoundSuggestions}</p>
        <ul>
          <li>
            <a href={href(site, "/")}>{labels.notFoundLatest}</a>
          </li>
          <li>
            <a href={href(site, "/topics/")}>{labels.notFoundTopics}</a>
          </li>
          <li>
            <a href={href(site, "/archive/")}>{labels.notFoundArchive}</a>
          </li>
        </ul>
      </div>
    </Base>
  );
}
