// Render stage: what every layout receives besides its page. Kept small on
// purpose; anything page-specific belongs on the Page from the model instead.

import type { SiteConfig } from "../config/site-config";

export interface RenderContext {
  readonly site: SiteConfig;
}
