import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

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
 * Starts the app the way `npm start` does (scripts/start.ts: WAL, migrations, seed, the orphan sweep,
 * then next start, building first if the build is stale) in a process group of its own, and waits
 * until /api/health answers 200.
 */
export async function startServer(place: ServerPlace, timeoutMs: number, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!(await portIsFree(place.port))) throw new Error(`Port ${place.port} is already in use; choose another with --port.`);
  const url = `http://localhost:${place.port}`;
  const log = fs.openSync(place.logFile, "a");
  const child: ChildProcess = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
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
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) throw new Error(`The server exited (${exited}) before it answered; see ${place.logFile}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.status === 200) break;
    if (Date.now() > deadline) {
      process.kill(-child.pid!, "SIGKILL");
      throw new Error(`The server did not answer /api/health within ${timeoutMs / 1000} s; see ${place.logFile}`);
    }
    await sleep(250);
  }
  return {
    url,
    async crash() {
      const gone = new Promise<void>((resolve) => (exited !== undefined ? resolve() : child.once("exit", () => resolve())));
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
      await gone;
      while (!(await portIsFree(place.port))) await sleep(100);
    },
  };
}
