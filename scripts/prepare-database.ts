import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "@/lib/database-url";
import { databaseInUse } from "@/lib/db/database-in-use";
import { pendingSqliteMigrations } from "@/lib/db/pending-sqlite-migrations";
import { switchToWalJournal } from "@/lib/db/sqlite-journal";
import { env } from "@/lib/env";
import { disableTelemetry } from "./offline-defaults";

/** Longer than any upload takes from writing its files to committing its row. */
const SHARED_UPLOAD_GRACE_MS = 10 * 60_000;

/**
 * Applies the committed migrations to the database DATABASE_URL names and seeds the reference data
 * if it is empty. SQLite ("file:"): creates the file's folder, puts the file in WAL mode, applies
 * prisma/migrations when some are pending (refusing while another process has the file open). PostgreSQL
 * ("postgresql://"): prisma/postgres/migrations through prisma.postgres.config.ts; the database
 * itself must exist. Last, image files no record names (left by a crash mid-upload) are quarantined.
 */
export async function prepareDatabase(): Promise<void> {
  disableTelemetry();
  // Set in the environment for the Prisma CLI below and for lib/db, which read it there themselves.
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  const kind = databaseKind(env.DATABASE_URL);
  /** Another process has the SQLite file open: the app is serving while a script (user:create…) runs. */
  let serving = false;
  if (kind === "postgresql") {
    migrate(["--config", "prisma.postgres.config.ts"]);
  } else {
    const file = sqliteFilePath(env.DATABASE_URL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Before the migrations, so they too run on WAL and a reader elsewhere cannot stall them.
    switchToWalJournal(file, env.SQLITE_BUSY_TIMEOUT_MS);
    serving = databaseInUse(file);
    // Prisma's migration engine locks the file exclusively, which in WAL mode it cannot do while
    // anything else has it open: run it only when there is something to apply.
    const pending = pendingSqliteMigrations(file);
    if (pending.length > 0 && serving) {
      throw new Error(
        `${pending.length} migrations to apply (${pending.join(", ")}), but another process (the app?) has ${file} open. Stop it, then run this again.`,
      );
    }
    if (pending.length > 0) migrate([]);
  }
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
  const { sweepOrphanUploads } = await import("@/lib/media/sweep-orphan-uploads");
  const { QUARANTINE_FOLDER } = await import("@/lib/media/quarantine-folder");
  // A SQLite file has one server; when it is not running, nothing is mid-upload. A running one (this
  // is then a script such as user:create), or servers sharing a PostgreSQL database, may be: their
  // newest files are left for a later start.
  const { quarantined } = await sweepOrphanUploads({ olderThanMs: kind === "sqlite" && !serving ? 0 : SHARED_UPLOAD_GRACE_MS });
  if (quarantined.length > 0) {
    console.log(`Moved ${quarantined.length} image files that no image record names to ${path.join(env.UPLOADS_DIR, QUARANTINE_FOLDER)}.`);
  }
}

function migrate(extraArgs: string[]): void {
  const args = ["migrate", "deploy", ...extraArgs];
  const run = spawnSync(path.join("node_modules", ".bin", "prisma"), args, { stdio: ["ignore", "pipe", "inherit"], env: process.env });
  if (run.status !== 0) throw new Error(`prisma ${args.join(" ")} failed`);
}
