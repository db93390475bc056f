import path from "node:path";
import { parseArgs } from "node:util";
import { type CrashFigures, runCrashTest } from "./crash-test";
import { type HostileInputFigures, runHostileInputTest } from "./fuzz/hostile-input-test";
import { SURFACES } from "./fuzz/surfaces";

const USAGE =
  "Usage: npm run test:trust -- [--short | --full] [--only crash|inputs] [--cycles N] [--runs N] [--servers N] [--concurrency N] [--surfaces 3,10] [--seed S] [--port P] [--replay SURFACE#INPUT]";

/**
 * npm run test:trust [-- --short | --full] [--only crash|inputs] [--cycles N] [--runs N] [--servers N] [--concurrency N]
 *                    [--seed S] [--port P] [--replay S#I]
 *
 * Two tests, each printing its figures; exits 1 when either fails.
 * - The crash test: kill -9 the running app at random moments while staff write (and import CSV
 *   files) through its API, and
 *   prove that nothing acknowledged is lost (--cycles; 3 with --short, else 20); then back up what
 *   the cycles left and restore it into a fresh place, which must be identical.
 * - The hostile-input test (scripts/trust/fuzz/): seeded random and hostile input at the date parser,
 *   every public API parameter, every admin API body, uploads, imports, the article analysis and
 *   sign-in (--runs per surface; 200
 *   with --short, 10,000 with --full, else 1,000): never a 5xx, a hang, a 4xx without a problem body
 *   or a partial write. --servers app instances share the surfaces and run at once (2 with --full,
 *   else 1; the app is built once before they start, and if one fails to start, those started are stopped),
 *   each sent --concurrency requests at a time (4); --surfaces 3,10 runs only those. --replay
 *   3#17 sends input 17 of surface 3 of that seed alone.
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
      servers: { type: "string" },
      concurrency: { type: "string" },
      surfaces: { type: "string" },
      seed: { type: "string" },
      port: { type: "string" },
      replay: { type: "string" },
    },
  });
  const cycles = Number(values.cycles ?? (values.short ? 3 : 20));
  const runs = Number(values.runs ?? (values.short ? 200 : values.full ? 10_000 : 1_000));
  const servers = Number(values.servers ?? (values.full ? 2 : 1));
  const concurrency = Number(values.concurrency ?? 4);
  const only = values.surfaces?.split(",").map(Number);
  const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
  const port = Number(values.port ?? process.env.TRUST_PORT ?? 3190);
  const part = values.replay ? "inputs" : values.only;
  const counts = [cycles, runs, servers, concurrency];
  if (
    ![...counts, seed, port].every(Number.isInteger) ||
    counts.some((n) => n < 1) ||
    (part && part !== "crash" && part !== "inputs") ||
    only?.some((n) => !Number.isInteger(n))
  ) {
    throw new Error(USAGE);
  }
  const tmp = process.env.TEST_TMP_DIR ?? path.join("tests", ".tmp");
  let passed = true;
  if (part !== "inputs") {
    console.log(`Crash test: ${cycles} kill -9 cycles, seed ${seed} (repeat with --seed ${seed}).`);
    const figures = await runCrashTest({
      cycles,
      seed,
      port,
      workdir: path.resolve(tmp, `trust-${port}`),
      // --short (CI) checks that an unfinished job can be resumed; the others also wait for it to be.
      resumeImports: !values.short,
      progress: (line) => console.log(line),
    });
    passed = printCrashFigures(figures) && passed;
  }
  if (part !== "crash") {
    console.log("");
    console.log(
      `Hostile-input test: ${runs} inputs per surface, seed ${seed} (repeat with --seed ${seed}), ${servers} app instance(s), ${concurrency} requests at a time each.`,
    );
    const figures = await runHostileInputTest({
      runs,
      seed,
      port,
      workdir: path.resolve(tmp, `trust-inputs-${port}`),
      servers,
      concurrency,
      only,
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
      `${byKind.articles} article creates, ${byKind.articleSaves} article saves, ${byKind.uploads} image uploads, ${byKind.imports} CSV imports)`,
  );
  const jobs = Object.entries(figures.importJobs).map(([state, count]) => `${count} ${state}`);
  console.log(`Import jobs after the last restart: ${jobs.length > 0 ? jobs.join(", ") : "none acknowledged"}`);
  if (figures.importsResumed) {
    console.log(
      `Import jobs the kills left unfinished, then resumed and ended: ${figures.importsResumed.finished} of ${figures.importsResumed.left}`,
    );
  }
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
  const { backup } = figures;
  if (backup) {
    console.log(
      `Backup → restore round trip identical: ${backup.identical ? "yes" : "NO"} (${backup.tables} tables, ${backup.rows} rows, ${backup.files} image files)`,
    );
  }
  for (const line of [
    ...figures.lost,
    ...figures.halfWritten,
    ...figures.orphanFiles.map((f) => `orphan file ${f}`),
    ...(backup?.differences ?? []),
  ])
    console.log(`  ${line}`);
  const resumed = !figures.importsResumed || figures.importsResumed.finished === figures.importsResumed.left;
  const whole = figures.lost.length === 0 && figures.halfWritten.length === 0;
  const passed = figures.cyclesPassed === figures.cycles && resumed && whole && backup?.identical !== false;
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
  for (const surface of surfaces) {
    const number = SURFACES.findIndex((known) => known.name === surface.name) + 1;
    console.log(
      `  ${number}. ${surface.name}: ${surface.tried} tried, ${surface.serverErrors} 5xx, ${surface.hangs} hangs, ` +
        `${surface.unclean} 4xx without a problem body (${Object.entries(surface.byStatus)
          .map(([group, count]) => `${count} × ${group}`)
          .join(", ")}; ${surface.refusedBeforeTheApp} refused by the HTTP server before the app)`,
    );
    for (const [finding, count] of Object.entries(surface.known)) console.log(`    known, reported, not counted: ${count} × ${finding}`);
    for (const line of surface.failures)
      console.log(`    ${line}  [replay: --seed ${seed} --replay ${number}${line.slice(0, line.indexOf(":"))}]`);
  }
  const { headers } = figures;
  if (headers) {
    console.log(
      `  security headers: ${headers.routes} routes, ${headers.requests} answers (visitor and staff), ${headers.failures.length} without the headers they must carry`,
    );
    for (const line of headers.failures.slice(0, 20)) console.log(`    ${line}`);
  }
  console.log(`  database integrity: ${integrity.integrity}; records not whole: ${integrity.partial.length}`);
  for (const line of [...integrity.partial.slice(0, 20), ...figures.countMismatches]) console.log(`    ${line}`);
  const failed =
    dates.broken +
    dates.slow +
    surfaces.reduce((sum, s) => sum + s.serverErrors + s.hangs + s.unclean, 0) +
    integrity.partial.length +
    figures.countMismatches.length +
    (headers?.failures.length ?? 0);
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
