import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseKind, sqliteFilePath } from "@/lib/database-url";

/**
 * tsx scripts/generate-synthetic-data.ts --count 100000 [--seed 1] [--database file:./data/synthetic-100000.db]
 *
 * Creates a fresh database with a deterministic synthetic collection, separate from the demo
 * database: a SQLite file (deleted first), or a PostgreSQL database (`postgresql://…/name`, dropped
 * and created again through the server's "postgres" database, so the role needs CREATEDB) migrated
 * with prisma.postgres.config.ts.
 */
export async function generateSyntheticDatabase(count: number, seed: number, databaseUrl: string): Promise<void> {
  const postgres = databaseKind(databaseUrl) === "postgresql";
  if (postgres) await recreatePostgresDatabase(databaseUrl);
  else recreateSqliteFile(databaseUrl);

  // lib/db binds DATABASE_URL when first imported, so set it before importing the loader.
  process.env.DATABASE_URL = databaseUrl;
  const migrate = spawnSync(
    path.join("node_modules", ".bin", "prisma"),
    ["migrate", "deploy", ...(postgres ? ["--config", "prisma.postgres.config.ts"] : [])],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    },
  );
  if (migrate.status !== 0) throw new Error("prisma migrate deploy failed");

  const { loadCollection } = await import("@/bench/synthetic/load-collection");
  const result = await loadCollection({ count, seed });
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  console.log(
    `Loaded ${result.entries} entries, ${result.relations} relations, ${result.articles} articles into ${postgres ? new URL(databaseUrl).pathname.slice(1) : sqliteFilePath(databaseUrl)} in ${(result.milliseconds / 1000).toFixed(1)} s.`,
  );
}

function recreateSqliteFile(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  if (file === ":memory:") throw new Error("Give a file database");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
}

async function recreatePostgresDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name) || name === "postgres")
    throw new Error(`Give a database of its own (lower-case letters, digits, _), not "${name}"`);
  url.pathname = "/postgres";
  url.searchParams.delete("schema");
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      seed: { type: "string", default: "1" },
      database: { type: "string" },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive integer");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  return generateSyntheticDatabase(count, seed, values.database ?? `file:./data/synthetic-${count}.db`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
