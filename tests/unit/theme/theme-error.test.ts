// Theme tests: a failure in a site's own layout code found however deep it is
// wrapped (by the build, or by Eleventy as `originalError`) and told as a
// problem in that file; label tables checked label by label.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLabelTable } from "../../../src/theme/site-labels";
import { loadFailure, ThemeRenderError, themeErrorDiagnostic, withJsxHint } from "../../../src/theme/theme-error";

const FILE = path.join(process.cwd(), "theme/SiteFooter.tsx");

describe("themeErrorDiagnostic", () => {
  it("names the file, what failed and the page being rendered", () => {
    const error = new Error("Could not render /about/index.html", { cause: new ThemeRenderError(FILE, "layout override SiteFooter", new Error("boom")) });
    expect(themeErrorDiagnostic(error, "/about/index.html")).toEqual({
      severity: "error",
      file: "theme/SiteFooter.tsx",
      message: "layout override SiteFooter: failed while rendering /about/index.html: boom",
    });
  });

  it("finds it under Eleventy's originalError", () => {
    const wrapped = Object.assign(new Error("Having trouble rendering 11ty.js template ./pages/about.md"), {
      originalError: new ThemeRenderError(FILE, "layout override SiteFooter", new TypeError("x is undefined")),
    });
    expect(themeErrorDiagnostic(wrapped)?.message).toBe("layout override SiteFooter: failed: x is undefined");
  });

  it("says nothing of a failure of the generator's own", () => {
    expect(themeErrorDiagnostic(new Error("bug", { cause: new Error("deeper") }))).toBeUndefined();
    expect(themeErrorDiagnostic("not an error")).toBeUndefined();
  });
});

describe("loadFailure", () => {
  const HELPER = path.join(process.cwd(), "theme/_masthead.tsx");
  it.each([
    [`Transform failed with 1 error:\n${FILE}:3:0: ERROR: Expected identifier but found end of file`, { message: "Expected identifier but found end of file", line: 3, column: 1 }],
    [`Transform failed with 1 error:\n${HELPER}:7:12: ERROR: Unexpected "}"`, { message: 'theme/_masthead.tsx:7:13: Unexpected "}"' }],
    [`Cannot find module './_missing' imported from ${FILE}\nRequire stack:`, { message: `Cannot find module './_missing' imported from ${FILE}` }],
    ["React is not defined", { message: withJsxHint("React is not defined") }],
  ])("%j", (message, failure) => {
    expect(loadFailure(new Error(message), FILE, (file) => path.relative(process.cwd(), file))).toEqual(failure);
  });
});

describe("withJsxHint", () => {
  it.each([
    ["React is not defined", true],
    ["Cannot find package 'react/jsx-dev-runtime' imported from /p/theme/SiteFooter.tsx", true],
    ["x is not a function", false],
  ])("%s → hint: %s", (message, hinted) => {
    expect(withJsxHint(message).includes("tsconfig.json")).toBe(hinted);
  });
});

describe("checkLabelTable", () => {
  it("keeps labels of the right kind, for a shipped language with nothing missing", () => {
    const checked = checkLabelTable({ latest: "Front page", previousPage: ["", "Back", " a page"] }, "en", "labels.ts");
    expect(checked.errors).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.table).toEqual({ latest: "Front page", previousPage: ["", "Back", " a page"] });
  });

  it.each([
    [[], "labels: expected a table of labels as the default export, such as `export default { latest: \"À la une\" }`, got a list"],
    [{ previousPage: ["Back"] }, 'label `previousPage`: expected a list of 3 texts, as in the English table (["","Previous"," page"])'],
    [{ searchNoScript: ["Use ", { link: "elsewhere", text: "x" }] }, 'label `searchNoScript`: expected a list of texts and links ({ "link": "topics" | "sources" | "archive", "text": "…" }), as in the English table'],
    [{ moreFrom: "More" }, "label `moreFrom`: expected a function of 1 value giving text, as in the English table, got text"],
  ])("refuses %j", (table, message) => {
    expect(checkLabelTable(table, "en", "labels.ts").errors).toEqual([message]);
  });

  it("warns of a name that is no label, with the nearest one", () => {
    expect(checkLabelTable({ relatedArticle: "See also" }, "en", "labels.ts").warnings).toEqual([
      "label `relatedArticle`: not a label of the interface; did you mean `relatedArticles`? It is not used",
    ]);
  });

  it("guards a label function: a throw or a result that is not text names the table and the label", () => {
    const { table } = checkLabelTable({ moreFrom: (source: string) => (source === "AP" ? undefined : `More: ${source}`) }, "en", FILE);
    expect(table?.moreFrom?.("Reuters")).toBe("More: Reuters");
    expect(() => table?.moreFrom?.("AP")).toThrow(ThemeRenderError);
    expect(themeErrorDiagnostic(catching(() => table?.moreFrom?.("AP")))?.message).toBe("label `moreFrom`: failed: expected text, got nothing");
  });
});

function catching(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
