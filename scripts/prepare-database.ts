import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "@/lib/database-url";

/** Creates the SQLite file's folder, applies committed migrations, and seeds the reference data if the database is empty. */
export async function prepareDatabase(): Promise<void> {
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  fs.mkdirSync(path.dirname(sqliteFilePath(process.env.DATABASE_URL)), { recursive: true });
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  if (migrate.status !== 0) throw new Error("prisma migrate deploy failed");
  // Imported only after the URL is settled: the client binds to it when first loaded.
  const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
  const result = await seedReferenceData();
  console.log(result.seeded ? `Seeded ${result.entries} reference entries.` : `Database has ${result.entries} entries; not seeding.`);
}
