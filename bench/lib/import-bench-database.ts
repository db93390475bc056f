import fs from "node:fs";
import path from "node:path";
import { BIN, ROOT, run } from "./common";

/**
 * A fresh SQLite database for an import bench (`data/<name>.db`, migrated, the reference collection
 * seeded, a curator to import as), made the current DATABASE_URL with its own uploads folder. The
 * app's modules bind to the URL when first loaded: import them only after this.
 */
export async function prepareImportBenchDatabase(name: string) {
  const database = path.join("data", `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(path.join(ROOT, database + suffix), { force: true });
  const url = `file:./${database}`;
  await run(BIN("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, timeoutMs: 5 * 60_000 });
  process.env.DATABASE_URL = url;
  process.env.UPLOADS_DIR = path.join("bench", ".tmp", `${name}-uploads`);
  const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
  const { db } = await import("@/lib/db");
  await seedReferenceData();
  const actor = { id: "bench-curator", email: "bench@example.org", name: "Bench", role: "curator" as const };
  await db.user.create({ data: { ...actor, emailVerified: true } });
  return { db, actor };
}
