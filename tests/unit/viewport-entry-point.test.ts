import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, ROOT, resolveImport, sourceFiles } from "./source-imports";

describe("the viewport engine's one entry point", () => {
  it("is the only file of lib/viewport imported from outside it", () => {
    const outside = sourceFiles("app", "bench", "components", "lib", "prisma", "scripts", "tests")
      .filter((file) => !file.startsWith("lib/viewport/"))
      // Only files that name it at all need parsing.
      .filter((file) => fs.readFileSync(path.join(ROOT, file), "utf8").includes("viewport"));
    const deep = outside.flatMap((file) =>
      importsOf(file)
        .map(({ specifier }) => resolveImport(file, specifier))
        .filter((target) => target?.startsWith("lib/viewport/") && target !== "lib/viewport/index.ts")
        .map((target) => `${file} → ${target}`),
    );
    expect(outside).toContain("app/api/v1/viewport/route.ts");
    expect(deep).toEqual([]);
  });
});
