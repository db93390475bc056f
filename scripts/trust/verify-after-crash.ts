import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type AcknowledgedImport, type Ledger, TRUST_IMPORT_PREFIX, TRUST_SLUG_PREFIX } from "./write-ledger";

export interface CrashCheck {
  integrity: string;
  /** Acknowledged writes missing in any part (row, version, revision, audit line, image files), described. */
  lost: string[];
  /** Records the harness made that are present but not whole (no text, no revision for their version, an image row without its files). */
  halfWritten: string[];
  /** Image files under the uploads folder that no row names, after the start-up sweep. */
  orphanFiles: string[];
  /**
   * Entries and articles committed without their audit line: the entry and article code writes it
   * after the commit (issue 13 finding 7, fixed in that code, not here). Reported, not counted as lost:
   * only unacknowledged writes can be caught in that gap.
   */
  withoutAudit: string[];
  /** The acknowledged imports by what their job says now: done, cancelled or failed, or still to resume (queued, running). */
  importJobs: Record<string, number>;
}

interface ImportJobRow {
  status: string;
  filePath: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  duplicateCount: number;
  failedCount: number;
  report: string;
  failure: string | null;
}

/**
 * An acknowledged import, as a restart finds it: its job is there with its file; its counts add up to
 * the rows its committed batches went through; every entry those batches report created is there
 * (and none of another file's rows); a job that says it is done has every row of its file written or
 * reported (the bad row by its line); one that failed says why; one queued or running still has its
 * file, to be resumed.
 */
function checkImport(db: Database.Database, uploadsDir: string, acknowledged: AcknowledgedImport, lost: string[]): string {
  const name = `import ${acknowledged.id} (${acknowledged.rows} rows)`;
  const job = db.prepare('SELECT * FROM "ImportJob" WHERE "id" = ?').get(acknowledged.id) as ImportJobRow | undefined;
  if (!job) {
    lost.push(`${name}: the job is gone`);
    return "lost";
  }
  const present = Number(db.prepare('SELECT count(*) FROM "Entry" WHERE "externalId" LIKE ?').pluck().get(`${acknowledged.prefix}%`));
  const counted = job.createdCount + job.updatedCount + job.unchangedCount + job.duplicateCount + job.failedCount;
  if (job.totalRows !== acknowledged.rows) lost.push(`${name}: the job counts ${job.totalRows} rows in its file`);
  if (counted !== job.processedRows) lost.push(`${name}: its counts add up to ${counted}, but it went through ${job.processedRows} rows`);
  if (present < job.createdCount) lost.push(`${name}: ${job.createdCount} entries reported created, ${present} there`);
  if (present > acknowledged.rows - acknowledged.badLines.length)
    lost.push(`${name}: ${present} entries for a file of ${acknowledged.rows} rows`);
  if (job.status === "done") {
    if (job.processedRows !== acknowledged.rows) lost.push(`${name}: done after ${job.processedRows} rows`);
    if (present !== acknowledged.rows - acknowledged.badLines.length) lost.push(`${name}: done, but ${present} of its entries are there`);
    const reported = new Set((JSON.parse(job.report) as { line: number }[]).map((row) => row.line));
    for (const line of acknowledged.badLines) if (!reported.has(line)) lost.push(`${name}: done, but line ${line} is not in its report`);
  } else if (job.status === "failed" && !job.failure) {
    lost.push(`${name}: failed without saying why`);
  } else if ((job.status === "queued" || job.status === "running") && !fs.existsSync(path.join(uploadsDir, job.filePath))) {
    lost.push(`${name}: ${job.status}, but its file is gone, so it cannot be resumed`);
  }
  return job.status === "queued" || job.status === "running" ? "to resume" : job.status;
}

const QUARANTINE = ".orphaned";

function imageFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith(`${QUARANTINE}/`) && /\.(jpe?g|png|webp)$/i.test(file));
}

