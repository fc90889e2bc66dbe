// Preview stage, the request path: how the path of a request maps onto a site
// folder, read the way a plain static host reads it. Runs of slashes count as
// one (as nginx's default `merge_slashes` does), and a redirect is built from
// the path as resolved, never copied from the request, so `//topics` cannot
// send a browser to a host named `topics`. Both the preview server and the dev
// server take request paths through here.

/** What a request path maps to, before the file system is asked. */
export type RequestTarget =
  | { readonly kind: "file"; readonly segments: readonly string[]; readonly trailingSlash: boolean }
  | { readonly kind: "redirect"; readonly location: string }
  | { readonly kind: "outside-prefix" }
  | { readonly kind: "bad-request" };

/** A request target split into its path (still percent-encoded) and its query (`?…`, or empty). */
export function splitRequestTarget(requestTarget: string): { readonly path: string; readonly search: string } {
  const queryAt = requestTarget.indexOf("?");
  return queryAt === -1
    ? { path: requestTarget, search: "" }
    : { path: requestTarget.slice(0, queryAt), search: requestTarget.slice(queryAt) };
}

/**
 * Maps the path of a request URL (still percent-encoded, no query) to decoded
 * path segments inside the site. Under a prefix, the bare root and the prefix
 * without its slash redirect to `${prefix}/`, as project pages hosts do.
 */
export function resolveRequestPath(urlPath: string, pathPrefix: string): RequestTarget {
  if (!urlPath.startsWith("/")) return { kind: "bad-request" };
  urlPath = urlPath.replace(/\/{2,}/g, "/");
  if (pathPrefix !== "") {
    if (urlPath === "/" || urlPath === pathPrefix) return { kind: "redirect", location: `${pathPrefix}/` };
    if (!urlPath.startsWith(`${pathPrefix}/`)) return { kind: "outside-prefix" };
    urlPath = urlPath.slice(pathPrefix.length);
  }
  const segments: string[] = [];
  for (const raw of urlPath.split("/").slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: "bad-request" };
    }
    // An encoded slash, a backslash, a NUL or a dot segment could reach outside the site folder.
    if (segment === "." || segment === ".." || /[/\\\0]/.test(segment)) return { kind: "bad-request" };
    segments.push(segment);
  }
  const trailingSlash = segments.at(-1) === "";
  return { kind: "file", segments: segments.filter((segment) => segment !== ""), trailingSlash };
}

/** The site path of `segments`, encoded: "/topics/%EB%B6%81%ED%95%9C", or "/" for none. */
export function encodePath(segments: readonly string[], trailingSlash: boolean): string {
  const joined = segments.map(encodeURIComponent).join("/");
  return joined === "" ? "/" : `/${joined}${trailingSlash ? "/" : ""}`;
}

/** Where a folder requested without its slash is found: always a path on this site, under its prefix. */
export function folderLocation(segments: readonly string[], pathPrefix: string): string {
  return `${pathPrefix}${encodePath(segments, true)}`;
}
