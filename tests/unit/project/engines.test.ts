// Project metadata: the Node versions package.json claims must be true for
// every locked dependency, and npm must refuse an install that breaks them.

import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;

interface LockedPackage {
  readonly version?: string;
  readonly engines?: Record<string, string> | readonly string[];
}

const claimed = (readJson("package.json").engines as { node: string }).node;
const locked = readJson("package-lock.json").packages as Record<string, LockedPackage>;

/** Locked packages whose `engines.node` does not cover every Node version the project claims. */
function packagesNotCovering(range: string, packages: Record<string, LockedPackage>): string[] {
  return Object.entries(packages).flatMap(([name, pkg]) => {
    const node = Array.isArray(pkg.engines) ? undefined : (pkg.engines as Record<string, string> | undefined)?.node;
    if (node === undefined || semver.subset(range, node)) return [];
    return [`${name.replace(/^node_modules\//, "")}@${pkg.version} needs node ${node}`];
  });
}

describe("the Node versions the project claims", () => {
  it("is a bounded range starting at a Node 20 release Debian stable ships", () => {
    expect(semver.validRange(claimed)).not.toBeNull();
    expect(semver.minVersion(claimed)?.major).toBe(20);
  });

  it("is covered by every locked dependency's engines.node", () => {
    expect(packagesNotCovering(claimed, locked)).toEqual([]);
  });

  it("finds the packages that need a newer Node (the check itself can fail)", () => {
    const packages = {
      "node_modules/new-only": { version: "2.0.0", engines: { node: ">=22.12.0" } },
      "node_modules/fine": { version: "1.0.0", engines: { node: "^20.19.0 || >=22.12.0" } },
      "node_modules/no-engines": { version: "1.0.0" },
    };
    expect(packagesNotCovering("^20.19.0 || >=22.12.0", packages)).toEqual(["new-only@2.0.0 needs node >=22.12.0"]);
    // An open-ended claim is not covered by a dependency that skips Node 21 and early 22 releases.
    expect(packagesNotCovering(">=20.19.0", packages)).toEqual([
      "new-only@2.0.0 needs node >=22.12.0",
      "fine@1.0.0 needs node ^20.19.0 || >=22.12.0",
    ]);
  });

  it("makes npm refuse an install on a Node it does not cover (engine-strict)", () => {
    const npmrc = readFileSync(path.join(ROOT, ".npmrc"), "utf8");
    expect(npmrc.split(/\r?\n/).map((line) => line.trim())).toContain("engine-strict=true");
  });

  it("deploys with a current LTS release of Node", () => {
    const workflow = readFileSync(path.join(ROOT, ".github/workflows/deploy.yml"), "utf8");
    expect(workflow).toMatch(/node-version:\s*lts\/\*/);
  });
});
