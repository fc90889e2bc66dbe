// Render stage: the site's footer — its name and description, and the footer
// text and links of site.config.json. A site may replace it (see
// src/theme/slots.ts).

import type { JSX } from "preact";
import { addressHref, href } from "../src/render/links";
import type { SiteFooterProps } from "../src/theme/slots";

export function SiteFooter({ context }: SiteFooterProps): JSX.Element {
  const { site } = context;
  const { text, links } = site.footer;
  return (
    <div class="wrap">
      <p>
        <a href={href(site, "/")}>{site.title}</a>
        {site.description !== "" && <> — {site.description}</>}
      </p>
      {text !== "" && <p class="site-footer__text">{text}</p>}
      {links.length > 0 && (
        <ul class="site-footer__links">
          {links.map((link) => (
            <li key={link.url}>
              <a href={addressHref(site, link.url)}>{link.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
