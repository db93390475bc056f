import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Rows per kind of record the hostile requests may create. */
export type RecordCounts = Record<"entry" | "article" | "media" | "user", number>;

export interface IntegrityCheck {
  integrity: string;
  counts: RecordCounts;
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
    };
    return { integrity, counts, partial };
  } finally {
    db.close();
  }
}
