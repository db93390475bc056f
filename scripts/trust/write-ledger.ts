/** An import the app acknowledged with 202: its job, and the rows of its file (external ids `<prefix><row>`). */
export interface AcknowledgedImport {
  id: string;
  prefix: string;
  rows: number;
  /** Lines of the file (from 2: line 1 is the header) holding a row the importer must refuse and report. */
  badLines: number[];
}

/** Every write the app acknowledged with 2xx: what must be there, whole, after any crash. */
export interface Ledger {
  /** Entries and articles by slug: their id and every version a 2xx answer reported (1 = created). */
  entries: Map<string, { id: string; versions: number[] }>;
  articles: Map<string, { id: string; versions: number[] }>;
  uploads: { id: string; filePath: string; thumbPath: string }[];
  imports: AcknowledgedImport[];
}

export function emptyLedger(): Ledger {
  return { entries: new Map(), articles: new Map(), uploads: [], imports: [] };
}

export function acknowledgedWrites(ledger: Ledger): number {
  const versions = (records: Ledger["entries"]) => [...records.values()].reduce((sum, record) => sum + record.versions.length, 0);
  return versions(ledger.entries) + versions(ledger.articles) + ledger.uploads.length + ledger.imports.length;
}

/** Harness records are named so: the checks look at these and leave the reference collection alone. */
export const TRUST_SLUG_PREFIX = "trust-";

/** Entries an import of the crash test writes are named so (slug and external id alike). */
export const TRUST_IMPORT_PREFIX = `${TRUST_SLUG_PREFIX}import-`;
