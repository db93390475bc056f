import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "./lib/database-url";
import { env } from "./lib/env";

// Prisma 6 falls back to downloading a native engine when DATABASE_URL is unset, which
// fails offline; default it to the embedded database.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // The same wait for another process's lock as the app's (the file is in WAL mode: see lib/db/sqlite-journal.ts).
  adapter: async () => new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: env.SQLITE_BUSY_TIMEOUT_MS }),
});
