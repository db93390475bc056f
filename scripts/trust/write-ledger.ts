/** Every write the app acknowledged with 2xx: what must be there, whole, after any crash. */
export interface Ledger {
  /** Entries and articles by slug: their id and every version a 2xx answer reported (1 = created). */
  entries: Map<string, { id: string; versions: number[] }>;
  articles: Map<string, { id: string; versions: number[] }>;
  uploads: { id: string; filePath: string; thumbPath: string }[];
}

export function emptyLedger(): Ledger {
  return { entries: new Map(), articles: new Map(), uploads: [] };
}

export function acknowledgedWrites(ledger: Ledger): number {
  const versions = (records: Ledger["entries"]) => [...records.values()].reduce((sum, record) => sum + record.versions.length, 0);
  return versions(ledger.entries) + versions(ledger.articles) + ledger.uploads.length;
}

/** Harness records are named so: the checks look at these and leave the reference collection alone. */
export const TRUST_SLUG_PREFIX = "trust-";
