// Render stage: the directory of all topics or all sources — the most covered
// first, then A–Z under initial letters with a jump list — each term linked
// with its article count. Terms flow side by side, so a long directory stays
// short enough to scroll on a phone.

import type { JSX } from "preact";
import { labelsOf } from "../src/i18n/labels-of";
import type { TermDirectoryPage as TermDirectoryPageData } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { directoryTrail } from "../src/render/breadcrumbs";
import { href } from "../src/render/links";
import { documentTitle, formatNumber, metaDescription, pageTitle, termCount } from "../src/render/page-text";
import { groupTermsByInitial } from "../src/render/term-groups";
import { Base } from "./Base";
import { Breadcrumb } from "./Breadcrumb";

export interface TermDirectoryPageProps {
  readonly page: TermDirectoryPageData;
  readonly context: RenderContext;
}

/** "635 articles"; a phone shows only the number, so more terms fit on a line (the word stays for screen readers). */
function TermCount({ count, context }: { readonly count: number; readonly context: RenderContext }): JSX.Element {
  return (
    <span class="count">
      {formatNumber(count, context.site.language)}
      <span class="count__unit">{labelsOf(context.site).articlesAfterNumber(count)}</span>
    </span>
  );
}

export function TermDirectoryPage({ page, context }: TermDirectoryPageProps): JSX.Element {
  const { site } = context;
  const groups = groupTermsByInitial(page.terms, site.language);
  const labels = labelsOf(site);
  return (
    <Base context={context} path={page.path} page={page} title={documentTitle(page, site)} description={metaDescription(page, site)}>
      <Breadcrumb context={context} trail={directoryTrail(page.kind, site)} />
      <header class="listing-header">
        <h1>{pageTitle(page, site)}</h1>
        <p class="listing-count">{labels.countAToZ(termCount(page.kind, page.terms.length, site))}</p>
      </header>
      {groups.length === 0 ? (
        <p class="empty">{page.kind === "topics" ? labels.noTopicsYet : labels.noSourcesYet}</p>
      ) : (
        <>
          {page.mostCovered.length < page.terms.length && (
            <section class="most-covered" aria-labelledby="most-covered-heading">
              <h2 id="most-covered-heading">{labels.mostCoveredHeading}</h2>
              <ol class="term-list term-list--ranked">
                {page.mostCovered.map((term) => (
                  <li key={term.path}>
                    <a href={href(site, term.path)}>{term.name}</a> <TermCount count={term.count} context={context} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          <nav class="letter-nav" aria-label={labels.jumpToLetter}>
            <ul>
              {groups.map((group) => (
                <li key={group.id}>
                  <a href={`#${group.id}`}>{group.initial}</a>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((group) => (
            <section key={group.id} class="term-group" aria-labelledby={group.id}>
              <h2 id={group.id}>{group.initial}</h2>
              <ul class="term-list">
                {group.terms.map((term) => (
                  <li key={term.path}>
                    <a href={href(site, term.path)}>{term.name}</a>{" "}
                    <TermCount count={term.count} context={context} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Base>
  );
}
