import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { versionedCache } from "../caches/versioned-cache";

/**
 * Every published entry's place, span, kind and country in flat arrays (NaN where missing), in
 * the order of the API's ordered page: undated first, then by start time, then by id.
 */
export interface EntryIndex {
  ids: string[];
  longitude: Float64Array;
  latitude: Float64Array;
  start: Float64Array;
  end: Float64Array;
  kind: string[];
  country: (string | null)[];
}

interface Row {
  id: string;
  longitude: number | null;
  latitude: number | null;
  startTime: number | null;
  endTime: number | null;
  kind: string;
  countryCode: string | null;
}

const number = (value: number | bigint | null) => (value === null ? Number.NaN : Number(value));

/** Rebuilt when the collection version moves on (its memory: bench/results.md). */
export const entryIndex = versionedCache("entries", async (): Promise<EntryIndex> => {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT "id", "longitude", "latitude", "startTime", "endTime", "kind", "countryCode" FROM "Entry" WHERE "status" = 'published'`);
  const start = rows.map((r) => number(r.startTime));
  const order = rows.map((_, i) => i);
  // Binary id order, as the databases' ordered page sorts ties.
  order.sort((a, b) => {
    const sa = start[a]!;
    const sb = start[b]!;
    if (Number.isNaN(sa) !== Number.isNaN(sb)) return Number.isNaN(sa) ? -1 : 1;
    if (sa !== sb && !Number.isNaN(sa)) return sa - sb;
    const ia = rows[a]!.id;
    const ib = rows[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const sorted = order.map((i) => rows[i]!);
  return {
    ids: sorted.map((r) => r.id),
    longitude: Float64Array.from(sorted, (r) => number(r.longitude)),
    latitude: Float64Array.from(sorted, (r) => number(r.latitude)),
    start: Float64Array.from(sorted, (r) => number(r.startTime)),
    end: Float64Array.from(sorted, (r) => number(r.endTime)),
    kind: sorted.map((r) => r.kind),
    country: sorted.map((r) => r.countryCode),
  };
});
