import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The project root: this file lives in tests/unit/. */
const ROOT = path.resolve(__dirname, "..", "..");
export const TEMPLATE_RELATIVE = path.join("tests", ".tmp", "template.db");

/**
 * Creates tests/.tmp/template.db once per run with the committed migrations applied (no seed).
 * Each data-layer test file copies it (see test-database.ts), so migrations run only once.
 */
export default function setup(): void {
  const template = path.join(ROOT, TEMPLATE_RELATIVE);
  fs.mkdirSync(path.dirname(template), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(template + suffix, { force: true });

  const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: "file:./tests/.tmp/template.db",
      // Never fetch anything: no telemetry, no engine download.
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.error) throw new Error(`Could not run ${prisma}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  if (!fs.existsSync(template)) {
    throw new Error(`prisma migrate deploy succeeded but ${template} was not created:\n${result.stdout}\n${result.stderr}`);
  }
}
