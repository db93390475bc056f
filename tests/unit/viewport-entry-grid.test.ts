import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/bench/synthetic/generate-collection";
import { type EntryIndex, firstMatches, type IndexQuery, scanEntryIndex } from "@/lib/viewport";

const random = mulberry32(7);
const YEAR = 365.25 * 86_400_000;

/** Entries packed into a few dense places (as the collection is), some on the edges of the world, some unplaced or undated. */
function makeIndex(count: number): EntryIndex {
  const places = [
    [37.6, 55.7],
    [179.9, -17.7],
    [-180, 0],
    [180, 90],
    [13.4, 52.5],
  ] as const;
  const longitude = new Float64Array(count);
  const latitude = new Float64Array(count);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const [lon, lat] = places[i % places.length]!;
    const spread = i % 3 === 0 ? 40 : 0.5;
    longitude[i] = i % 23 === 0 ? Number.NaN : Math.max(-180, Math.min(180, lon + (random() - 0.5) * spread));
    latitude[i] = i % 23 === 0 ? Number.NaN : Math.max(-90, Math.min(90, lat + (random() - 0.5) * spread));
    start[i] = i % 19 === 0 ? Number.NaN : (1900 + i / 20) * YEAR;
    end[i] = start[i]! + (i % 4) * YEAR;
  }
  return {
    ids: Array.from({ length: count }, (_, i) => `e${String(i).padStart(5, "0")}`),
    longitude,
    latitude,
    start,
    end,
    kind: Array.from({ length: count }, (_, i) => (i % 2 ? "memorial" : "event")),
    country: Array.from({ length: count }, (_, i) => (i % 5 ? "RU" : null)),
  };
}

/** The plain scan of every entry, as the index was searched before the grid. */
function everyMatch(index: EntryIndex, query: IndexQuery): number[] {
  const found: number[] = [];
  const box = query.bbox!;
  for (let i = 0; i < index.ids.length; i++) {
    const lat = index.latitude[i]!;
    const lon = index.longitude[i]!;
    if (Number.isNaN(lat) || Number.isNaN(lon) || lat < box.south || lat > box.north) continue;
    if (box.west <= box.east ? lon < box.west || lon > box.east : lon < box.west && lon > box.east) continue;
    if (query.from !== undefined && !(index.end[i]! >= query.from)) continue;
    if (query.to !== undefined && !(index.start[i]! <= query.to)) continue;
    if (query.kinds?.length && !query.kinds.includes(index.kind[i] as never)) continue;
    found.push(i);
  }
  return found;
}

function randomBox(): NonNullable<IndexQuery["bbox"]> {
  const width = [0.3, 2, 10, 60, 359.9][Math.floor(random() * 5)]!;
  const south = -90 + random() * 170;
  const north = Math.min(90, south + width * 0.6);
  let west = -180 + random() * 360;
  let east = west + width;
  if (random() < 0.2) [west, east] = [179.5, -179.5];
  if (east > 180) east -= 360;
  return { west, south, east, north };
}

describe("entry index scan through one-degree cells", () => {
  const index = makeIndex(20_000);

  it("visits exactly the entries a scan of every entry matches, in the index's order", () => {
    for (let n = 0; n < 300; n++) {
      const query: IndexQuery = { bbox: randomBox() };
      if (n % 3 === 0) Object.assign(query, { from: 1950 * YEAR, to: 1960 * YEAR });
      if (n % 5 === 0) query.kinds = ["memorial"];
      const visited: number[] = [];
      scanEntryIndex(index, query, (i) => void visited.push(i));
      expect(visited, JSON.stringify(query)).toEqual(everyMatch(index, query));
    }
  });

  it("finds the points on the edges of the world: the poles' row, both sides of the antimeridian", () => {
    expect(firstMatches(index, { bbox: { west: 179, south: 89, east: 180, north: 90 } }, 10).total).toBe(
      everyMatch(index, { bbox: { west: 179, south: 89, east: 180, north: 90 } }).length,
    );
    const across = { west: 179.8, south: -1, east: -179.8, north: 1 };
    expect(firstMatches(index, { bbox: across }, 100_000).total).toBeGreaterThan(0);
    expect(firstMatches(index, { bbox: across }, 100_000).ids).toEqual(everyMatch(index, { bbox: across }).map((i) => index.ids[i]));
  });
});
