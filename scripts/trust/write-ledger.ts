/** An import the app acknowledged with 202: its job, and the rows of its file (external ids `<prefix><row>`). */
export interface AcknowledgedImport {
  id: string;
  prefix: string;
  rows: number;
  /** Lines of the file (from 2: line 1 is the header) holding a row the importer must refuse and report. */
  badLines: number[];
}

export interface AcknowledgedUpload {
  id: string;
  filePath: string;
  thumbPath: string;
}

export type RecordKindName = "entry" | "article";

/** Every write the app acknowledged with 2xx: what must be there, whole, after any crash. */
export interface Ledger {
  /** Entries and articles by slug: their id and every version a 2xx answer reported (1 = created). */
  entries: Map<string, { id: string; versions: number[] }>;
  articles: Map<string, { id: string; versions: number[] }>;
  uploads: AcknowledgedUpload[];
  imports: AcknowledgedImport[];
  /**
   * Every create or save sent (`entry <slug>`), answered or not, in order: a save whose answer a kill
   * swallowed may still have committed, and what it left must be whole too.
   */
  sent: string[];
}

export function emptyLedger(): Ledger {
  return { entries: new Map(), articles: new Map(), uploads: [], imports: [], sent: [] };
}

export function acknowledgedWrites(ledger: Ledger): number {
  const versions = (records: Ledger["entries"]) => [...records.values()].reduce((sum, record) => sum + record.versions.length, 0);
  return versions(ledger.entries) + versions(ledger.articles) + ledger.uploads.length + ledger.imports.length;
}

export const recordKey = (kind: RecordKindName, slug: string) => `${kind} ${slug}`;

/** Tables the app only ever adds rows to (nothing the harness drives deletes from them). */
export const APPEND_ONLY_TABLES = ["Entry", "Article", "Revision", "ArticleRevision", "AuditEvent", "Media", "ImportJob"] as const;
export type AppendOnlyTable = (typeof APPEND_ONLY_TABLES)[number];

/**
 * How far the checks after the restarts have got (scripts/trust/verify-after-crash.ts), so that each
 * check reads only what came after the one before: its cost is the cycle's own writes, not all of
 * them. What an earlier check proved is held to by a count per table instead (`tables`), and the
 * last check of a run starts from `noCheckYet()` and reads everything again.
 */
export interface CheckMark {
  /** Per record (`entry <slug>`): how many of its acknowledged versions a check has looked for. */
  versions: Map<string, number>;
  /** How many of the ledger's uploads and sends a check has looked at. */
  uploads: number;
  sent: number;
  /** Each acknowledged import's job state when last checked; one that had ended (done, failed, cancelled) is not read again. */
  importStates: Map<string, string>;
  /** Each harness record's version when it was last found whole (or not): unchanged since, it is not read again. */
  seenVersions: Map<string, number>;
  /** Per append-only table: its highest rowid then, and how many rows it had up to there. */
  tables: Record<AppendOnlyTable, { lastRowid: number; rows: number }>;
}

export function noCheckYet(): CheckMark {
  return {
    versions: new Map(),
    uploads: 0,
    sent: 0,
    importStates: new Map(),
    seenVersions: new Map(),
    tables: Object.fromEntries(APPEND_ONLY_TABLES.map((table) => [table, { lastRowid: 0, rows: 0 }])) as CheckMark["tables"],
  };
}

export const IMPORT_ENDED = new Set(["done", "failed", "cancelled"]);

export interface AcknowledgedVersion {
  kind: RecordKindName;
  slug: string;
  id: string;
  version: number;
}

/** The writes in the ledger that no check has looked for yet: what the check after this restart must prove. */
export function writesSince(
  ledger: Ledger,
  mark: CheckMark,
): { versions: AcknowledgedVersion[]; uploads: AcknowledgedUpload[]; imports: AcknowledgedImport[]; sent: string[] } {
  const versions: AcknowledgedVersion[] = [];
  for (const [kind, records] of [
    ["entry", ledger.entries],
    ["article", ledger.articles],
  ] as const) {
    for (const [slug, record] of records) {
      const looked = mark.versions.get(recordKey(kind, slug)) ?? 0;
      for (const version of record.versions.slice(looked)) versions.push({ kind, slug, id: record.id, version });
    }
  }
  const state = (job: AcknowledgedImport) => mark.importStates.get(job.id);
  return {
    versions,
    uploads: ledger.uploads.slice(mark.uploads),
    imports: ledger.imports.filter((job) => !IMPORT_ENDED.has(state(job) ?? "")),
    sent: [...new Set(ledger.sent.slice(mark.sent))],
  };
}

/** The mark after a check that looked at every write `writesSince` gave it; the rest it learned from the database. */
export function markAfterCheck(
  ledger: Ledger,
  before: CheckMark,
  learned: { importStates: Map<string, string>; seenVersions: Map<string, number>; tables: CheckMark["tables"] },
): CheckMark {
  const versions = new Map(before.versions);
  for (const [kind, records] of [
    ["entry", ledger.entries],
    ["article", ledger.articles],
  ] as const) {
    for (const [slug, record] of records) versions.set(recordKey(kind, slug), record.versions.length);
  }
  return {
    versions,
    uploads: ledger.uploads.length,
    sent: ledger.sent.length,
    importStates: new Map([...before.importStates, ...learned.importStates]),
    seenVersions: new Map([...before.seenVersions, ...learned.seenVersions]),
    tables: learned.tables,
  };
}

/** Harness records are named so: the checks look at these and leave the reference collection alone. */
export const TRUST_SLUG_PREFIX = "trust-";

/** Entries an import of the crash test writes are named so (slug and external id alike). */
export const TRUST_IMPORT_PREFIX = `${TRUST_SLUG_PREFIX}import-`;
