import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sqliteFilePath } from "@/lib/database-url";

/**
 * tsx scripts/generate-synthetic-data.ts --count 100000 [--seed 1] [--database file:./data/synthetic-100000.db]
 *
 * Creates a fresh SQLite database (deleting the file first) with a deterministic synthetic collection,
 * separate from the demo database.
 */
export async function generateSyntheticDatabase(count: number, seed: number, databaseUrl: string): Promise<void> {
  const file = sqliteFilePath(databaseUrl);
  if (file === ":memory:") throw new Error("Give a file database");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });

  // lib/db binds DATABASE_URL when first imported, so set it before importing the loader.
  process.env.DATABASE_URL = databaseUrl;
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  if (migrate.status !== 0) throw new Error("prisma migrate deploy failed");

  const { loadCollection } = await import("@/bench/synthetic/load-collection");
  const result = await loadCollection({ count, seed });
  console.log(
    `Loaded ${result.entries} entries, ${result.relations} relations, ${result.articles} articles into ${file} in ${(result.milliseconds / 1000).toFixed(1)} s.`,
  );
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
