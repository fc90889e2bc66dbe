import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_IDS } from "../../../src/markdown/reserved-ids";
import * as searchNames from "../../../src/search/search-names";

const LAYOUTS = path.resolve(import.meta.dirname, "../../../layouts");

/** Every fixed id the layouts give an element: `id="…"` literals, and `id={NAME}` constants from search-names. */
function layoutIds(): string[] {
  const constants = searchNames as Record<string, unknown>;
  const ids: string[] = [];
  for (const name of readdirSync(LAYOUTS).filter((file) => file.endsWith(".tsx"))) {
    const source = readFileSync(path.join(LAYOUTS, name), "utf8");
    for (const match of source.matchAll(/\bid="([^"]+)"/g)) ids.push(match[1]!);
    for (const match of source.matchAll(/\bid=\{([A-Z_]+)\}/g)) ids.push(String(constants[match[1]!]));
    // VolumeChart names its title and description after its own id.
    if (name === "VolumeChart.tsx") ids.push("volume-title", "volume-description");
  }
  return ids;
}

describe("RESERVED_IDS", () => {
  it("holds every fixed id a layout uses, so a body's heading can never take one", () => {
    const ids = layoutIds();
    expect(ids).toContain("main");
    for (const id of ids) expect(RESERVED_IDS, `layouts use id "${id}"`).toContain(id);
  });
});
