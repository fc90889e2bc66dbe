// Render stage: what every layout receives besides its page. Kept small on
// purpose; anything page-specific belongs on the Page from the model instead.

import type { SiteConfig } from "../config/site-config";
import type { Feed, PageLink } from "../model/types";

export interface RenderContext {
  readonly site: SiteConfig;
  /** The site's feeds, which pages announce in their head; none when absent. */
  readonly feeds?: readonly Feed[];
  /** The main navigation; the archive's sections alone when absent. */
  readonly navigation?: readonly PageLink[];
}
