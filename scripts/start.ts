import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/auth-secret";
import { trustedOrigins } from "@/lib/auth/trusted-origins";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { buildApp } from "./build-app";
import { buildIsCurrent } from "./build-is-current";
import { disableTelemetry } from "./offline-defaults";
import { prepareDatabase } from "./prepare-database";
import { HEALTHY_RUN_MS, restartDelay } from "./restart-delay";
import { serverProcessEnv } from "./server-process-env";

async function main(): Promise<void> {
  disableTelemetry();
  ensureAuthSecret();
  await prepareDatabase();
  if (!buildIsCurrent(process.cwd())) {
    console.log("Building the app (first start, or sources changed)…");
    buildApp(process.cwd());
  }
  console.log(`Serving http://${env.HOSTNAME}:${env.PORT}`);
  console.log(`Staff may sign in from ${trustedOrigins.join(", ")} (add others with TRUSTED_ORIGINS).`);
  superviseServer();
}

/**
 * Runs the server (scripts/serve.ts) and starts it again whenever it dies without being asked to (a
 * crash, kill -9, running out of memory), with a log line each time and a growing wait when it keeps
 * dying (scripts/restart-delay.ts). SIGINT and SIGTERM are passed on, and then `npm start` ends with it.
 */
function superviseServer(): void {
  let server: ChildProcess;
  let stopping = false;
  let quickCrashes = 0;
  const run = () => {
    const startedAt = Date.now();
    // tsx as a loader in the server's own process, not its CLI, which would add a second process.
    server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], { stdio: "inherit", env: serverProcessEnv() });
    logger.info({ serverPid: server.pid }, "server process started");
    server.on("exit", (code, signal) => {
      if (stopping) process.exit(code ?? 0);
      quickCrashes = Date.now() - startedAt >= HEALTHY_RUN_MS ? 1 : quickCrashes + 1;
      const delay = restartDelay(quickCrashes);
      logger.error({ serverPid: server.pid, code, signal, restartInMs: delay }, "server process died; starting it again");
      setTimeout(run, delay);
    });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      if (server.exitCode !== null || server.signalCode !== null) process.exit(0);
      server.kill(signal);
    });
  }
  run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
