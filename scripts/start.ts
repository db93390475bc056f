import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/auth-secret";
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
  const port = process.env.PORT ?? "3000";
  const hostname = process.env.HOSTNAME ?? "localhost";
  console.log(`Serving http://${hostname}:${port}`);
  const server = spawn(nextBin, ["start", "-p", port, "-H", hostname], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
