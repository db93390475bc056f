import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Rows per kind of record the hostile requests may create ("import": import jobs). */
export type RecordCounts = Record<"entry" | "article" | "media" | "user" | "import", number>;

export interface IntegrityCheck {
  integrity: string;
  counts: RecordCounts;
  /** Entries the import jobs say they created (not dry runs), and jobs not yet done, cancelled or failed. */
  imports: { createdEntries: number; unfinished: number };
  /** Records present but not whole: no text, no revision for their version, no audit line, an account without its password, an image without its files. */
  partial: string[];
}

function open(databaseFile: string): Database.Database {
  return new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
}

/** Reads the database after the hostile requests: SQLite's own check, and every record whole. */
export function checkIntegrity(options: { databaseFile: string; uploadsDir: string }): IntegrityCheck {
  const db = open(options.databaseFile);
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const partial: string[] = [];
    for (const [kind, table, revisions, key] of [
      ["entry", "Entry", "Revision", "entryId"],
      ["article", "Article", "ArticleRevision", "articleId"],
    ] as const) {
      for (const id of ids(
        `SELECT "id" FROM "${table}" r WHERE NOT EXISTS (SELECT 1 FROM "${table}Translation" t WHERE t."${key}" = r."id")`,
      ))
        partial.push(`${kind} ${id}: no text`);
      for (const id of ids(
        `SELECT "id" FROM "${table}" r WHERE NOT EXISTS (SELECT 1 FROM "${revisions}" v WHERE v."${key}" = r."id" AND v."version" = r."version")`,
      ))
        partial.push(`${kind} ${id}: no revision for its version`);
    }
    // Records made through the API (the seed writes no audit lines) have their creation audited.
    for (const [kind, table] of [
      ["entry", "Entry"],
      ["article", "Article"],
    ] as const) {
      for (const id of ids(
        `SELECT "id" FROM "${table}" r WHERE r."slug" LIKE 'trust-fuzz-%' AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."targetId" = r."id" AND a."action" = '${kind}.create')`,
      ))
        partial.push(`${kind} ${id}: no audit line for its creation`);
    }
    // Anything a person created (its first revision names them; the seed names no one), an import's rows included.
    for (const id of ids(
      `SELECT r."entryId" FROM "Revision" r WHERE r."version" = 1 AND r."authorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."targetId" = r."entryId" AND a."action" = 'entry.create')`,
    ))
      partial.push(`entry ${id}: created by a person, with no audit line for its creation`);
    for (const id of ids(`SELECT "id" FROM "User" u WHERE NOT EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = u."id")`))
      partial.push(`user ${id}: no password`);
    const media = db.prepare('SELECT "id", "filePath", "thumbPath" FROM "Media"').all() as {
      id: string;
      filePath: string;
      thumbPath: string | null;
    }[];
    for (const row of media) {
      for (const file of [row.filePath, row.thumbPath]) {
        if (file && !fs.existsSync(path.join(options.uploadsDir, file))) partial.push(`image ${row.id}: ${file} is missing`);
      }
    }
    const counts = {
      entry: Number(db.prepare('SELECT count(*) FROM "Entry"').pluck().get()),
      article: Number(db.prepare('SELECT count(*) FROM "Article"').pluck().get()),
      media: media.length,
      user: Number(db.prepare('SELECT count(*) FROM "User"').pluck().get()),
      import: Number(db.prepare('SELECT count(*) FROM "ImportJob"').pluck().get()),
    };
    const imports = db
      .prepare(
        `SELECT coalesce(sum(CASE WHEN "dryRun" = 0 THEN "createdCount" ELSE 0 END), 0) AS createdEntries, ` +
          `count(CASE WHEN "status" IN ('queued', 'running') THEN 1 END) AS unfinished FROM "ImportJob"`,
      )
      .get() as IntegrityCheck["imports"];
    return { integrity, counts, imports, partial };
  } finally {
    db.close();
  }
}

/** Import jobs still queued or running: each must end (done, cancelled or failed) before the counts are compared. */
export function unfinishedImports(databaseFile: string): number {
  const db = open(databaseFile);
  try {
    return Number(db.prepare(`SELECT count(*) FROM "ImportJob" WHERE "status" IN ('queued', 'running')`).pluck().get());
  } finally {
    db.close();
  }
}
