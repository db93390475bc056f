import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "@/lib/database-url";
import { env } from "@/lib/env";
import { disableTelemetry } from "./offline-defaults";

/**
 * Applies the committed migrations to the database DATABASE_URL names and seeds the reference data
 * if it is empty. SQLite ("file:"): creates the file's folder, prisma/migrations. PostgreSQL
 * ("postgresql://"): prisma/postgres/migrations through prisma.postgres.config.ts; the database
 * itself must exist.
 */
export async function prepareDatabase(): Promise<void> {
  disableTelemetry();
  // Set in the environment for the Prisma CLI below and for lib/db, which read it there themselves.
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  const kind = databaseKind(env.DATABASE_URL);
  const args = ["migrate", "deploy"];
  if (kind === "postgresql") {
    args.push("--config", "prisma.postgres.config.ts");
  } else {
    fs.mkdirSync(path.dirname(sqliteFilePath(env.DATABASE_URL)), { recursive: true });
  }
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), args, {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  if (migrate.status !== 0) throw new Error(`prisma ${args.join(" ")} failed`);
  // Imported only after the URL is settled: the client binds to it when first loaded.
  const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
  const result = await seedReferenceData();
  console.log(result.seeded ? `Seeded ${result.entries} reference entries.` : `Database has ${result.entries} entries; not seeding.`);
  if (result.seeded && env.DEMO_ACCOUNTS !== "off") {
    const { createDemoAccounts } = await import("@/prisma/seed/demo-accounts");
    console.log(`Demo accounts (demo only, see README): ${(await createDemoAccounts()).join(", ")}`);
  }
  const { rebuildMissingSearchDocuments } = await import("@/lib/search/rebuild-search-index");
  const indexed = await rebuildMissingSearchDocuments();
  if (indexed > 0) console.log(`Indexed ${indexed} entries and articles for search.`);
}
