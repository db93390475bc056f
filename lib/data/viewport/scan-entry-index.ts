import type { BoundingBox, ViewportQuery } from "@/lib/validation/viewport";
import type { EntryIndex } from "./entry-index";
import type { MapCluster } from "./viewport-result";

export type IndexQuery = Pick<ViewportQuery, "bbox" | "from" | "to" | "require" | "kinds" | "countries"> & { ids?: string[] };

/**
 * Calls `visit` with the position of every entry that matches, in the index's order (the ordered
 * page's); `visit` returns false to stop. Same conditions as the SQL: the box and the window are
 * inclusive, an entry is in the window when its span overlaps it.
 */
export function scanEntryIndex(index: EntryIndex, query: IndexQuery, visit: (position: number) => boolean | void): void {
  const box: BoundingBox | undefined = query.bbox;
  const needsPoint = box !== undefined || query.require === "coordinates";
  const needsDate = query.require === "dates";
  const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
  const countries = query.countries?.length ? new Set(query.countries) : null;
  const ids = query.ids ? new Set(query.ids) : null;
  const { from, to } = query;
  const crosses = box !== undefined && box.west > box.east;
  const { longitude, latitude, start, end } = index;
  for (let i = 0; i < index.ids.length; i++) {
    const lat = latitude[i]!;
    const lon = longitude[i]!;
    if (needsPoint && (Number.isNaN(lat) || Number.isNaN(lon))) continue;
    if (box) {
      if (lat < box.south || lat > box.north) continue;
      if (crosses ? lon < box.west && lon > box.east : lon < box.west || lon > box.east) continue;
    }
    // NaN compares false, so an undated entry never passes a window bound.
    if (from !== undefined && !(end[i]! >= from)) continue;
    if (to !== undefined && !(start[i]! <= to)) continue;
    if (needsDate && Number.isNaN(start[i]!)) continue;
    if (kinds && !kinds.has(index.kind[i]!)) continue;
    if (countries && !countries.has(index.country[i] ?? "")) continue;
    if (ids && !ids.has(index.ids[i]!)) continue;
    if (visit(i) === false) return;
  }
}

/** Up to `limit` matching ids in the ordered page's order, and how many match in all. */
export function firstMatches(index: EntryIndex, query: IndexQuery, limit: number): { ids: string[]; total: number } {
  const ids: string[] = [];
  let total = 0;
  scanEntryIndex(index, query, (i) => {
    total += 1;
    if (ids.length < limit) ids.push(index.ids[i]!);
  });
  return { ids, total };
}

interface Cell {
  count: number;
  sumLongitude: number;
  sumLatitude: number;
  west: number;
  south: number;
  east: number;
  north: number;
  firstId: string;
}

/**
 * Matching entries counted per grid cell anchored at (-180, -90), as the database aggregate does
 * (same cells, same ids), so the memory and database answers agree.
 */
export function aggregateCellsInMemory(index: EntryIndex, query: IndexQuery, cellDegrees: number): { clusters: MapCluster[]; singleIds: string[] } {
  const cells = new Map<string, Cell & { gx: number; gy: number }>();
  scanEntryIndex(index, { ...query, require: "coordinates" }, (i) => {
    const lon = index.longitude[i]!;
    const lat = index.latitude[i]!;
    const gx = Math.floor((lon + 180) / cellDegrees);
    const gy = Math.floor((lat + 90) / cellDegrees);
    const key = `${gx}:${gy}`;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, { gx, gy, count: 1, sumLongitude: lon, sumLatitude: lat, west: lon, south: lat, east: lon, north: lat, firstId: index.ids[i]! });
      return;
    }
    cell.count += 1;
    cell.sumLongitude += lon;
    cell.sumLatitude += lat;
    cell.west = Math.min(cell.west, lon);
    cell.east = Math.max(cell.east, lon);
    cell.south = Math.min(cell.south, lat);
    cell.north = Math.max(cell.north, lat);
  });
  const clusters: MapCluster[] = [];
  const singleIds: string[] = [];
  for (const cell of cells.values()) {
    if (cell.count === 1) {
      singleIds.push(cell.firstId);
      continue;
    }
    clusters.push({
      id: `cell:${cellDegrees}:${cell.gx}:${cell.gy}`,
      latitude: cell.sumLatitude / cell.count,
      longitude: cell.sumLongitude / cell.count,
      count: cell.count,
      bounds: [cell.west, cell.south, cell.east, cell.north],
      expansionZoom: null,
    });
  }
  return { clusters, singleIds };
}
