import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildApp } from "../build-app";
import { buildIsCurrent } from "../build-is-current";

const ROOT = path.resolve(__dirname, "..", "..");

export interface ServerPlace {
  port: number;
  databaseFile: string;
  uploadsDir: string;
  /** Everything the server prints goes here, so a failure can be read afterwards. */
  logFile: string;
}

/** A fresh place for a server in `workdir`: its database, uploads folder and log. */
export function serverPlace(port: number, workdir: string): ServerPlace {
  fs.rmSync(workdir, { recursive: true, force: true });
  fs.mkdirSync(workdir, { recursive: true });
  return {
    port,
    databaseFile: path.join(workdir, "memorial.db"),
    uploadsDir: path.join(workdir, "uploads"),
    logFile: path.join(workdir, "server.log"),
  };
}

export interface RunningServer {
  url: string;
  /** kill -9 to the whole process group (tsx, scripts/start.ts, next start and its workers), then waits for the port to be free. */
  crash(): Promise<void>;
}

/** What a server is started with: `npm start`'s script, or in the harness's own tests a stand-in. */
export interface ServerCommand {
  file: string;
  args: string[];
}

const APP: ServerCommand = { file: path.join(ROOT, "node_modules", ".bin", "tsx"), args: ["scripts/start.ts"] };

/** A killed server's port is free again well within this. */
const PORT_FREED_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/**
 * Process groups this process started and has not stopped. Should the harness itself end early (an
 * error, Ctrl-C), they are killed with it: a server left behind holds its port and its database.
 */
const liveGroups = new Set<number>();

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // The whole group is gone already.
  }
}

let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on("exit", () => {
    for (const pgid of liveGroups) killGroup(pgid);
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));
}

/**
 * `next build` once, here, when the build is missing or older than the sources (the test `npm start`
 * makes), so that app instances started together do not each build into the same folder at once.
 */
export function buildAppOnce(logFile: string): void {
  if (buildIsCurrent(ROOT)) return;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "a");
  try {
    buildApp(ROOT, { stdio: ["ignore", log, log] });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; see ${logFile}`);
  } finally {
    fs.closeSync(log);
  }
}

/**
 * Starts the app the way `npm start` does (scripts/start.ts: WAL, migrations, seed, the orphan sweep,
 * then next start, building first if the build is stale) in a process group of its own, and waits
 * until /api/health answers 200. When it does not (its port is taken, it exits, it stays silent), the
 * whole group is killed before the error is thrown: a failed start leaves nothing running.
 */
export async function startServer(
  place: ServerPlace,
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
  command: ServerCommand = APP,
): Promise<RunningServer> {
  if (!(await portIsFree(place.port))) throw new Error(`Port ${place.port} is already in use; choose another with --port.`);
  hookExit();
  const url = `http://localhost:${place.port}`;
  const log = fs.openSync(place.logFile, "a");
  const child: ChildProcess = spawn(command.file, command.args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      PORT: String(place.port),
      HOSTNAME: "localhost",
      DATABASE_URL: `file:${place.databaseFile}`,
      UPLOADS_DIR: place.uploadsDir,
      PUBLIC_BASE_URL: url,
      MAP_TILE_URL: "",
      // The harness signs in as the demo editor, made when the fresh database is seeded.
      DEMO_ACCOUNTS: "on",
      ...extraEnv,
    },
  });
  fs.closeSync(log);
  const pgid = child.pid!;
  liveGroups.add(pgid);
  let exited: number | null | undefined;
  const gone = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exited = code;
      resolve();
    }),
  );
  // The group may outlive its first process (a server it started): stop all of it either way.
  const stop = async () => {
    killGroup(pgid);
    await gone;
    liveGroups.delete(pgid);
  };
  const crash = async () => {
    await stop();
    for (const until = Date.now() + PORT_FREED_MS; !(await portIsFree(place.port)); await sleep(100)) {
      if (Date.now() > until) throw new Error(`Port ${place.port} is still taken after the server was killed: another process holds it.`);
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) {
      await stop();
      throw new Error(`The server on port ${place.port} exited (${exited}) before it answered; see ${place.logFile}`);
    }
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server on port ${place.port} did not answer /api/health within ${timeoutMs / 1000} s; see ${place.logFile}`);
    }
    await sleep(250);
  }
  return { url, crash };
}

/**
 * Starts one server per place, building the app once first. If any fails to start, those already
 * started are stopped and one error names every failure.
 */
export async function startServers(
  places: ServerPlace[],
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
  command?: ServerCommand,
): Promise<RunningServer[]> {
  const taken = [];
  for (const place of places) if (!(await portIsFree(place.port))) taken.push(place.port);
  if (taken.length > 0) throw new Error(`Port ${taken.join(", ")} already in use; choose others with --port.`);
  if (!command) buildAppOnce(places[0]!.logFile);
  const starts = await Promise.allSettled(places.map((place) => startServer(place, timeoutMs, extraEnv, command)));
  const failures = starts.flatMap((start) =>
    start.status === "rejected" ? [String((start.reason as Error)?.message ?? start.reason)] : [],
  );
  const started = starts.flatMap((start) => (start.status === "fulfilled" ? [start.value] : []));
  if (failures.length === 0) return started;
  await Promise.all(started.map((server) => server.crash()));
  throw new Error(
    `${failures.length} of ${places.length} app instances did not start (the ${started.length} that did were stopped):\n  ${failures.join("\n  ")}`,
  );
}
