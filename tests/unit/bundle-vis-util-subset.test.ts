import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as visUtil from "vis-util/esnext/esm/vis-util.mjs";
import { describe, expect, it } from "vitest";
import * as subset from "@/app/_shims/vis-util-for-timeline";

/**
 * next.config.js gives vis-timeline and vis-data app/_shims/vis-util-for-timeline.ts in place of
 * vis-util. A name they use and the subset lacks would be undefined in the browser, so this reads
 * the installed packages and checks every use is there, and is vis-util's own.
 */

const require = createRequire(__filename);
const VIS_UTIL_SPECIFIER = "vis-util/esnext/esm/vis-util.js";
/** Helpers vis-timeline adds to the vis-util namespace itself (its `availableUtils`). */
const VIS_TIMELINE_OWN = new Set(["convert", "setupXSSProtection", "xss"]);

function source(pkg: string, file: string): string {
  return fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file), "utf8");
}

const timeline = source("vis-timeline", "esnext/esm/vis-timeline-graph2d.mjs");
const data = source("vis-data", "esnext/esm/vis-data.mjs");

/** Names taken from vis-util by `import { a, b as c }` or `export { a }` statements. */
function namedImports(code: string): string[] {
  const statements = code.matchAll(/(?:import|export)\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g);
  return [...statements]
    .filter((m) => m[2] === VIS_UTIL_SPECIFIER)
    .flatMap((m) =>
      m[1]!
        .split(",")
        .map((part) => part.trim().split(/\s+as\s+/)[0]!)
        .filter(Boolean),
    );
}

describe("the vis-util subset vis-timeline is built with", () => {
  it("next.config.js aliases vis-util, as the packages import it, to the subset", () => {
    const config = require("../../next.config.js") as { turbopack?: { resolveAlias?: Record<string, string> } };
    expect(config.turbopack?.resolveAlias?.[VIS_UTIL_SPECIFIER]).toBe("./app/_shims/vis-util-for-timeline.ts");
  });

  it("vis-timeline reaches vis-util's namespace only through its helpers object", () => {
    const namespaceImports = [...timeline.matchAll(/import \* as (\w+) from ['"]([^'"]+)['"]/g)].filter((m) => m[2] === VIS_UTIL_SPECIFIER);
    expect(namespaceImports.map((m) => m[1])).toEqual(["util"]);
    // The namespace is spread into `availableUtils` and used nowhere else (no util[name], no passing it on):
    // `util` as an identifier appears in its import and in the spread only (not counting comments,
    // `.util` properties and `util:` keys, which are vis-timeline's own).
    const code = timeline
      .split("\n")
      .filter((line) => !/^\s*(\*|\/\/)/.test(line))
      .join("\n")
      .replaceAll("...", "");
    expect([...code.matchAll(/(?<![.\w'"/-])util\b(?!\s*:)/g)].length).toBe(2);
    expect(timeline).toMatch(/const availableUtils = \{\s*\.\.\.util,/);
    expect(timeline).not.toMatch(/availableUtils\[/);
  });

  it("exports every vis-util name vis-timeline and vis-data use, as vis-util's own values", () => {
    const viaHelpers = [...timeline.matchAll(/availableUtils\.(\w+)/g)].map((m) => m[1]!).filter((name) => !VIS_TIMELINE_OWN.has(name));
    const used = [...new Set([...viaHelpers, ...namedImports(timeline), ...namedImports(data)])].sort();
    expect(used.length).toBeGreaterThan(30);
    const utilExports = visUtil as unknown as Record<string, unknown>;
    const subsetExports = subset as unknown as Record<string, unknown>;
    for (const name of used) {
      expect(utilExports[name], `vis-util exports ${name}`).toBeDefined();
      expect(subsetExports[name], `the subset exports ${name}`).toBe(utilExports[name]);
    }
  });

  it("leaves out vis-util's own colour picker, configurator and validator", () => {
    expect(Object.keys(subset)).not.toEqual(expect.arrayContaining(["ColorPicker"]));
    expect(Object.keys(subset)).not.toEqual(expect.arrayContaining(["Configurator"]));
    expect(Object.keys(subset)).not.toEqual(expect.arrayContaining(["Validator"]));
  });
});
