import type { BoundingBox, ViewportQuery } from "@/lib/validation/viewport";
import { entryGrid, positionsNear } from "./entry-grid";
import type { EntryIndex } from "./entry-index";

export type IndexQuery = Pick<ViewportQuery, "bbox" | "from" | "to" | "require" | "kinds" | "countries"> & { ids?: string[] };

/** Past this share of the entries in the box's cells, scanning them all costs less than sorting those. */
const GRID_SHARE = 0.25;

/**
 * Calls `visit` with the position of every entry that matches, in the index's order (the ordered
 * page's); `visit` returns false to stop. Same conditions as the SQL: the box and the window are
 * inclusive, an entry is in the window when its span overlaps it. A small box looks only at the
 * entries in its one-degree cells.
 */
export function scanEntryIndex(
  index: EntryIndex,
  query: IndexQuery,
  /** Returns false to stop the scan; any other answer goes on. */
  visit: (position: number) => unknown,
): void {
  const box: BoundingBox | undefined = query.bbox;
  const needsPoint = box !== undefined || query.require === "coordinates";
  const needsDate = query.require === "dates";
  const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
  const countries = query.countries?.length ? new Set(query.countries) : null;
  const ids = query.ids ? new Set(query.ids) : null;
  const { from, to } = query;
  const crosses = box !== undefined && box.west > box.east;
  const { longitude, latitude, start, end } = index;
  const matches = (i: number): boolean => {
    const lat = latitude[i]!;
    const lon = longitude[i]!;
    if (needsPoint && (Number.isNaN(lat) || Number.isNaN(lon))) return false;
    if (box) {
      if (lat < box.south || lat > box.north) return false;
      if (crosses ? lon < box.west && lon > box.east : lon < box.west || lon > box.east) return false;
    }
    // NaN compares false, so an undated entry never passes a window bound.
    if (from !== undefined && !(end[i]! >= from)) return false;
    if (to !== undefined && !(start[i]! <= to)) return false;
    if (needsDate && Number.isNaN(start[i]!)) return false;
    if (kinds && !kinds.has(index.kind[i]!)) return false;
    if (countries && !countries.has(index.country[i] ?? "")) return false;
    if (ids && !ids.has(index.ids[i]!)) return false;
    return true;
  };
  const near = box ? positionsNear(entryGrid(index), box, index.ids.length * GRID_SHARE) : null;
  if (near) {
    for (const i of near) if (matches(i) && visit(i) === false) return;
    return;
  }
  for (let i = 0; i < index.ids.length; i++) if (matches(i) && visit(i) === false) return;
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
