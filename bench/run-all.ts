import { parseArgs } from "node:util";
import { BIN, ensureDatabase, parseSizes, run, writeResult } from "./lib/common";
import { ensureBuild } from "./lib/server";
import { writeResultsFile } from "./report";

/**
 * npm run bench  (tsx bench/run-all.ts [--sizes 1000,10000,100000] [--skip-db] [--skip-http] [--skip-browser] [--skip-pages] [--skip-export])
 *
 * Generates missing synthetic databases, builds the app once into .next-bench, then runs the six
 * parts one after another, each in its own process so one failing does not stop the others:
 * bench/viewport-bench.ts (in-process queries on SQLite, then on a throwaway PostgreSQL cluster), bench/import-bench.ts (a
 * 10,000-row CSV imported as the server does it), bench/http-bench.ts (API through next start, and the
 * load test at 100k), bench/browser-bench.ts (1k and 100k in Chromium), bench/pages-bench.ts (every staff and
 * public page at 1k and 100k) and bench/export-bench.ts (the open data exports and public list API at 100k). Writes bench/results.md.
 */

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      "skip-db": { type: "boolean", default: false },
      "skip-http": { type: "boolean", default: false },
      "skip-browser": { type: "boolean", default: false },
      "skip-pages": { type: "boolean", default: false },
      "skip-export": { type: "boolean", default: false },
    },
  });
  const sizes = parseSizes(values.sizes);
  const browserSizes = sizes.filter((s) => s === 1000 || s === 100_000);
  const started = Date.now();
  const notes: string[] = [];
  for (const size of sizes) await ensureDatabase(size);
  let build: string | null = null;
  try {
    const b = ensureBuild({ rebuild: true });
    build = `build: ${b.distDir} built in ${b.seconds.toFixed(0)} s`;
  } catch (error) {
    notes.push(`build failed: ${error instanceof Error ? error.message : String(error)}; HTTP and browser parts skipped`);
  }
  // [name, arguments, enabled, time limit in minutes]; the database part loads 100k entries into PostgreSQL too.
  const parts: [string, string[], boolean, number][] = [
    ["database", ["bench/viewport-bench.ts", "--sizes", sizes.join(",")], !values["skip-db"], 45],
    ["import", ["bench/import-bench.ts", "--rows", "10000"], !values["skip-db"], 15],
    ["HTTP", ["bench/http-bench.ts", "--no-build", "--sizes", sizes.join(",")], !values["skip-http"] && build !== null, 25],
    [
      "browser",
      ["bench/browser-bench.ts", "--no-build", "--sizes", (browserSizes.length ? browserSizes : sizes.slice(0, 1)).join(",")],
      !values["skip-browser"] && build !== null,
      25,
    ],
    [
      "pages",
      ["bench/pages-bench.ts", "--no-build", "--sizes", (browserSizes.length ? browserSizes : sizes.slice(0, 1)).join(",")],
      !values["skip-pages"] && build !== null,
      25,
    ],
    ["exports", ["bench/export-bench.ts", "--no-build"], !values["skip-export"] && build !== null && sizes.includes(100_000), 15],
  ];
  for (const [name, args, enabled, minutes] of parts) {
    if (!enabled) continue;
    const t0 = Date.now();
    console.log(`\n== ${name} (${args[0]})`);
    try {
      await run(BIN("tsx"), args, { timeoutMs: minutes * 60_000 });
      notes.push(`${name} part finished in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    } catch (error) {
      notes.push(
        `${name} part FAILED after ${((Date.now() - t0) / 1000).toFixed(0)} s: ${error instanceof Error ? error.message : String(error)} (its section shows the previous run, if any)`,
      );
    }
  }
  if (build) notes.unshift(build);
  notes.push(`npm run bench took ${((Date.now() - started) / 60_000).toFixed(1)} min in all`);
  writeResult("run-all", { generatedAt: new Date().toISOString(), notes });
  writeResultsFile();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
