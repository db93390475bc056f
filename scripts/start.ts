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
  const port = String(env.PORT);
  console.log(`Serving http://${env.HOSTNAME}:${port}`);
  console.log(`Staff may sign in from ${trustedOrigins.join(", ")} (add others with TRUSTED_ORIGINS).`);
  const server = spawn(nextBin, ["start", "-p", port, "-H", env.HOSTNAME], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
