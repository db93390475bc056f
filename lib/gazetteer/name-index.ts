import { placeKey } from "./place-key";

/** How a name matched a query: the whole name, its beginning, or the beginning of a later word. */
export type MatchKind = "exact" | "prefix" | "word";

export interface NameMatch {
  record: number;
  match: MatchKind;
}

/** A record's name, and whether it is one of its alternate names (a former or foreign one) rather than a current one. */
export type IndexedName = readonly [record: number, name: string, alternate?: boolean];

// A key row's flags, ordered as search scores them, so that of one record's rows with one key the
// lowest is the best match and the only one kept: a current name over an alternate, a whole name
// over a later word of one.
const ALTERNATE = 1;
const LATER_WORD = 2;

type KeyRow = [key: string, record: number, flags: number];

// Names keyed between two turns of the event loop when an index is built in slices.
const SLICE = 5000;

/**
 * Every name of every record, keyed by placeKey from each word on ("velikii novgorod" and
 * "novgorod"), sorted, so a query is a binary search and a walk over the keys it begins.
 */
export class NameIndex {
  private constructor(
    private readonly keys: string[],
    private readonly records: Int32Array,
    private readonly flags: Uint8Array,
  ) {}

  static of(names: Iterable<IndexedName>): NameIndex {
    const rows: KeyRow[] = [];
    for (const name of names) addKeyRows(rows, name);
    return NameIndex.sorted(rows);
  }

  /** The same index, keying a slice of names at a time and letting other requests run in between. */
  static async ofInSlices(names: readonly IndexedName[]): Promise<NameIndex> {
    const rows: KeyRow[] = [];
    for (let start = 0; start < names.length; start += SLICE) {
      for (let i = start; i < Math.min(start + SLICE, names.length); i++) addKeyRows(rows, names[i]!);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return NameIndex.sorted(rows);
  }

  /** Sorted by key, then record, then flags; of one record's rows with one key, only the first (its best match). */
  private static sorted(rows: KeyRow[]): NameIndex {
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    const kept = rows.filter((row, i) => i === 0 || row[0] !== rows[i - 1]![0] || row[1] !== rows[i - 1]![1]);
    return new NameIndex(
      kept.map((row) => row[0]),
      Int32Array.from(kept, (row) => row[1]),
      Uint8Array.from(kept, (row) => row[2]),
    );
  }

  get size(): number {
    return this.keys.length;
  }

  /** Each record whose name or a later word of it begins with `key`, with its best kind of match. */
  find(key: string): Map<number, MatchKind> {
    const found = new Map<number, MatchKind>();
    this.visit(key, (record, match) => {
      const previous = found.get(record);
      if (!previous || MATCH_ORDER[match] > MATCH_ORDER[previous]) found.set(record, match);
    });
    return found;
  }

  /**
   * Calls `visitor` for every key that begins with `key` (a record once per key that matches), in
   * key order, so the exact matches come first; at most `limit` keys. `alternate`: the key is of an
   * alternate name of the record, not a current one.
   */
  visit(key: string, visitor: (record: number, match: MatchKind, alternate: boolean) => void, limit = Number.POSITIVE_INFINITY): void {
    if (!key) return;
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    const end = Math.min(this.keys.length, low + limit);
    for (let i = low; i < end && this.keys[i]!.startsWith(key); i++) {
      const flags = this.flags[i]!;
      visitor(this.records[i]!, flags & LATER_WORD ? "word" : this.keys[i] === key ? "exact" : "prefix", (flags & ALTERNATE) !== 0);
    }
  }
}

function addKeyRows(rows: KeyRow[], [record, name, alternate]: IndexedName): void {
  for (const [i, key] of nameKeys(name).entries()) rows.push([key, record, (i === 0 ? 0 : LATER_WORD) | (alternate ? ALTERNATE : 0)]);
}

/** A name's keys: from each of its first four words on. */
function nameKeys(name: string): string[] {
  const words = placeKey(name).split(" ").filter(Boolean);
  return words.slice(0, 4).map((_, i) => words.slice(i).join(" "));
}

/** How an index would match `name` to a query's key, as visit() says it; undefined where it would not. */
export function matchOf(name: string, key: string): MatchKind | undefined {
  const keys = nameKeys(name);
  if (keys[0] === key) return "exact";
  if (keys[0]?.startsWith(key)) return "prefix";
  return keys.slice(1).some((later) => later.startsWith(key)) ? "word" : undefined;
}

export const MATCH_ORDER: Record<MatchKind, number> = { word: 0, prefix: 1, exact: 2 };
