// Model stage, before the model is built: makes every local reference of every
// article body work where the article is published. Runs over the rendered,
// sanitized HTML (so the render cache never depends on other articles): a
// link to another article's file or to one of its old addresses becomes that
// article's URL, a file of the content folder is published below the
// article's address, an image is given resized copies and a `<picture>`, and
// every rewritten URL carries the path prefix. What leads nowhere is a problem
// with its line (see reference-problems.ts).

import type { SiteConfig } from "../config/site-config";
import type { DiscoveredFile } from "../content/discover";
import type { RenderedArticle } from "../content/types";
import { IMAGE_EXTENSIONS, IMAGE_SETTINGS_DIGEST, plannedVariants } from "../images/image-settings";
import type { ImageCache, ImageInfo } from "../images/image-cache";
import { pictureHtml, plainImageHtml } from "../images/picture-markup";
import { readImageInfo } from "../images/read-image-info";
import type { SitePage } from "../pages/types";
import { outputFileOf } from "../pages/page-url";
import { href } from "../render/links";
import { articlePath, articleSlug } from "./article-paths";
import { bundleFiles, copiedFile, referencedFileOutput, type BundleFile, type FileOwner } from "./article-files";
import { applyEdits, escapeHtml, srcsetCandidates, tagAttributes, urlAttributes, type HtmlEdit, type UrlAttribute } from "./html-references";
import { folderOf, pathKey, resolveReference, type Referrer, type TargetIndex } from "./link-targets";
import { lineFinder, type PendingReference, type ReferenceProblem } from "./reference-problems";
import type { PublishedFile } from "./types";

export interface LinkOptions {
  readonly site: SiteConfig;
  /** Files of the content folder that are no article, by content-relative path. */
  readonly files: ReadonlyMap<string, DiscoveredFile>;
  /** Article files that gave no article (a draft left out): their bundle files are not published, nor reported. */
  readonly withoutArticle?: readonly string[];
  /** The content folder as shown in messages ("content"). */
  readonly contentDisplay: string;
  /** Output paths of the static folder's files ("/images/a.png"). */
  readonly staticFiles: readonly string[];
  readonly sitePages: readonly SitePage[];
  /** Gives images resized copies when present (a build); without it they are only published (a check). */
  readonly images?: ImageCache;
}

export interface LinkedArticles {
  /** The articles, bodies rewritten. */
  readonly articles: RenderedArticle[];
  readonly files: PublishedFile[];
  /** Paths of the site only the model can tell about. */
  readonly pending: PendingReference[];
  readonly problems: ReferenceProblem[];
  /** Content files no article publishes, content-relative. */
  readonly unpublished: string[];
}

interface Context {
  readonly options: LinkOptions;
  readonly index: TargetIndex;
  readonly bundles: ReadonlyMap<string, BundleFile>;
  /** Published files by output path. */
  readonly published: Map<string, PublishedFile>;
  /** Content files referenced from outside their bundle. */
  readonly referenced: Set<string>;
  readonly pending: PendingReference[];
  readonly problems: ReferenceProblem[];
}

export function linkArticles(articles: readonly RenderedArticle[], options: LinkOptions): LinkedArticles {
  const { site } = options;
  const owners: FileOwner[] = articles.map((article) => ({
    relativePath: article.relativePath,
    displayPath: article.displayPath,
    path: articlePath(article.date.setZone(site.timezone), articleSlug(article), site.timezone),
  }));
  const bundles = bundleFiles(owners, options.files.keys());
  const context: Context = { options, index: targetIndex(articles, owners, bundles, options), bundles, published: new Map(), referenced: new Set(), pending: [], problems: [] };
  for (const [relativePath, bundle] of bundles) publish(context, bundle.owner, bundle.outputPath, options.files.get(relativePath)!);

  const linked = articles.map((article, i) => {
    const bodyHtml = linkBody(context, article, owners[i]!);
    return bodyHtml === article.bodyHtml ? article : { ...article, bodyHtml };
  });
  const unbuilt = [...bundleFiles(
    (options.withoutArticle ?? []).map((relativePath) => ({ relativePath, displayPath: relativePath, path: "/" })),
    options.files.keys(),
  ).keys()];
  const skipped = new Set(unbuilt);
  const unpublished = [...options.files.keys()].filter((file) => !bundles.has(file) && !context.referenced.has(file) && !skipped.has(file));
  return { articles: linked, files: [...context.published.values()], pending: context.pending, problems: context.problems, unpublished };
}

