import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serverProcessEnv } from "../../scripts/server-process-env";

/** Shared helpers for the benchmark scripts: stats, formatting, the machine description, child processes. */

export const ROOT = process.cwd();
export const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
export const OUT_DIR = path.join(ROOT, "bench", "out");
export const DEFAULT_SIZES = [1000, 10_000, 100_000];

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  mean: number;
  n?: number;
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1),
    n: sorted.length,
  };
}

export function median(values: number[]): number {
  return stats(values).p50;
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : n < 1000 ? 1 : 0)} ms`;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export const loadAverage = () => os.loadavg().map((n) => Number(n.toFixed(2)));

export function parseSizes(value: string | undefined, fallback = DEFAULT_SIZES): number[] {
  if (!value) return fallback;
  const sizes = value.split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be positive integers: ${value}`);
  return sizes;
}

export const databaseUrlFor = (size: number) => `file:./data/synthetic-${size}.db`;

/** Runs a command to completion (bounded by `timeoutMs`); resolves with stdout when `capture`. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; capture?: boolean; timeoutMs?: number } = {},
): Promise<string> {
  const { env = process.env, capture = false, timeoutMs = 20 * 60_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`${command} ${args.join(" ")} timed out after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
    });
  });
}

/**
 * Makes data/synthetic-<n>.db with the project's generator when it is missing; an existing one is
 * brought up to the current migrations, since the app's pages read tables added after it was made.
 */
export async function ensureDatabase(size: number): Promise<void> {
  if (fs.existsSync(path.join(ROOT, "data", `synthetic-${size}.db`))) {
    const url = databaseUrlFor(size);
    await run(BIN("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, timeoutMs: 5 * 60_000 });
    return;
  }
  console.log(`Generating ${size} entries…`);
  const url = databaseUrlFor(size);
  await run(BIN("tsx"), ["scripts/generate-synthetic-data.ts", "--count", String(size), "--database", url], {
    env: { ...process.env, DATABASE_URL: url },
    timeoutMs: 30 * 60_000,
  });
}

/** Each part stores its figures as JSON in bench/out/; bench/report.ts renders them into bench/results.md. */
export function writeResult(name: string, data: unknown): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

export function readResult<T>(name: string): T | null {
  const file = path.join(OUT_DIR, `${name}.json`);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/** The last line starting with `RESULT ` in a child's output, parsed. */
export function childResult<T>(out: string, what: string): T {
  const line = out
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`No result from ${what}:\n${out.slice(-2000)}`);
  return JSON.parse(line.slice("RESULT ".length)) as T;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a bench part's `main` when its file is the one tsx was started with (each part also runs alone),
 * exiting 1 with the error when it fails so run-all and CI see it.
 */
export function runIfMain(file: string, main: () => Promise<void>, options: { asServerProcess?: boolean } = {}): void {
  if (!process.argv[1]?.endsWith(file)) return;
  if (options.asServerProcess && process.env.MALLOC_ARENA_MAX === undefined) {
    runAgainAsServerProcess();
    return;
  }
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Runs this bench again in a process started as `npm start` starts the server's (scripts/server-process-env.ts):
 * a bench that measures the memory of work the server does in its own process must run under the same
 * settings, which take effect only when a process starts.
 */
function runAgainAsServerProcess(): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env: serverProcessEnv(), stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Where the bench's own PostgreSQL cluster is recorded: never the test cluster's state file. */
const BENCH_PG_STATE = path.join(ROOT, "bench", ".tmp", "postgres-cluster");
const PG_CLUSTER_SCRIPT = path.join(ROOT, "scripts", "postgres-test-cluster.sh");

export interface PostgresCluster {
  /** The server's URL with this database name. */
  urlFor(database: string): string;
  version: string;
  stop(): Promise<void>;
}

/** The newest PostgreSQL binaries the cluster script would use, or null when there are none. */
function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BIN, ...(process.env.PATH ?? "").split(path.delimiter)].filter((d): d is string => Boolean(d));
  const versioned = fs.existsSync("/usr/lib/postgresql")
    ? fs
        .readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  return (
    [...candidates, ...versioned].find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) ?? null
  );
}

/**
 * A throwaway PostgreSQL cluster (scripts/postgres-test-cluster.sh with the bench's own state file
 * and port range, so it never meets the test cluster), or the reason there is none.
 */
export async function startPostgresCluster(): Promise<PostgresCluster | { missing: string }> {
  const bin = postgresBinDir();
  if (!bin) return { missing: "no PostgreSQL binaries (initdb, pg_ctl) in PG_BIN, PATH or /usr/lib/postgresql/*/bin" };
  const env = {
    ...process.env,
    PG_BIN: bin,
    PG_TEST_STATE: BENCH_PG_STATE,
    PG_TEST_PORT: process.env.PG_BENCH_PORT ?? "56432",
    PG_TEST_DATABASE: "bench",
  };
  // A cluster left by a run that was killed is removed first.
  await run("bash", [PG_CLUSTER_SCRIPT, "stop"], { env, timeoutMs: 60_000 });
  const url = (await run("bash", [PG_CLUSTER_SCRIPT, "start"], { env, capture: true, timeoutMs: 120_000 })).trim().split("\n").pop()!;
  const version = (await run(path.join(bin, "postgres"), ["--version"], { capture: true })).trim();
  return {
    urlFor: (database) => {
      const parsed = new URL(url);
      parsed.pathname = `/${database}`;
      return parsed.toString();
    },
    version,
    stop: async () => {
      await run("bash", [PG_CLUSTER_SCRIPT, "stop"], { env, timeoutMs: 60_000 });
    },
  };
}

/** Loads the synthetic collection of `size` entries into a fresh database on the bench's PostgreSQL cluster; returns the seconds it took. */
export async function loadPostgresDatabase(url: string, size: number): Promise<number> {
  const t0 = Date.now();
  await run(BIN("tsx"), ["scripts/generate-synthetic-data.ts", "--count", String(size), "--database", url], {
    env: { ...process.env, DATABASE_URL: url },
    timeoutMs: 30 * 60_000,
  });
  return (Date.now() - t0) / 1000;
}
