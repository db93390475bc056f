import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "./database-url";

export type Database = PrismaClient;

export function createDatabaseClient(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Database {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url) }) });
}

// One client per process: Next.js reloads modules in development, which would otherwise
// open a new connection on every change.
const globalForDatabase = globalThis as unknown as { memorialDb?: Database };

export const db: Database = (globalForDatabase.memorialDb ??= createDatabaseClient());
