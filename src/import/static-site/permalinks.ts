// Import stage, Jekyll and Hugo: an old post's address from its site's
// permalink pattern (`/:categories/:year/:month/:day/:title.html`,
// `/:section/:slug/`), so the old address can be kept as an alias and links
// to it pointed at the new article.

export type Expanded = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly unknown: readonly string[] };

/** Fills every `:name` of `pattern` from `values`; a name with no value makes the pattern unusable. */
export function expandPermalink(pattern: string, values: Readonly<Record<string, string>>): Expanded {
  const unknown: string[] = [];
  const path = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => {
    if (Object.hasOwn(values, name)) return values[name]!;
    unknown.push(whole);
    return whole;
  });
  if (unknown.length > 0) return { ok: false, unknown };
  const cleaned = `/${path}`.replace(/\/{2,}/g, "/");
  return { ok: true, path: cleaned };
}

/** Hugo's and Jekyll's way of making a name a URL segment: lowercase, runs of other characters one hyphen. */
export function urlize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
