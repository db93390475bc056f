import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Settings the suite's own server gets (playwright.config.ts) that a bare start must not inherit. */
const SUITE_SETTINGS = ["PUBLIC_BASE_URL", "TRUSTED_ORIGINS", "HOSTNAME", "PORT", "DATABASE_URL", "UPLOADS_DIR"];

export interface StartedApp {
  port: number;
  /** Everything the server printed, for a failing test to show. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the app as the README says, `npm start`, with only PORT and its own database and uploads folder
 * under `folder` (made afresh) set. It reuses the suite's build: scripts/start.ts rebuilds only a stale one.
 * The server runs in a process group of its own, so stop() ends npm, the start script and Next.js together.
 */
export async function startApp(port: number, folder: string, settings: Record<string, string> = {}): Promise<StartedApp> {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of SUITE_SETTINGS) delete env[key];
  Object.assign(env, {
    PORT: String(port),
    DATABASE_URL: `file:./${path.join(folder, "memorial.db")}`,
    UPLOADS_DIR: path.join(folder, "uploads"),
    ...settings,
  });
  let output = "";
  const server: ChildProcess = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stopGroup = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  // If the test worker dies first, the server must not outlive it.
  process.once("exit", stopGroup);
  const stop = async () => {
    process.removeListener("exit", stopGroup);
    if (server.exitCode === null && server.signalCode === null) {
      stopGroup();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  };
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/v1/viewport?limit=1`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not answer on port ${port} within 4 minutes:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
