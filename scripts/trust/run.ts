import path from "node:path";
import { parseArgs } from "node:util";
import { runCrashTest } from "./crash-test";

/**
 * npm run test:trust [-- --short] [--cycles N] [--seed S] [--port P]
 *
 * The crash test: kill -9 the running app at random moments while staff write through its API, and
 * prove that nothing acknowledged is lost. --short runs 3 cycles (what .ci/run does); the default is 20.
 * Prints its figures and exits 1 when any cycle fails. Port: --port, else TRUST_PORT, else 3190.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { short: { type: "boolean" }, cycles: { type: "string" }, seed: { type: "string" }, port: { type: "string" } },
  });
  const cycles = Number(values.cycles ?? (values.short ? 3 : 20));
  const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
  const port = Number(values.port ?? process.env.TRUST_PORT ?? 3190);
  if (!Number.isInteger(cycles) || cycles < 1 || !Number.isInteger(seed) || !Number.isInteger(port)) {
    throw new Error("Usage: npm run test:trust -- [--short] [--cycles N] [--seed S] [--port P]");
  }
  const workdir = path.resolve(process.env.TEST_TMP_DIR ?? path.join("tests", ".tmp"), `trust-${port}`);
  console.log(`Crash test: ${cycles} kill -9 cycles, seed ${seed} (repeat with --seed ${seed}).`);
  const figures = await runCrashTest({ cycles, seed, port, workdir, progress: (line) => console.log(line) });

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
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
