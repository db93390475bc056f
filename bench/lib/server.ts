import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { buildApp } from "../../scripts/build-app";
import { buildIsComplete, buildIsCurrent } from "../../scripts/build-is-current";
import { serverProcessEnv } from "../../scripts/server-process-env";
import { BIN, databaseUrlFor, ROOT, sleep } from "./common";

/**
 * The production build in its own folder (.next-bench, next.config.js reads NEXT_DIST_DIR) and
 * `next start` on a free localhost port, one server per database size, always stopped afterwards.
 */

export const DIST_DIR = ".next-bench";
export const HOST = "127.0.0.1";
/**
 * `NEXT_DIST_DIR=.next-bench next build` when `rebuild` is asked for or the build is missing or older
 * than the sources (the same test `npm start` makes); `keepExisting` uses any build there is as it is.
 */
export function ensureBuild({ rebuild = false, keepExisting = false }: { rebuild?: boolean; keepExisting?: boolean } = {}): {
  seconds: number;
  rebuilt: boolean;
  distDir: string;
} {
  if ((keepExisting && buildIsComplete(ROOT, DIST_DIR)) || (!rebuild && buildIsCurrent(ROOT, DIST_DIR))) {
    return { seconds: 0, rebuilt: false, distDir: DIST_DIR };
  }
  console.log(`Building the app into ${DIST_DIR}…`);
  const t0 = Date.now();
  buildApp(ROOT, { distDir: DIST_DIR, stdio: ["ignore", "inherit", "inherit"], timeoutMs: 15 * 60_000 });
  return { seconds: (Date.now() - t0) / 1000, rebuilt: true, distDir: DIST_DIR };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  size: number;
  /** The server's process id, which is also its process group's (it is spawned detached). */
  pid: number;
  base: string;
  port: number;
  startMs: number;
  stop: () => Promise<void>;
  /** False once the server process has gone (other work on a shared machine has been seen to end it). */
  alive: () => boolean;
  /** How it ended, when it did: exit code or signal. */
  exit: () => string | null;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the server's own process group (spawned detached), nothing else
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

// Whatever happens to this process, the servers it started go with it.
let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on("exit", () => {
    for (const child of running) killGroup(child, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      for (const child of running) killGroup(child, "SIGKILL");
      process.exit(130);
    });
  }
}

function get(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

/**
 * How the app is served: `next start`, or `scripts/serve.ts` (what `npm start` runs: Next.js's handler
 * behind the app's own Node HTTP server, in one process, with tsx as a loader as scripts/start.ts runs it).
 */
export type ServerKind = "next" | "serve";

function serverCommand(kind: ServerKind, port: number): [string, string[]] {
  return kind === "next"
    ? [BIN("next"), ["start", "-p", String(port), "-H", HOST]]
    : [process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")]];
}

/** `NEXT_DIST_DIR=.next-bench DATABASE_URL=file:./data/synthetic-<n>.db next start -p <free port>` (or serve.ts, or another database), ready when the API answers. */
export async function startServer(
  size: number,
  readyTimeoutMs = 90_000,
  kind: ServerKind = "next",
  databaseUrl = databaseUrlFor(size),
): Promise<RunningServer> {
  hookExit();
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const t0 = Date.now();
  const log = fs.createWriteStream(path.join(ROOT, "bench", "out", `server-${size}.log`), { flags: "a" });
  const [command, args] = serverCommand(kind, port);
  const child = spawn(command, args, {
    env: serverProcessEnv({
      ...process.env,
      PORT: String(port),
      HOSTNAME: HOST,
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      MAP_TILE_URL: "",
      PUBLIC_BASE_URL: base,
    }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = async () => {
    killGroup(child, "SIGTERM");
    for (let i = 0; i < 50 && child.exitCode === null && child.signalCode === null; i++) await sleep(100);
    killGroup(child, "SIGKILL");
    running.delete(child);
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await get(`${base}/api/v1/viewport?limit=1`, 5000)) === 200) {
        const alive = () => child.exitCode === null && child.signalCode === null;
        const exit = () => (alive() ? null : (child.signalCode ?? `exit code ${child.exitCode}`));
        return { size, pid: child.pid!, base, port, startMs: Date.now() - t0, stop, alive, exit };
      }
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  await stop();
  throw new Error(
    `${kind === "next" ? "next start" : "scripts/serve.ts"} for ${size} entries did not answer within ${readyTimeoutMs / 1000} s (see bench/out/server-${size}.log)`,
  );
}
