import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/auth-secret";
import { trustedOrigins } from "@/lib/auth/trusted-origins";
import { env } from "@/lib/env";
import { buildIsCurrent } from "./build-is-current";
import { disableTelemetry } from "./offline-defaults";
import { prepareDatabase } from "./prepare-database";

const nextBin = path.join("node_modules", ".bin", "next");

async function main(): Promise<void> {
  disableTelemetry();
  ensureAuthSecret();
  await prepareDatabase();
  if (!buildIsCurrent(process.cwd())) {
    console.log("Building the app (first start, or sources changed)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error("next build failed");
  }
  console.log(`Serving http://${env.HOSTNAME}:${env.PORT}`);
  console.log(`Staff may sign in from ${trustedOrigins.join(", ")} (add others with TRUSTED_ORIGINS).`);
  // tsx as a loader in the server's own process, not its CLI, which would add a second process.
  const server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
