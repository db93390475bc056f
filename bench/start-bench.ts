import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "@/scripts/build-app";
import { buildIsCurrent } from "@/scripts/build-is-current";
import { BIN, ensureDatabase, loadAverage, machine, ROOT, runIfMain, sleep, writeResult } from "./lib/common";

/**
 * tsx bench/start-bench.ts [--size 100000] [--port 3391] [--runs 3]
 *
 * How long `npm start` takes to serve on a large collection written the way an import writes it
 * (the synthetic generator goes through the same batch write path, search documents included): a
 * copy of data/synthetic-<size>.db is started with `tsx scripts/start.ts`, as `npm start` does, and
 * timed from the spawn to the first 200 from /api/health and from the home page. A second case
 * deletes the copy's search documents first, so the start has to write them all (the worst case:
 * a database filled by something that skipped them). The build is made beforehand when it is not
 * current, and not timed. Writes bench/out/start.json.
 */

const round = (n: number) => Math.round(n * 10) / 10;
const COPY = path.join("data", "start-bench.db");

function copyDatabase(size: number): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(path.join(ROOT, COPY + suffix), { force: true });
  fs.copyFileSync(path.join(ROOT, "data", `synthetic-${size}.db`), path.join(ROOT, COPY));
}

async function firstOk(url: string, deadline: number): Promise<number | null> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now();
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  return null;
}

async function timeStart(port: number): Promise<{ healthSeconds: number | null; homeSeconds: number | null; log: string }> {
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${COPY}`,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    UPLOADS_DIR: path.join("bench", ".tmp", "start-uploads"),
    DEMO_ACCOUNTS: "off",
  };
  const started = performance.now();
  const child = spawn(BIN("tsx"), ["scripts/start.ts"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    const deadline = Date.now() + 10 * 60_000;
    const health = await firstOk(`http://127.0.0.1:${port}/api/health`, deadline);
    const home = await firstOk(`http://127.0.0.1:${port}/en`, deadline);
    const seconds = (at: number | null) => (at === null ? null : round((at - started) / 1000));
    return { healthSeconds: seconds(health), homeSeconds: seconds(home), log };
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

async function deleteSearchDocuments(): Promise<number> {
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(path.join(ROOT, COPY));
  try {
    return database.prepare('DELETE FROM "SearchDocument"').run().changes;
  } finally {
    database.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100000" },
      port: { type: "string", default: "3391" },
      runs: { type: "string", default: "3" },
    },
  });
  const size = Number(values.size);
  const port = Number(values.port);
  const runs = Number(values.runs);
  await ensureDatabase(size);
  if (!buildIsCurrent(ROOT)) {
    console.log("Building the app first (not timed)…");
    buildApp(ROOT);
  }
  const asImported = [];
  for (let i = 0; i < runs; i++) {
    copyDatabase(size);
    const { log, ...times } = await timeStart(port);
    if (times.homeSeconds === null) throw new Error(`npm start did not serve:\n${log.slice(-3000)}`);
    asImported.push(times);
    console.log(`as imported, run ${i + 1}: health ${times.healthSeconds} s, home page ${times.homeSeconds} s`);
  }
  copyDatabase(size);
  const deleted = await deleteSearchDocuments();
  const { log, ...withoutSearchDocuments } = await timeStart(port);
  const indexedLine = log.split("\n").find((line) => line.startsWith("Indexed "));
  console.log(`without search documents (${deleted} deleted): home page ${withoutSearchDocuments.homeSeconds} s; ${indexedLine ?? ""}`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(path.join(ROOT, COPY + suffix), { force: true });
  const result = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverage: loadAverage(),
    size,
    asImported,
    withoutSearchDocuments: { ...withoutSearchDocuments, deleted, indexedLine: indexedLine ?? null },
    goalSeconds: 10,
  };
  writeResult("start", result);
  const { writeResultsFile } = await import("./report");
  writeResultsFile();
  console.log(JSON.stringify(result, null, 2));
}

runIfMain("start-bench.ts", main);
