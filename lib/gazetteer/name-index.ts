import { placeKey } from "./place-key";

/** How a name matched a query: the whole name, its beginning, or the beginning of a later word. */
export type MatchKind = "exact" | "prefix" | "word";

export interface NameMatch {
  record: number;
  match: MatchKind;
}

type KeyRow = [key: string, record: number, wordStart: 0 | 1];

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
    private readonly wordStart: Uint8Array,
  ) {}

  static of(names: Iterable<readonly [record: number, name: string]>): NameIndex {
    const rows: KeyRow[] = [];
    for (const [record, name] of names) addKeyRows(rows, record, name);
    return NameIndex.sorted(rows);
  }

  /** The same index, keying a slice of names at a time and letting other requests run in between. */
  static async ofInSlices(names: readonly (readonly [record: number, name: string])[]): Promise<NameIndex> {
    const rows: KeyRow[] = [];
    for (let start = 0; start < names.length; start += SLICE) {
      for (let i = start; i < Math.min(start + SLICE, names.length); i++) addKeyRows(rows, names[i]![0], names[i]![1]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return NameIndex.sorted(rows);
  }

  private static sorted(rows: KeyRow[]): NameIndex {
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    return new NameIndex(
      rows.map((row) => row[0]),
      Int32Array.from(rows, (row) => row[1]),
      Uint8Array.from(rows, (row) => row[2]),
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
   * Calls `visitor` for every key that begins with `key` (a record once per name that matches), in
   * key order, so the exact matches come first; at most `limit` keys.
   */
  visit(key: string, visitor: (record: number, match: MatchKind) => void, limit = Number.POSITIVE_INFINITY): void {
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
      visitor(this.records[i]!, this.wordStart[i] ? "word" : this.keys[i] === key ? "exact" : "prefix");
    }
  }
}

function addKeyRows(rows: KeyRow[], record: number, name: string): void {
  const words = placeKey(name).split(" ").filter(Boolean);
  for (let i = 0; i < words.length && i < 4; i++) rows.push([words.slice(i).join(" "), record, i === 0 ? 0 : 1]);
}

export const MATCH_ORDER: Record<MatchKind, number> = { word: 0, prefix: 1, exact: 2 };
