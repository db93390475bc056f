import fs from "node:fs";
import path from "node:path";
import { BIN, ROOT, run } from "./common";

/**
 * A fresh SQLite database for an import bench (`data/<name>.db`, migrated, the reference collection
 * seeded, a curator to import as), made the current DATABASE_URL with its own uploads folder. It is
 * prepared by `scripts/seed.ts` in a process of its own, as `npm start` prepares the database before
 * it starts the server's process: the seed's modules and garbage are not in the memory the bench
 * measures. The app's modules bind to the URL when first loaded: import them only after this.
 */
export async function prepareImportBenchDatabase(name: string) {
  const database = path.join("data", `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(path.join(ROOT, database + suffix), { force: true });
  const url = `file:./${database}`;
  const uploads = path.join("bench", ".tmp", `${name}-uploads`);
  await run(BIN("tsx"), [path.join("scripts", "seed.ts")], {
    env: { ...process.env, DATABASE_URL: url, UPLOADS_DIR: uploads, DEMO_ACCOUNTS: "off", NODE_OPTIONS: "" },
    timeoutMs: 5 * 60_000,
  });
  process.env.DATABASE_URL = url;
  process.env.UPLOADS_DIR = uploads;
  const { db } = await import("@/lib/db");
  const actor = { id: "bench-curator", email: "bench@example.org", name: "Bench", role: "curator" as const };
  await db.user.create({ data: { ...actor, emailVerified: true } });
  return { db, actor };
}
