// Import stage, WordPress: the files a post refers to under
// `/wp-content/uploads/`, found in a local copy of that folder (`--uploads`),
// so they can go beside the article. A resized copy WordPress made
// (`crane-300x200.jpg`) that is missing is stood in for by its original.

import { existsSync, statSync } from "node:fs";
import path from "node:path";

const UPLOADS = "/wp-content/uploads/";
/** `-300x200` or `-scaled` before the extension: a copy WordPress made of an uploaded image. */
const RESIZED = /-(?:\d+x\d+|scaled)(?=\.[^.]+$)/i;

export interface UploadFile {
  /** The path under the uploads folder, e.g. `2023/05/crane-300x200.jpg`. */
  readonly relative: string;
  /** The file in the local uploads folder; undefined when there is no folder or it lacks the file. */
  readonly file?: string;
}

export class Uploads {
  /** `dir`: the local copy of wp-content/uploads, if the user gave one. */
  constructor(readonly dir: string | undefined) {}

  /** The upload an address points at, or undefined when it points elsewhere. */
  find(address: string): UploadFile | undefined {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(address, "http://old.invalid").pathname);
    } catch {
      return undefined;
    }
    const at = pathname.indexOf(UPLOADS);
    if (at === -1) return undefined;
    const relative = pathname.slice(at + UPLOADS.length);
    if (this.dir === undefined) return { relative };
    const file = [relative, relative.replace(RESIZED, "")].map((candidate) => this.inside(candidate)).find((candidate) => candidate !== undefined);
    return file === undefined ? { relative } : { relative, file };
  }

  /** The file for `relative`, only when it exists inside the folder: `../` cannot climb out of it. */
  private inside(relative: string): string | undefined {
    const root = path.resolve(this.dir!);
    const file = path.resolve(root, relative);
    if (!file.startsWith(`${root}${path.sep}`)) return undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
}
