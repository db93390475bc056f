import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

/** The project root: this file lives in tests/unit/. */
const ROOT = path.resolve(__dirname, "..", "..");
/** TEST_TMP_DIR lets two runs share a checkout; relative to the project root. */
export const TEST_TMP_RELATIVE = process.env.TEST_TMP_DIR ?? path.join("tests", ".tmp");
export const TEMPLATE_RELATIVE = path.join(TEST_TMP_RELATIVE, "template.db");

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL runs only: the migrated template database each test file clones (see test-database.ts). */
    postgresTemplate: string;
  }
}

/** True when the unit tests run against PostgreSQL: TEST_DATABASE_URL=postgresql://… */
export function postgresTestUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

/** The same server's URL with another database name (and no ?schema=). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  parsed.searchParams.delete("schema");
  return parsed.toString();
}

function runPrismaMigrateDeploy(databaseUrl: string, extraArgs: string[]): { stdout: string; stderr: string } {
  const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy", ...extraArgs], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // Never fetch anything: no telemetry, no engine download.
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.error) throw new Error(`Could not run ${prisma}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

/**
 * SQLite (default): creates tests/.tmp/template.db once per run with the committed migrations
 * applied (no seed). Each data-layer test file copies it (see test-database.ts).
 *
 * PostgreSQL (TEST_DATABASE_URL=postgresql://…/memorial_test): on that server, creates a fresh
 * database <name>_<run> and applies prisma/postgres/migrations to it once; each test file clones it
 * with CREATE DATABASE … TEMPLATE (see test-database.ts), so files never see each other's rows.
 * The database named in the URL is only used to connect; the role needs CREATEDB. Afterwards the
 * template and any clone a crashed file left behind are dropped.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const pgUrl = postgresTestUrl();
  if (pgUrl) return setupPostgres(project, pgUrl);

  const template = path.join(ROOT, TEMPLATE_RELATIVE);
  fs.mkdirSync(path.dirname(template), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(template + suffix, { force: true });

  const result = runPrismaMigrateDeploy(`file:./${TEMPLATE_RELATIVE.split(path.sep).join("/")}`, []);
  if (!fs.existsSync(template)) {
    throw new Error(`prisma migrate deploy succeeded but ${template} was not created:\n${result.stdout}\n${result.stderr}`);
  }
}

async function setupPostgres(project: TestProject, pgUrl: string): Promise<() => Promise<void>> {
  const { default: pg } = await import("pg");
  const baseName = decodeURIComponent(new URL(pgUrl).pathname.slice(1)) || "postgres";
  // Clones are named <template>_<random> (test-database.ts); keep the whole name under 63 bytes.
  const template = `${baseName.slice(0, 30)}_${randomBytes(4).toString("hex")}`.toLowerCase();
  const admin = new pg.Client({ connectionString: withDatabase(pgUrl, baseName) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  runPrismaMigrateDeploy(withDatabase(pgUrl, template), ["--config", "prisma.postgres.config.ts"]);
  project.provide("postgresTemplate", template);

  return async () => {
    const client = new pg.Client({ connectionString: withDatabase(pgUrl, baseName) });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2", [
        template,
        `${template}\\_%`,
      ]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
