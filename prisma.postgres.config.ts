import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseKind } from "./lib/database-url";

// The PostgreSQL twin of prisma.config.ts: `prisma <command> --config prisma.postgres.config.ts`.
// The schema is generated from prisma/schema.prisma by scripts/generate-postgres-schema.ts.
//
// Prisma 6 falls back to downloading a native engine when the schema's env("DATABASE_URL") cannot
// be read, which fails offline. `prisma generate` needs no server, so when DATABASE_URL is not a
// PostgreSQL URL (postinstall, a SQLite setup) a placeholder stands in. Every other command (even
// `migrate diff --from-empty`) connects, and then fails with "Can't reach database server at
// `set-database-url-to-a-postgresql-url.invalid`".
const PLACEHOLDER_URL = "postgresql://postgres@set-database-url-to-a-postgresql-url.invalid/memorial";
const givenUrl = process.env.DATABASE_URL;
const connectionUrl = givenUrl !== undefined && databaseKind(givenUrl) === "postgresql" ? givenUrl : PLACEHOLDER_URL;
process.env.DATABASE_URL = connectionUrl;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  adapter: async () => {
    // The migrations create unqualified tables, which land in "public" whatever ?schema= says, while the
    // client would look in that schema: refuse any other schema rather than split the two (lib/db.ts too).
    const url = new URL(connectionUrl);
    const schema = url.searchParams.get("schema");
    if (schema !== null && schema !== "public")
      throw new Error(`DATABASE_URL: ?schema=${schema} is not supported; use a separate database`);
    url.searchParams.delete("schema");
    // Note: every command that connects ends ~10 s after its work is done: the 6.19 WASM schema engine
    // leaves a 10-second timer running (seen with pg; not a pool or lock setting here).
    return new PrismaPg({ connectionString: url.toString() });
  },
});
