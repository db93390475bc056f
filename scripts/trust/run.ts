import path from "node:path";
import { parseArgs } from "node:util";
import { type CrashFigures, runCrashTest } from "./crash-test";
import { type HostileInputFigures, runHostileInputTest } from "./fuzz/hostile-input-test";

const USAGE =
  "Usage: npm run test:trust -- [--short | --full] [--only crash|inputs] [--cycles N] [--runs N] [--seed S] [--port P] [--replay SURFACE#INPUT]";

/**
 * npm run test:trust [-- --short | --full] [--only crash|inputs] [--cycles N] [--runs N] [--seed S] [--port P] [--replay S#I]
 *
 * Two tests, each printing its figures; exits 1 when either fails.
 * - The crash test: kill -9 the running app at random moments while staff write through its API, and
 *   prove that nothing acknowledged is lost (--cycles; 3 with --short, else 20).
 * - The hostile-input test (scripts/trust/fuzz/): seeded random and hostile input at the date parser,
 *   every public API parameter, every admin API body, uploads and sign-in (--runs per surface; 200
 *   with --short, 10,000 with --full, else 1,000): never a 5xx, a hang, a 4xx without a problem body
 *   or a partial write. --replay 3#17 sends input 17 of surface 3 of that seed alone.
 * --short is what .ci/run does. Port: --port, else TRUST_PORT, else 3190.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      short: { type: "boolean" },
      full: { type: "boolean" },
      only: { type: "string" },
      cycles: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      port: { type: "string" },
      replay: { type: "string" },
    },
  });
  const cycles = Number(values.cycles ?? (values.short ? 3 : 20));
  const runs = Number(values.runs ?? (values.short ? 200 : values.full ? 10_000 : 1_000));
  const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
  const port = Number(values.port ?? process.env.TRUST_PORT ?? 3190);
  const only = values.replay ? "inputs" : values.only;
  if (![cycles, runs, seed, port].every(Number.isInteger) || cycles < 1 || runs < 1 || (only && only !== "crash" && only !== "inputs")) {
    throw new Error(USAGE);
  }
  const tmp = process.env.TEST_TMP_DIR ?? path.join("tests", ".tmp");
  let passed = true;
  if (only !== "inputs") {
    console.log(`Crash test: ${cycles} kill -9 cycles, seed ${seed} (repeat with --seed ${seed}).`);
    const figures = await runCrashTest({
      cycles,
      seed,
      port,
      workdir: path.resolve(tmp, `trust-${port}`),
      progress: (line) => console.log(line),
    });
    passed = printCrashFigures(figures) && passed;
  }
  if (only !== "crash") {
    console.log("");
    console.log(`Hostile-input test: ${runs} inputs per surface, seed ${seed} (repeat with --seed ${seed}).`);
    const figures = await runHostileInputTest({
      runs,
      seed,
      port,
      workdir: path.resolve(tmp, `trust-inputs-${port}`),
      replay: values.replay,
      progress: (line) => console.log(line),
    });
    if (!values.replay) passed = printHostileInputFigures(figures) && passed;
  }
  return passed ? 0 : 1;
}

function printCrashFigures(figures: CrashFigures): boolean {
  const { byKind, stats } = figures;
  const refused = Object.entries(stats.refused).map(([status, count]) => `${count} × ${status}`);
  console.log("");
  console.log(`Crash-restart cycles passed: ${figures.cyclesPassed} of ${figures.cycles} (${figures.seconds} s)`);
  console.log(
    `Writes acknowledged: ${figures.acknowledged} (${byKind.entries} entry creates, ${byKind.entrySaves} entry saves, ` +
      `${byKind.articles} article creates, ${byKind.articleSaves} article saves, ${byKind.uploads} image uploads)`,
  );
  console.log(`Writes lost: ${figures.lost.length}`);
  console.log(`Half-written records: ${figures.halfWritten.length}; integrity check failures: ${figures.integrityFailures}`);
  console.log(`Orphan upload files after restart: ${figures.orphanFiles.length} (the start-up sweeps quarantined ${figures.quarantined})`);
  console.log(`Requests cut off by a kill: ${stats.interrupted}; refused: ${refused.length > 0 ? refused.join(", ") : "none"}`);
  console.log(`Staff session kept across every restart: ${figures.sessionLost ? "NO" : "yes"}`);
  console.log(`Cycles where writes did not resume after another process's lock: ${figures.wedged}`);
  if (figures.withoutAudit.length > 0) {
    console.log(
      `Committed without an audit line (entries and articles write it after their commit; issue 13 finding 7): ${figures.withoutAudit.length}: ${figures.withoutAudit.join(", ")}`,
    );
  }
  for (const line of [...figures.lost, ...figures.halfWritten, ...figures.orphanFiles.map((f) => `orphan file ${f}`)])
    console.log(`  ${line}`);
  const passed = figures.cyclesPassed === figures.cycles;
  if (!passed) console.log(`Kept for inspection: ${figures.workdir} (server.log has the server's output).`);
  return passed;
}

function printHostileInputFigures(figures: HostileInputFigures): boolean {
  const { dates, surfaces, integrity, seed } = figures;
  console.log("");
  console.log(`Hostile inputs (seed ${seed}, ${figures.seconds} s):`);
  console.log(
    `  date parser (in process): ${dates.tried} tried, ${dates.broken} broken, ${dates.slow} slow (slowest ${Math.round(dates.slowestMs)} ms); ` +
      `${dates.accepted} read as dates, ${dates.refused} refused`,
  );
  for (const line of dates.failures) console.log(`    ${line}`);
  for (const [number, surface] of surfaces.entries()) {
    console.log(
      `  ${number + 1}. ${surface.name}: ${surface.tried} tried, ${surface.serverErrors} 5xx, ${surface.hangs} hangs, ` +
        `${surface.unclean} 4xx without a problem body (${Object.entries(surface.byStatus)
          .map(([group, count]) => `${count} × ${group}`)
          .join(", ")}; ${surface.refusedBeforeTheApp} refused by the HTTP server before the app)`,
    );
    for (const [finding, count] of Object.entries(surface.known)) console.log(`    known, reported, not counted: ${count} × ${finding}`);
    for (const line of surface.failures)
      console.log(`    ${line}  [replay: --seed ${seed} --replay ${number + 1}${line.slice(0, line.indexOf(":"))}]`);
  }
  console.log(`  database integrity: ${integrity.integrity}; records not whole: ${integrity.partial.length}`);
  for (const line of [...integrity.partial.slice(0, 20), ...figures.countMismatches]) console.log(`    ${line}`);
  const failed =
    dates.broken +
    dates.slow +
    surfaces.reduce((sum, s) => sum + s.serverErrors + s.hangs + s.unclean, 0) +
    integrity.partial.length +
    figures.countMismatches.length;
  const passed = failed === 0 && integrity.integrity === "ok";
  if (!passed) console.log(`Kept for inspection: ${figures.workdir} (server.log has the server's output).`);
  return passed;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
