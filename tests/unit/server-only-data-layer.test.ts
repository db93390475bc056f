import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { directiveOf, importsOf, ROOT, resolveImport, sourceFiles } from "./source-imports";

/** The data layer: the database client, the reads and writes, the viewport engine. */
const isDataLayer = (file: string) => file === "lib/db.ts" || file.startsWith("lib/data/") || file.startsWith("lib/viewport/");

const isClientModule = (file: string) => directiveOf(file) === "use client";

/**
 * Every project file a client module brings into the browser bundle (its value imports, followed),
 * with the chain of imports that reaches each, client module first. A server action module ("use
 * server") is a reference to the server there: what it imports stays on the server.
 */
function browserClosure(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (directiveOf(file) === "use server") continue;
    for (const { specifier, value } of importsOf(file)) {
      const target = value ? resolveImport(file, specifier) : null;
      if (target === null || reached.has(target)) continue;
      reached.set(target, [...reached.get(file)!, target]);
      queue.push(target);
    }
  }
  return reached;
}

describe("the data layer stays out of the browser", () => {
  const clientModules = sourceFiles("app", "components", "lib").filter(isClientModule);

  it("finds the client modules it checks", () => {
    expect(clientModules).toContain("components/explorer/explorer.tsx");
    expect(clientModules.length).toBeGreaterThan(20);
  });

  it("has no client module that imports the database, lib/data or the viewport engine, directly or through other files", () => {
    const leaks = clientModules.flatMap((entry) =>
      [...browserClosure(entry)].filter(([file]) => isDataLayer(file)).map(([, chain]) => chain.join(" → ")),
    );
    expect(leaks).toEqual([]);
  });

  it("sees a value import of the engine from a client module as one, and a type import as none", () => {
    const probes = {
      value:
        '"use client";\nimport type { ViewportResult } from "@/lib/viewport";\nimport { type MapCluster, queryViewport } from "@/lib/viewport";\n',
      types: '"use client";\nimport { type MapCluster, type ViewportResult } from "@/lib/viewport";\n',
    };
    const file = (name: string) => `tests/.tmp/server-only-probe-${name}.tsx`;
    fs.mkdirSync(path.join(ROOT, "tests/.tmp"), { recursive: true });
    for (const [name, text] of Object.entries(probes)) fs.writeFileSync(path.join(ROOT, file(name)), text);
    try {
      expect(isClientModule(file("value"))).toBe(true);
      expect([...browserClosure(file("value")).keys()]).toContain("lib/db.ts");
      expect([...browserClosure(file("types")).keys()]).toEqual([file("types")]);
    } finally {
      for (const name of Object.keys(probes)) fs.rmSync(path.join(ROOT, file(name)), { force: true });
    }
  });

  // Next.js refuses to build a client module that reaches `import "server-only"`; tsconfig.json and
  // vitest.config.ts point the marker at its empty module for scripts and tests, which run as servers.
  it.each(["lib/db.ts", "lib/viewport/index.ts"])("marks %s server-only, so the build refuses it in a client bundle", (file) => {
    expect(importsOf(file)[0]).toEqual({ specifier: "server-only", value: true });
  });
});