function targetIndex(articles: readonly RenderedArticle[], owners: readonly FileOwner[], bundles: ReadonlyMap<string, BundleFile>, options: LinkOptions): TargetIndex {
  const aliases = new Map<string, string>();
  articles.forEach((article, i) => {
    for (const alias of article.aliases ?? []) if (alias.query === undefined && !aliases.has(pathKey(alias.path))) aliases.set(pathKey(alias.path), owners[i]!.path);
  });
  const known = new Set<string>([
    ...owners.map((owner) => pathKey(owner.path)),
    ...options.staticFiles.map(pathKey),
    ...options.sitePages.flatMap((page) => (page.url === undefined ? [] : [pathKey(outputFileOf(page.url))])),
    ...[...bundles.values()].map((bundle) => pathKey(bundle.outputPath)),
  ]);
  return {
    articleFiles: new Map(owners.map((owner) => [owner.relativePath, owner.path])),
    aliases,
    known,
    contentFiles: options.files,
    pathPrefix: options.site.pathPrefix,
  };
}

function linkBody(context: Context, article: RenderedArticle, owner: FileOwner): string {
  const attributes = urlAttributes(article.bodyHtml);
  if (attributes.length === 0) return article.bodyHtml;
  const html = article.bodyHtml;
  const referrer: Referrer = { relativePath: owner.relativePath, path: owner.path, aliases: (article.aliases ?? []).map((alias) => alias.path) };
  const lineOf = lineFinder(article.body, article.bodyLine);
  const edits: HtmlEdit[] = [];
  const rewrite = (attribute: UrlAttribute, value: string) => {
    if (value !== attribute.value) edits.push({ start: attribute.valueStart, end: attribute.valueEnd, text: escapeHtml(value) });
  };
  for (const attribute of attributes) {
    const media = attribute.tag !== "a";
    const local = (url: string) => localUrl(context, referrer, owner, url, media, lineOf);
    if (attribute.name === "srcset") {
      rewrite(attribute, srcsetCandidates(attribute.value).map(({ url, descriptor }) => `${local(url) ?? url}${descriptor}`).join(", "));
      continue;
    }
    const resolved = local(attribute.value);
    if (resolved === undefined) continue;
    const picture = attribute.tag === "img" && attribute.name === "src" ? imageEdit(context, html, attribute, owner, resolved, lineOf) : undefined;
    if (picture !== undefined) edits.push(picture);
    else rewrite(attribute, resolved);
  }
  return applyEdits(html, edits);
}

/** The URL `url` should be written as, or undefined when it is not local or leads nowhere (a problem is recorded). */
function localUrl(context: Context, referrer: Referrer, owner: FileOwner, url: string, media: boolean, lineOf: (url: string) => number): string | undefined {
  const resolution = resolveReference(url, referrer, context.index, media);
  if (resolution === undefined) return undefined;
  const { target, suffix } = resolution;
  const { site, contentDisplay } = context.options;
  switch (target.kind) {
    case "page":
      return href(site, target.path) + suffix;
    case "file":
      return href(site, fileOutput(context, owner, target.relativePath)) + suffix;
    case "unknown":
      context.pending.push({ file: owner.displayPath, line: () => lineOf(url), written: url, path: target.path, media });
      return href(site, target.path) + suffix;
    case "missing": {
      const expected = target.relativePath === undefined ? "" : ` (expected ${contentDisplay}/${target.relativePath})`;
      const isArticle = /\.md$/i.test(target.relativePath ?? "");
      context.problems.push(
        isArticle
          ? { file: owner.displayPath, line: lineOf(url), kind: "dead link", message: `\`${url}\` is no article of the content folder${expected}; correct the link` }
          : { file: owner.displayPath, line: lineOf(url), kind: "missing file", message: `\`${url}\` is not in the content folder${expected}; add the file there or correct the reference` },
      );
      return undefined;
    }
  }
}

/** The output path of a content file for `owner`: its bundle's, or below `owner`'s address. */
function fileOutput(context: Context, owner: FileOwner, relativePath: string): string {
  const bundle = context.bundles.get(relativePath);
  if (bundle !== undefined) return bundle.outputPath;
  context.referenced.add(relativePath);
  const outputPath = referencedFileOutput(owner, relativePath);
  publish(context, owner, outputPath, context.options.files.get(relativePath)!);
  return outputPath;
}