/** Reads the database as a fresh process after a restart sees it, and checks it against the ledger. */
export function verifyAfterCrash(options: { databaseFile: string; uploadsDir: string; ledger: Ledger }): CrashCheck {
  const { ledger, uploadsDir } = options;
  const db = new Database(options.databaseFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    const one = (sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as Record<string, unknown> | undefined;
    const audited = (action: string, targetId: string, version?: number) =>
      (
        db.prepare('SELECT "detail" FROM "AuditEvent" WHERE "action" = ? AND "targetId" = ?').pluck().all(action, targetId) as string[]
      ).some((detail) => version === undefined || (JSON.parse(detail) as { version?: number }).version === version);
    const lost: string[] = [];
    const halfWritten: string[] = [];
    const withoutAudit: string[] = [];

    for (const [kind, records, table, revisions, key] of [
      ["entry", ledger.entries, "Entry", "Revision", "entryId"],
      ["article", ledger.articles, "Article", "ArticleRevision", "articleId"],
    ] as const) {
      for (const [slug, record] of records) {
        const row = one(`SELECT "id", "version" FROM "${table}" WHERE "slug" = ?`, slug);
        if (!row || row.id !== record.id) {
          lost.push(`${kind} ${slug}: the row is gone`);
          continue;
        }
        for (const version of record.versions) {
          if (Number(row.version) < version) lost.push(`${kind} ${slug}: at version ${row.version}, ${version} was acknowledged`);
          if (!one(`SELECT 1 FROM "${revisions}" WHERE "${key}" = ? AND "version" = ?`, record.id, version)) {
            lost.push(`${kind} ${slug}: no revision ${version}`);
          }
          const audit = version === 1 ? audited(`${kind}.create`, record.id) : audited(`${kind}.update`, record.id, version);
          if (!audit) lost.push(`${kind} ${slug}: no audit line for version ${version}`);
        }
      }
      // Every record the harness made, acknowledged or not, must be whole.
      const rows = db.prepare(`SELECT "id", "slug", "version" FROM "${table}" WHERE "slug" LIKE ?`).all(`${TRUST_SLUG_PREFIX}%`) as {
        id: string;
        slug: string;
        version: number;
      }[];
      for (const row of rows) {
        if (!one(`SELECT 1 FROM "${table}Translation" WHERE "${key}" = ?`, row.id)) halfWritten.push(`${kind} ${row.slug}: no text`);
        if (!one(`SELECT 1 FROM "${revisions}" WHERE "${key}" = ? AND "version" = ?`, row.id, row.version)) {
          halfWritten.push(`${kind} ${row.slug}: no revision for its version ${row.version}`);
        }
        const audit = row.version === 1 ? audited(`${kind}.create`, row.id) : audited(`${kind}.update`, row.id, row.version);
        // An acknowledged version without its line is already counted as lost above.
        if (!audit && !records.get(row.slug)?.versions.includes(row.version))
          withoutAudit.push(`${kind} ${row.slug} version ${row.version}`);
      }
    }

    for (const upload of ledger.uploads) {
      const row = one('SELECT "filePath", "thumbPath" FROM "Media" WHERE "id" = ?', upload.id);
      if (!row) lost.push(`image ${upload.id}: the row is gone`);
      else if (!audited("media.upload", upload.id)) lost.push(`image ${upload.id}: no audit line`);
    }
    const mediaRows = db.prepare('SELECT "id", "filePath", "thumbPath" FROM "Media"').all() as {
      id: string;
      filePath: string;
      thumbPath: string | null;
    }[];
    const named = new Set<string>();
    for (const media of mediaRows) {
      for (const file of [media.filePath, media.thumbPath]) {
        if (!file) continue;
        named.add(file);
        const absolute = path.join(uploadsDir, file);
        if (!fs.existsSync(absolute) || fs.statSync(absolute).size === 0)
          halfWritten.push(`image ${media.id}: ${file} is missing or empty`);
      }
    }
    // An upload writes its audit line in its own transaction: no image the harness added may lack it.
    const harnessImages = db
      .prepare('SELECT "Media"."id" FROM "Media" JOIN "Entry" ON "Entry"."id" = "Media"."entryId" WHERE "Entry"."slug" LIKE ?')
      .pluck()
      .all(`${TRUST_SLUG_PREFIX}%`) as string[];
    for (const id of harnessImages) if (!audited("media.upload", id)) halfWritten.push(`image ${id}: no audit line`);
    const orphanFiles = imageFiles(uploadsDir).filter((file) => !named.has(file));

    const importJobs: Record<string, number> = {};
    for (const acknowledged of ledger.imports) {
      const state = checkImport(db, uploadsDir, acknowledged, lost);
      importJobs[state] = (importJobs[state] ?? 0) + 1;
    }
    // Every entry an import wrote, acknowledged or not, is whole: its text, its first revision and its audit line.
    const imported = db.prepare('SELECT "id", "slug" FROM "Entry" WHERE "externalId" LIKE ?').all(`${TRUST_IMPORT_PREFIX}%`) as {
      id: string;
      slug: string;
    }[];
    for (const row of imported) {
      if (!one('SELECT 1 FROM "Revision" WHERE "entryId" = ? AND "version" = 1', row.id))
        halfWritten.push(`imported entry ${row.slug}: no revision`);
      if (!audited("entry.create", row.id)) halfWritten.push(`imported entry ${row.slug}: no audit line`);
    }
    return { integrity, lost, halfWritten, orphanFiles, withoutAudit, importJobs };
  } finally {
    db.close();
  }
}

/** How many files the start-up sweeps have quarantined so far. */
export function quarantinedFiles(uploadsDir: string): number {
  const folder = path.join(uploadsDir, QUARANTINE);
  if (!fs.existsSync(folder)) return 0;
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((entry) => entry.isFile()).length;
}
