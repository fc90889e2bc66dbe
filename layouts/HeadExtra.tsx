// Render stage: the end of every page's <head>, empty unless a site adds to it
// with an override of its own (see src/theme/slots.ts).

import type { HeadExtraProps } from "../src/theme/slots";

export function HeadExtra(_props: HeadExtraProps): null {
  return null;
}
