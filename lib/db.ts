import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { type DatabaseKind, DEFAULT_DATABASE_URL, databaseKind as kindOfUrl, sqliteFilePath } from "./database-url";
import { LazyPostgresAdapterFactory } from "./db/postgres-adapter";
import { SafeSqliteAdapterFactory } from "./db/sqlite-adapter";
import { env } from "./env";

export type { DatabaseKind };

/**
 * The data layer's client. DATABASE_URL chooses the database: a "file:" URL is SQLite (the client
 * generated from prisma/schema.prisma), a "postgresql://" URL is PostgreSQL (the client generated
 * from prisma/postgres/schema.prisma, which has the same models). Both expose the same model API,
 * so the PostgreSQL client is typed as the SQLite one and the data layer compiles once.
 */
export type Database = PrismaClient;

/** Which database a URL (default: this process's DATABASE_URL) names; raw SQL must branch on it. */
export function databaseKind(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseKind {
  return kindOfUrl(url);
}

/**
 * node-postgres settings for a PostgreSQL URL. Prisma's `?schema=` is dropped: the committed
 * migrations create their tables in "public", so any other schema is refused (as in
 * prisma.postgres.config.ts) instead of pointing the client at empty tables.
 */
export function postgresConnectionString(url: string): string {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  if (schema !== null && schema !== "public") throw new Error(`DATABASE_URL: ?schema=${schema} is not supported; use a separate database`);
  parsed.searchParams.delete("schema");
  return parsed.toString();
}

export function createDatabaseClient(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Database {
  if (kindOfUrl(url) === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: new LazyPostgresAdapterFactory(postgresConnectionString(url)) });
    return client as unknown as Database;
  }
  const busyTimeoutMs = env.SQLITE_BUSY_TIMEOUT_MS;
  return new PrismaClient({
    adapter: new SafeSqliteAdapterFactory(sqliteFilePath(url), busyTimeoutMs),
    // The adapter gives up waiting for a lock at the busy timeout with a clear error; Prisma's own
    // limit on starting a transaction must not cut in first.
    transactionOptions: { maxWait: busyTimeoutMs + 1_000 },
  });
}

// One client per process: Next.js reloads modules in development, which would otherwise
// open a new connection (pool) on every change.
const globalForDatabase = globalThis as unknown as { memorialDb?: Database };

export const db: Database = (globalForDatabase.memorialDb ??= createDatabaseClient());