/** Adds a copied file, unless another file or the article's page already has its place. */
function publish(context: Context, owner: FileOwner, outputPath: string, file: DiscoveredFile): void {
  const taken = context.published.get(outputPath);
  if (taken?.source === file.realPath) return;
  const shown = `${context.options.contentDisplay}/${file.relativePath}`;
  if (taken !== undefined || outputPath === `${owner.path}index.html`) {
    const other = taken === undefined ? "the article's own page" : `a file published from ${taken.source}`;
    context.problems.push({ file: owner.displayPath, kind: "file not published", message: `${shown} would be published at ${outputPath}, which ${other} takes; rename the file` });
    return;
  }
  context.published.set(outputPath, copiedFile(outputPath, file, owner));
}

/**
 * The `<img>` at `attribute` as a `<picture>` with resized copies (a `<figure>` when it stood alone
 * in its paragraph with a title), or with its size added when it is not resized; undefined when
 * it is no image of the content folder, or images are not being resized.
 */
function imageEdit(context: Context, html: string, attribute: UrlAttribute, owner: FileOwner, src: string, lineOf: (url: string) => number): HtmlEdit | undefined {
  const images = context.options.images;
  const resolution = resolveReference(attribute.value, { relativePath: owner.relativePath, path: owner.path, aliases: [] }, context.index, true);
  if (images === undefined || resolution?.target.kind !== "file") return undefined;
  const relativePath = resolution.target.relativePath;
  const extension = relativePath.slice(relativePath.lastIndexOf(".") + 1);
  const attributes = tagAttributes(html, attribute.tagStart, attribute.tagEnd);
  if (!IMAGE_EXTENSIONS.has(extension.toLowerCase()) || attributes.has("srcset") || insidePicture(html, attribute.tagStart)) return undefined;
  const file = context.options.files.get(relativePath)!;
  let info: ImageInfo;
  try {
    info = images.info(file.realPath, () => readImageInfo(file.realPath));
  } catch (error) {
    const why = (error as Error).message;
    context.problems.push({ file: owner.displayPath, line: lineOf(attribute.value), kind: "image not resized", message: `${context.options.contentDisplay}/${relativePath} cannot be read as an image (${why}); it is published as it is` });
    return undefined;
  }
  attributes.set("src", src);
  const variants = plannedVariants(info.type, info.width, info.height, extension);
  if (variants.length === 0) return { start: attribute.tagStart, end: attribute.tagEnd, text: plainImageHtml(attributes, info) };

  const original = fileOutput(context, owner, relativePath);
  const stem = original.slice(folderOf(original).length).replace(/\.[^.]*$/, "");
  const stamp = images.stamp(file.realPath);
  const files = variants.map((variant) => {
    const outputPath = `${folderOf(original)}${stem}-${variant.width}w.${variant.extension}`;
    const fingerprint = `image|${IMAGE_SETTINGS_DIGEST}|${stamp.size}|${stamp.mtimeMs}|${file.realPath}|${variant.width}|${variant.format}`;
    if (!context.published.has(outputPath)) {
      context.published.set(outputPath, { outputPath, source: file.realPath, variant: { width: variant.width, format: variant.format }, fingerprint, owner: owner.displayPath });
    }
    return { ...variant, href: href(context.options.site, outputPath) };
  });
  const title = attributes.get("title");
  const alone = html.endsWith("<p>", attribute.tagStart) && html.startsWith("</p>", attribute.tagEnd);
  const figure = alone && title !== undefined && title.trim() !== "";
  const markup = pictureHtml({
    src,
    alt: attributes.get("alt") ?? "",
    title,
    width: info.width,
    height: info.height,
    webp: files.filter((variant) => variant.format === "webp"),
    own: files.filter((variant) => variant.format !== "webp"),
    figure,
  });
  return figure ? { start: attribute.tagStart - "<p>".length, end: attribute.tagEnd + "</p>".length, text: markup } : { start: attribute.tagStart, end: attribute.tagEnd, text: markup };
}

/** Whether the tag at `at` is inside a `<picture>` written in the body, which has its own sources. */
function insidePicture(html: string, at: number): boolean {
  const open = html.lastIndexOf("<picture", at);
  return open !== -1 && html.lastIndexOf("</picture>", at) < open;
}
