// Browser-test support: axe-core run in the page under test, reporting only
// the violations a reader would be hurt by ("serious" and "critical").

import axe from "axe-core";
import type { Page } from "playwright-core";

export interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** The serious and critical axe violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
